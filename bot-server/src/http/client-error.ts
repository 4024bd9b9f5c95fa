import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

const answers: Record<number, { code: string; message: string }> = {
  400: { code: 'bad_request', message: 'Yêu cầu HTTP không hợp lệ' },
  408: { code: 'timeout', message: 'Yêu cầu gửi quá chậm, vui lòng thử lại' },
  431: { code: 'headers_too_large', message: 'Địa chỉ hoặc tiêu đề yêu cầu quá dài' },
};

/**
 * Node's HTTP parser refuses some requests before express sees them (a 20 KB URL, a broken header)
 * and would answer a bare status; this answers them with the app's Vietnamese JSON envelope instead.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = JSON.stringify({ error: answers[status] });
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

/** An `Expect` header other than 100-continue: node would answer a bare 417; say it in the envelope. */
export function answerUnmetExpectation(_req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(417, { 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' });
  res.end(JSON.stringify({ error: { code: 'expectation_failed', message: 'Máy chủ không đáp ứng được tiêu đề Expect của yêu cầu' } }));
}

/** Before the app is mounted (the first second or so after start), every request gets a retryable 503. */
export function answerStarting(_req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(503, { 'Content-Type': 'application/json; charset=utf-8', 'Retry-After': '1' });
  res.end(JSON.stringify({ error: { code: 'starting', message: 'Máy chủ đang khởi động, vui lòng thử lại sau giây lát' } }));
}
