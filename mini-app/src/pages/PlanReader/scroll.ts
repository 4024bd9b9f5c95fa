/**
 * Scrolls to an element inside the reader and flashes it. Twice, a frame apart: sections off screen
 * are laid out at an estimated height (`content-visibility: auto`) until they come near the
 * viewport, so the first jump can land a little off.
 */
export function revealElement(element: Element | null, block: ScrollLogicalPosition = 'start', flash = true): void {
  if (!element) return;
  element.scrollIntoView({ block });
  requestAnimationFrame(() => requestAnimationFrame(() => element.scrollIntoView({ block })));
  if (!flash) return;
  element.classList.remove('flash');
  // Restart the animation when the same element is revealed twice in a row.
  void (element as HTMLElement).offsetWidth;
  element.classList.add('flash');
  setTimeout(() => element.classList.remove('flash'), 1600);
}

export const sectionElement = (path: string) => document.getElementById(`sec-${path}`);
export const obligationElement = (id: string) => document.getElementById(`ob-${id}`);
