/**
 * Every failed API call becomes one `ApiRequestError` whose `message` can be shown as is (Vietnamese)
 * and whose `fields` hold per-field messages for forms (`fields.code` under the join-code input).
 */
export type ApiErrorKind =
  /** The server answered with an error status (4xx/5xx). */
  | 'http'
  /** No answer: offline, DNS, refused connection, CORS. */
  | 'network'
  /** No answer within `config.requestTimeoutMs`. */
  | 'timeout'
  /** An answer that does not match the shared schema: app and server disagree. */
  | 'bad_response';

export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';

  constructor(
    readonly kind: ApiErrorKind,
    /** HTTP status; 0 when there was no answer. */
    readonly status: number,
    /** Server error code from the envelope (e.g. `join_code_invalid`), or the kind. */
    readonly code: string,
    message: string,
    readonly fields: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }

  /** The session is missing or no longer accepted: sign in again. */
  get isUnauthorized(): boolean {
    return this.status === 401;
  }
}

export const networkMessage = 'Không kết nối được máy chủ. Hãy kiểm tra kết nối mạng rồi thử lại.';
export const timeoutMessage = 'Máy chủ phản hồi quá lâu. Hãy thử lại sau ít phút.';
export const badResponseMessage = 'Máy chủ trả về dữ liệu không đúng định dạng. Hãy cập nhật ứng dụng hoặc thử lại sau.';

/** Message for an error status whose body is not the standard envelope (a proxy page, an empty 502…). */
export function messageForStatus(status: number): string {
  if (status === 401) return 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.';
  if (status === 403) return 'Bạn không có quyền thực hiện thao tác này.';
  if (status === 404) return `Máy chủ không có chức năng này (mã ${status}).`;
  if (status === 413) return 'Dữ liệu gửi lên quá lớn.';
  if (status === 429) return 'Bạn thao tác quá nhanh. Vui lòng chờ một chút rồi thử lại.';
  if (status >= 500) return `Máy chủ đang gặp sự cố (mã ${status}). Vui lòng thử lại sau.`;
  return `Yêu cầu không hợp lệ (mã ${status}).`;
}

/** Text for any thrown value, for screens that only show one line. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Đã có lỗi xảy ra. Vui lòng thử lại.';
}
