/**
 * Vietnamese alphabetical order (Ă and Â after A, Đ after D). One collator shared by every sort:
 * `a.localeCompare(b, 'vi')` sets one up per comparison, which a chase naming thousands of people
 * pays for thousands of times.
 */
export const compareVi = new Intl.Collator('vi').compare;
