import type { Response } from 'express';
import type { ApiError } from '@tds/shared';

/** Answers the project's error envelope `{error:{code,message}}` (shared `ApiError`), message in Vietnamese. */
export function sendApiError(res: Response, status: number, code: string, message: string): void {
  const body: ApiError = { error: { code, message } };
  res.status(status).json(body);
}

export interface BodyProblem {
  status: number;
  code: string;
  message: string;
}

/**
 * Turns body-parser's failures into a 4xx; `null` for anything else (a real bug → 500 upstream).
 * Malformed JSON must never surface as a 500.
 */
export function describeBodyParserError(error: unknown): BodyProblem | null {
  if (!error || typeof error !== 'object') return null;
  const { type, status } = error as { type?: unknown; status?: unknown };
  switch (type) {
    case 'entity.parse.failed':
      return { status: 400, code: 'invalid_json', message: 'Dữ liệu JSON không hợp lệ' };
    case 'entity.too.large':
      return { status: 413, code: 'too_large', message: 'Dữ liệu gửi lên quá lớn (tối đa 1 MB)' };
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return { status: 415, code: 'unsupported_encoding', message: 'Bảng mã dữ liệu không được hỗ trợ' };
    default:
      return typeof status === 'number' && status >= 400 && status < 500
        ? { status, code: 'bad_request', message: 'Yêu cầu không hợp lệ' }
        : null;
  }
}
