import { randomUUID } from 'node:crypto';
import type { NeedsJoin, Session, SignInResult } from '@tds/shared';
import type { AppContext, ZaloIdentity } from '../context';
import { badRequest, conflict, serviceUnavailable, unauthorized } from '../http/errors';
import { recordAudit } from '../features/audit/repo';
import { explainUnusableCode } from '../features/org/join-codes';
import { findJoinCode, takeJoinCodeUse } from '../features/org/join-code-repo';
import { presentPerson, presentUnit } from '../features/org/presenter';
import { findPerson, findPersonBy, findUnit, insertPerson, updatePerson } from '../features/org/repo';
import { ZaloAuthError } from '../zalo/graph-client';
import { consumeRefreshToken, insertRefreshToken } from './repo';
import { hashSecret, newOpaqueToken, REFRESH_TOKEN_TTL_MS, signAccessToken } from './session-tokens';

/** Asks Zalo who holds the token; a client-sent user id is never trusted. */
async function verifyZaloUser(ctx: AppContext, accessToken: string): Promise<ZaloIdentity> {
  try {
    return await ctx.zaloIdentity.getMe(accessToken);
  } catch (error) {
    if (error instanceof ZaloAuthError) throw unauthorized('Phiên Zalo không hợp lệ hoặc đã hết hạn, vui lòng mở lại ứng dụng');
    ctx.logger.warn({ err: error }, 'zalo graph unavailable');
    throw serviceUnavailable('Chưa kết nối được Zalo, vui lòng thử lại sau ít phút');
  }
}

export async function signInWithZalo(ctx: AppContext, accessToken: string): Promise<SignInResult> {
  const identity = await verifyZaloUser(ctx, accessToken);
  const person = await findPersonBy(ctx.store.db, 'zalo_user_id', identity.id);
  if (!person) return { needsJoin: true, zaloName: identity.name } satisfies NeedsJoin;
  if (person.active !== 1) throw unauthorized('Tài khoản đã bị khóa, vui lòng liên hệ hiệu trưởng hoặc cán bộ phụ trách');
  return issueSession(ctx, person.id);
}

/**
 * Links a Zalo user nobody knows yet through a join code: either to the roster entry the code was
 * made for, or as a new person of the code's unit and role. One transaction: a failed link spends no use.
 */
export async function joinWithCode(ctx: AppContext, accessToken: string, code: string): Promise<Session> {
  const identity = await verifyZaloUser(ctx, accessToken);
  const now = ctx.clock.now();
  const codeHash = hashSecret(code);
  const personId = await ctx.store.db.transaction().execute(async (trx) => {
    if (await findPersonBy(trx, 'zalo_user_id', identity.id)) {
      throw conflict('Tài khoản Zalo này đã được liên kết, hãy đăng nhập lại', { code: 'Tài khoản Zalo này đã được liên kết' });
    }
    if (!(await takeJoinCodeUse(trx, codeHash, now))) return null;
    const joinCode = await findJoinCode(trx, codeHash);
    if (!joinCode) return null;
    if (joinCode.person_id) {
      const rosterEntry = await findPerson(trx, joinCode.person_id);
      if (!rosterEntry || rosterEntry.zalo_user_id) throw badRequest('Mã này đã được dùng cho người khác', { code: 'Mã này đã được dùng cho người khác' });
      await updatePerson(trx, rosterEntry.id, { zalo_user_id: identity.id, updated_at: now.toISOString() });
      return rosterEntry.id;
    }
    const id = randomUUID();
    await insertPerson(trx, {
      id,
      unit_id: joinCode.unit_id,
      full_name: identity.name?.trim() || 'Người dùng Zalo',
      phone: null,
      role: joinCode.role,
      title: null,
      zalo_user_id: identity.id,
      bot_user_id: null,
      bot_chat_id: null,
      active: 1,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    });
    await recordAudit(trx, now, { actorId: id, action: 'person.join', subjectType: 'person', subjectId: id, detail: { unitId: joinCode.unit_id } });
    return id;
  });
  if (!personId) {
    const message = await explainUnusableCode(ctx, code);
    throw badRequest(message, { code: message });
  }
  return issueSession(ctx, personId);
}

export async function refreshSession(ctx: AppContext, refreshToken: string): Promise<Session> {
  const personId = await consumeRefreshToken(ctx.store.db, hashSecret(refreshToken), ctx.clock.now());
  if (!personId) throw unauthorized();
  const person = await findPerson(ctx.store.db, personId);
  if (!person || person.active !== 1) throw unauthorized();
  return issueSession(ctx, personId);
}

async function issueSession(ctx: AppContext, personId: string): Promise<Session> {
  const { db } = ctx.store;
  const now = ctx.clock.now();
  const person = await findPerson(db, personId);
  const unit = person && (await findUnit(db, person.unit_id));
  if (!person || !unit) throw unauthorized();
  const access = signAccessToken(ctx.config.sessionSecret, person.id, now.getTime());
  const refreshToken = newOpaqueToken();
  await insertRefreshToken(db, {
    tokenHash: hashSecret(refreshToken),
    personId: person.id,
    expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_MS),
    at: now,
  });
  return { token: access.token, expiresAt: access.expiresAt.toISOString(), refreshToken, person: presentPerson(person, true), unit: presentUnit(unit) };
}
