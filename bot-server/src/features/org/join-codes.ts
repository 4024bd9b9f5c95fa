import { randomInt } from 'node:crypto';
import { mayAssignRole, type Actor, type CreateJoinCodeBody, type JoinCode } from '@tds/shared';
import type { AppContext } from '../../context';
import { hashSecret } from '../../auth/session-tokens';
import { badRequest, forbidden } from '../../http/errors';
import { recordAudit } from '../audit/repo';
import { authorize } from '../../auth/authorize';
import { findJoinCode, insertJoinCode } from './join-code-repo';
import { findPerson, findUnit } from './repo';

/** No 0/O or 1/I/L: codes are read aloud in staff meetings and typed on small keyboards. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;

export function generateCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/** Mints a join code for a unit in the actor's reach; the code itself is shown once and stored hashed. */
export async function createJoinCode(ctx: AppContext, actor: Actor, body: CreateJoinCodeBody): Promise<JoinCode> {
  const { db } = ctx.store;
  const unit = await findUnit(db, body.unitId);
  if (!unit) throw badRequest('Đơn vị không tồn tại', { unitId: 'Đơn vị không tồn tại' });
  authorize(actor, 'org.joinCodes.create', { unitPath: unit.path });
  if (!mayAssignRole(actor, body.role)) throw forbidden('Không thể tạo mã cho vai trò cao hơn vai trò của bạn');
  if (body.personId) {
    const person = await findPerson(db, body.personId);
    if (!person || person.unit_id !== unit.id) throw badRequest('Người này không thuộc đơn vị đã chọn', { personId: 'Người này không thuộc đơn vị đã chọn' });
  }
  const now = ctx.clock.now();
  const code = generateCode();
  const expiresAt = new Date(now.getTime() + body.validDays * 24 * 60 * 60 * 1000);
  await insertJoinCode(db, {
    code_hash: hashSecret(code),
    unit_id: unit.id,
    role: body.role,
    person_id: body.personId ?? null,
    uses_left: body.personId ? 1 : body.maxUses,
    expires_at: expiresAt.toISOString(),
    created_by: actor.personId,
    created_at: now.toISOString(),
  });
  await recordAudit(db, now, { actorId: actor.personId, action: 'join_code.create', subjectType: 'unit', subjectId: unit.id, detail: { role: body.role, maxUses: body.maxUses } });
  return { code, unitId: unit.id, role: body.role, usesLeft: body.personId ? 1 : body.maxUses, expiresAt: expiresAt.toISOString(), personId: body.personId ?? null };
}

/** Why a code cannot be used, as the Vietnamese message shown under the code field. */
export async function explainUnusableCode(ctx: AppContext, code: string): Promise<string> {
  const row = await findJoinCode(ctx.store.db, hashSecret(code));
  if (!row) return 'Mã tham gia không đúng, vui lòng kiểm tra lại với hiệu trưởng hoặc cán bộ phụ trách';
  if (row.expires_at <= ctx.clock.now().toISOString()) return 'Mã tham gia đã hết hạn, vui lòng xin mã mới';
  return 'Mã tham gia đã được dùng hết lượt, vui lòng xin mã mới';
}
