/**
 * Typed failures of the Zalo adapters. Callers branch on the class (401 vs 503, retry vs give up)
 * and never on message text. Messages never contain the bot token or an access token.
 */

/** Why the Graph API refused a user's access token; the sign-in route answers 401 for all of them. */
export type ZaloAuthReason = 'invalid_token' | 'expired_token' | 'bad_proof' | 'missing_id' | 'rejected';

/** Zalo said no to this access token (or answered without a user id): the caller answers 401. */
export class ZaloAuthError extends Error {
  override readonly name = 'ZaloAuthError';
  constructor(
    readonly reason: ZaloAuthReason,
    /** Zalo's `error` code when it sent one (-124, -216, -242, …). */
    readonly zaloCode: number | null,
    message: string,
  ) {
    super(message);
  }
}

/** Zalo could not be asked (network, timeout, 5xx, garbage): the caller answers 503, the user may retry. */
export class ZaloUnavailableError extends Error {
  override readonly name = 'ZaloUnavailableError';
  constructor(message: string, readonly httpStatus: number | null = null) {
    super(message);
  }
}

/** How a Bot Platform call failed: `api` = Zalo answered ok:false; the others happened before a usable answer. */
export type ZaloBotErrorKind = 'api' | 'network' | 'timeout' | 'invalid_response' | 'invalid_request';

export class ZaloBotApiError extends Error {
  override readonly name = 'ZaloBotApiError';
  readonly method: string;
  readonly kind: ZaloBotErrorKind;
  /** Zalo's `error_code` (HTTP-like); 0 when no answer arrived (network, timeout). */
  readonly errorCode: number;
  readonly description: string;
  /** True for 429, 5xx, network failures and timeouts: the same call may succeed later. */
  readonly retryable: boolean;
  /** Wait hint from `parameters.retry_after` or a `Retry-After` header, when Zalo gave one. */
  readonly retryAfterMs: number | undefined;

  constructor(init: {
    method: string;
    kind: ZaloBotErrorKind;
    errorCode: number;
    description: string;
    retryAfterMs?: number | undefined;
  }) {
    super(`Zalo Bot API ${init.method}: ${init.errorCode} ${init.description}`);
    this.method = init.method;
    this.kind = init.kind;
    this.errorCode = init.errorCode;
    this.description = init.description;
    this.retryAfterMs = init.retryAfterMs;
    this.retryable =
      init.kind === 'network' ||
      init.kind === 'timeout' ||
      init.errorCode === 429 ||
      (init.errorCode >= 500 && init.errorCode <= 599);
  }
}
