import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { AppError } from './errors';

interface BodyParserError {
  type?: string;
  status?: number;
}

/** Maps body-parser's failures (bad JSON, oversized body, wrong charset) to Vietnamese 4xx. */
function fromBodyParser(error: BodyParserError): AppError | null {
  switch (error.type) {
    case 'entity.parse.failed':
      return new AppError(400, 'invalid_json', 'Dữ liệu JSON không hợp lệ');
    case 'entity.too.large':
      return new AppError(413, 'too_large', 'Dữ liệu gửi lên quá lớn');
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new AppError(415, 'unsupported_encoding', 'Bảng mã dữ liệu không được hỗ trợ');
    default:
      return typeof error.status === 'number' && error.status >= 400 && error.status < 500
        ? new AppError(error.status, 'bad_request', 'Yêu cầu không hợp lệ')
        : null;
  }
}

/**
 * PostgreSQL refusing the characters of a value (a NUL byte, an invalid sequence) that a schema let
 * through: the request's fault, not the server's. SQLite stores them, so only PostgreSQL says so.
 */
const INVALID_CHARACTERS = new Set(['22021', '22P05']);

function fromStore(error: { code?: unknown }): AppError | null {
  return typeof error.code === 'string' && INVALID_CHARACTERS.has(error.code) ? new AppError(400, 'invalid_characters', 'Dữ liệu có ký tự không hợp lệ') : null;
}

/** The one place errors become responses: 4xx with the envelope, 5xx without any internals. */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const known = error instanceof AppError ? error : (fromBodyParser(error as BodyParserError) ?? fromStore(error as { code?: unknown }));
    if (known) {
      res.status(known.status).json({ error: { code: known.code, message: known.message, fields: known.fields } });
      return;
    }
    logger.error({ err: error, requestId: req.requestId }, 'unhandled error');
    res.status(500).json({ error: { code: 'internal', message: 'Máy chủ gặp sự cố, vui lòng thử lại sau' } });
  };
}

export const notFoundHandler: RequestHandler = (_req, res) => {
  res.status(404).json({ error: { code: 'not_found', message: 'Không tìm thấy địa chỉ yêu cầu' } });
};
