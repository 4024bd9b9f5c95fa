import { maskPhone, type Person, type Role, type Unit, type UnitKind } from '@tds/shared';
import type { PersonRow, UnitRow } from '../../store/schema';

/** Whitelists what a client may see of a person: never Zalo or bot ids; the phone masked unless `phoneShown` (`phoneVisibleTo`). */
export function presentPerson(row: PersonRow, phoneShown: boolean): Person {
  return {
    id: row.id,
    unitId: row.unit_id,
    fullName: row.full_name,
    phone: row.phone !== null && !phoneShown ? maskPhone(row.phone) : row.phone,
    role: row.role as Role,
    title: row.title,
    active: row.active === 1,
    zaloLinked: row.zalo_user_id !== null,
    botLinked: row.bot_chat_id !== null,
    remindersPaused: row.reminders_paused_at !== null,
  };
}

export function presentUnit(row: UnitRow): Unit {
  return { id: row.id, kind: row.kind as UnitKind, name: row.name, parentId: row.parent_id, path: row.path };
}
