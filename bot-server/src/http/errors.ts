/**
 * Errors a user can cause. Each carries an HTTP status, a stable machine code and a Vietnamese message
 * (plus per-field messages for forms); the error middleware turns them into the JSON envelope.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (message: string, fields?: Record<string, string>) =>
  new AppError(400, 'invalid_input', message, fields);

export const unauthorized = (message = 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn, vui lòng đăng nhập lại') =>
  new AppError(401, 'unauthorized', message);

export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này', fields?: Record<string, string>) => new AppError(403, 'forbidden', message, fields);

export const notFound = (message = 'Không tìm thấy dữ liệu yêu cầu') => new AppError(404, 'not_found', message);

export const conflict = (message: string, fields?: Record<string, string>) => new AppError(409, 'conflict', message, fields);

export const tooManyRequests = (retryAfterSeconds: number) =>
  new AppError(429, 'rate_limited', `Bạn thao tác quá nhanh, vui lòng thử lại sau ${retryAfterSeconds} giây`);

export const serviceUnavailable = (message: string) => new AppError(503, 'unavailable', message);
