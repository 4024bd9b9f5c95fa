import type { z } from 'zod';
import { badRequest } from './errors';

/**
 * Parses untrusted input with a zod schema; on failure throws a 400 whose `fields` maps each
 * offending path ("authors.0.share") to the schema's Vietnamese message.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    fields[path] ??= vietnameseMessage(issue);
  }
  throw badRequest('Dữ liệu gửi lên chưa hợp lệ, vui lòng kiểm tra lại', fields);
}

/** zod's built-in messages are English; schemas give Vietnamese ones where a user can hit them. */
function vietnameseMessage(issue: z.core.$ZodIssue): string {
  if (/[À-ỹ]/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'Trường này là bắt buộc' : 'Kiểu dữ liệu không đúng';
    case 'too_small':
      return 'Giá trị quá ngắn hoặc quá nhỏ';
    case 'too_big':
      return 'Giá trị quá dài hoặc quá lớn';
    case 'invalid_format':
      return 'Định dạng không đúng';
    case 'invalid_value':
      return 'Giá trị không nằm trong danh sách cho phép';
    case 'unrecognized_keys':
      return 'Có trường không được phép';
    default:
      return 'Giá trị không hợp lệ';
  }
}
