/**
 * The logging the Zalo adapters need; pino's logger satisfies it, so the lead can pass one in.
 * Fields are structured and never include tokens or message text (personal data).
 */
export interface ZaloLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

export const silentLogger: ZaloLogger = {
  info: () => {},
  warn: () => {},
  error: () => {},
};

/** A short, token-free description of a thrown value for log fields. */
export function errorFields(err: unknown): Record<string, unknown> {
  if (err instanceof Error) return { err: { name: err.name, message: err.message } };
  return { err: String(err) };
}
