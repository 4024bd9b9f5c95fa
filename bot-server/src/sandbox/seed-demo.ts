import { createHash } from 'node:crypto';
import type { AppContext } from '../context';
import { hashSecret } from '../auth/session-tokens';
import { insertJoinCode } from '../features/org/join-code-repo';
import { findUnit, insertPerson, insertUnit } from '../features/org/repo';
import type { UnitRow } from '../store/schema';
import { demoJoinCode, demoPeople, demoUnits } from './demo-roster';

/**
 * A stable 19-digit id for a demo person in one of Zalo's id spaces. Stable so a restarted sandbox
 * (whose simulator forgets its users) recognises the people its store already linked.
 */
export function demoZaloId(personId: string, space: 'app' | 'bot'): string {
  const digest = createHash('sha256').update(`${space}:${personId}`).digest();
  return `${(digest.readBigUInt64BE(0) % 9_000_000_000_000_000_000n) + 1_000_000_000_000_000_000n}`;
}

function demoPhone(index: number): string {
  return `09${String(70_000_000 + index * 7919).padStart(8, '0')}`;
}

/** Seeds Xã Đăk Kôi once; a store that already has it is left as it is. */
export async function seedDemoData(ctx: AppContext): Promise<void> {
  const { db } = ctx.store;
  if (await findUnit(db, demoUnits[0]!.id)) return;
  const now = ctx.clock.now();
  await db.transaction().execute(async (trx) => {
    const byId = new Map<string, UnitRow>();
    for (const unit of demoUnits) {
      const parent = unit.parentId ? (byId.get(unit.parentId) ?? null) : null;
      byId.set(unit.id, await insertUnit(trx, { ...unit, parent, at: now }));
    }
    for (const [index, person] of demoPeople.entries()) {
      await insertPerson(trx, {
        id: person.id,
        unit_id: person.unitId,
        full_name: person.fullName,
        phone: demoPhone(index),
        role: person.role,
        title: person.title,
        zalo_user_id: demoZaloId(person.id, 'app'),
        bot_user_id: person.botLinked ? demoZaloId(person.id, 'bot') : null,
        bot_chat_id: person.botLinked ? demoZaloId(person.id, 'bot') : null,
        active: 1,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      });
    }
    await insertJoinCode(trx, {
      code_hash: hashSecret(demoJoinCode.code),
      unit_id: demoJoinCode.unitId,
      role: demoJoinCode.role,
      person_id: null,
      uses_left: demoJoinCode.uses,
      expires_at: new Date(now.getTime() + 365 * 24 * 60 * 60 * 1000).toISOString(),
      created_by: null,
      created_at: now.toISOString(),
    });
  });
}
