import { z } from 'zod';
import { JoinCodeText, Person, Unit } from './org';

export const ZaloSignInBody = z.object({
  accessToken: z.string({ error: 'Thiếu mã truy cập Zalo' }).min(1, 'Thiếu mã truy cập Zalo').max(4096, 'Mã truy cập Zalo quá dài'),
});
export type ZaloSignInBody = z.infer<typeof ZaloSignInBody>;

export const JoinBody = ZaloSignInBody.extend({ code: JoinCodeText });
export type JoinBody = z.infer<typeof JoinBody>;

export const RefreshBody = z.object({ refreshToken: z.string().min(1, 'Thiếu mã làm mới phiên').max(512) });
export type RefreshBody = z.infer<typeof RefreshBody>;

export const Session = z.object({
  token: z.string(),
  /** ISO instant; the mini app refreshes a little before it. */
  expiresAt: z.string(),
  refreshToken: z.string(),
  person: Person,
  unit: Unit,
});
export type Session = z.infer<typeof Session>;

/** Answer of sign-in for a Zalo user nobody has linked yet: the app then asks for a join code. */
export const NeedsJoin = z.object({ needsJoin: z.literal(true), zaloName: z.string().nullable() });
export type NeedsJoin = z.infer<typeof NeedsJoin>;

export const SignInResult = z.union([Session, NeedsJoin]);
export type SignInResult = z.infer<typeof SignInResult>;

/** One-time code the mini app shows so the person can link their bot chat: "/start <code>". */
export const BotLinkCode = z.object({ code: z.string(), expiresAt: z.string(), startCommand: z.string() });
export type BotLinkCode = z.infer<typeof BotLinkCode>;

/** The standard error envelope every 4xx carries. */
export const ApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ApiError = z.infer<typeof ApiError>;
