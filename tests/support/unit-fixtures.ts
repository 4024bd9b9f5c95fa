import { randomUUID } from 'node:crypto';
import type { Actor, Role } from '@tds/shared';
import { signAccessToken } from '@tds/bot-server/auth/session-tokens';
import type { AppContext } from '@tds/bot-server/context';
import { createAnnouncement } from '@tds/bot-server/features/announcements/service';
import { nominate } from '@tds/bot-server/features/awards/service';
import { addOffDay } from '@tds/bot-server/features/calendar/service';
import { setLeave } from '@tds/bot-server/features/leave/service';
import { findPersonWithUnit, findUnit, insertPerson } from '@tds/bot-server/features/org/repo';
import { importPlan } from '@tds/bot-server/features/plans/import-plan';
import { addObligation } from '@tds/bot-server/features/plans/obligation-edits';
import { publish } from '@tds/bot-server/features/plans/service';
import { createQuestion } from '@tds/bot-server/features/progress/service';
import { createDraft } from '@tds/bot-server/features/submissions/drafts';
import { submitNew } from '@tds/bot-server/features/submissions/submit';
import { pngBytes, upload } from './files';
import { initiative, obligationForEveryone, shortPlanText } from './samples';

const awardPeriods = ['yearly-2025', 'yearly-2026', 'yearly-2027', 'yearly-2028', 'yearly-2029', 'yearly-2030', 'so-ket-2027', 'tong-ket-2030'];

/** A person of the store as the services see them, with a session token for HTTP calls. */
export interface FixturePerson {
  actor: Actor & { fullName: string; unitName: string };
  token: string;
}

/**
 * Records of every kind, made on demand in a given unit through the same services the routes call
 * (as an admin acting from that unit, or as a member of it), and cached per unit: a test can then ask
 * for "a plan of the other school" without caring how it came to be.
 */
export function unitFixtures(ctx: AppContext, baseUrl: string) {
  const cache = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, make: () => Promise<T>): Promise<T> => {
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key) as Promise<T>;
  };
  const { db } = ctx.store;

  const personAs = async (personId: string): Promise<FixturePerson> => {
    const row = (await findPersonWithUnit(db, personId))!;
    const actor = { personId: row.id, role: row.role as Role, unitId: row.unit_id, unitPath: row.unit_path, fullName: row.full_name, unitName: row.unit_name };
    return { actor, token: signAccessToken(ctx.config.sessionSecret, row.id, ctx.clock.now().getTime()).token };
  };

  /** A person created for the fixtures (never one of the roles under test), with a token. */
  const newPerson = async (unitId: string, role: Role): Promise<FixturePerson> => {
    const id = `fx-${randomUUID().slice(0, 8)}`;
    const at = ctx.clock.now().toISOString();
    await insertPerson(db, { id, unit_id: unitId, full_name: `Người thử ${id}`, phone: null, role, title: null, zalo_user_id: null, bot_user_id: null, bot_chat_id: null, active: 1, reminders_paused_at: null, created_at: at, updated_at: at });
    return personAs(id);
  };

  /** An admin standing in the unit: may make anything there, and what it makes belongs to the unit. */
  const adminIn = (unitId: string) => once(`admin:${unitId}`, () => newPerson(unitId, 'admin'));
  /** A staff member of the unit who is none of the people under test: the author of its submissions. */
  const memberOf = (unitId: string) => once(`member:${unitId}`, () => newPerson(unitId, 'teacher'));

  const freshPlan = async (unitId: string) => {
    const { actor } = await adminIn(unitId);
    const plan = await importPlan(ctx, actor, { text: shortPlanText, issuerUnitId: unitId, number: `${randomUUID().slice(0, 6)}/KH` });
    const obligation = await addObligation(ctx, actor, plan.id, obligationForEveryone);
    await publish(ctx, actor, plan.id);
    return { planId: plan.id, obligationId: obligation.id };
  };

  let leaves = 0;
  // Each nomination in its own period, so a unit's quota (two collectives per period) never runs out.
  let periods = 0;
  const freshNomination = async (unitId: string) => {
    const { actor } = await adminIn(unitId);
    const period = awardPeriods[periods++ % awardPeriods.length]!;
    const nomination = await nominate(ctx, actor, { period, form: 'giay_khen_truong', nomineeType: 'unit', nomineeId: unitId, achievement: 'Tập thể dẫn đầu phong trào chuyển đổi số', submissionIds: [] });
    return nomination.id;
  };

  return {
    personAs,
    newPerson,
    memberOf,
    /** A published plan issued by the unit, with one deadline every role owes. */
    plan: (unitId: string) => once(`plan:${unitId}`, () => freshPlan(unitId)),
    /** A plan of its own, for a call that deletes or changes what later calls would read. */
    freshPlan,
    /** A submitted sáng kiến by a member of the unit, with a photo as evidence. */
    submission: (unitId: string) =>
      once(`submission:${unitId}`, async () => {
        const author = await memberOf(unitId);
        const photo = await upload(baseUrl, author.token, pngBytes(1024 + Math.floor(Math.random() * 1000)), 'minh-chung.png');
        const { view } = await submitNew(ctx, author.actor, 'initiative', initiative([photo.body.id]), randomUUID());
        return { submissionId: view.id, attachmentId: photo.body.id, authorId: author.actor.personId };
      }),
    /** A draft owned by the given person. */
    draftOf: async (person: FixturePerson) => (await createDraft(ctx, person.actor, { kind: 'initiative', clientKey: randomUUID(), data: {} })).id,
    /** A progress question put to the unit, asked next month (so nobody has it open yet). */
    question: (unitId: string) =>
      once(`question:${unitId}`, async () => {
        const { actor } = await adminIn(unitId);
        return (await createQuestion(ctx, actor, { text: 'Đơn vị đã nộp báo cáo chưa?', answerType: 'yes_no', choices: [], unitId, audienceRoles: ['teacher', 'group_leader', 'principal', 'commune_officer', 'dept_officer'], schedule: { kind: 'monthly', day: 28, time: '07:30' }, openDays: 7 })).id;
      }),
    /** An announcement sent now to everyone in the unit (and below), asking each to confirm "Đã nhận". */
    announcement: (unitId: string) =>
      once(`announcement:${unitId}`, async () => {
        const { actor } = await adminIn(unitId);
        return (await createAnnouncement(ctx, actor, { unitIds: [unitId], roles: ['teacher', 'group_leader', 'principal', 'commune_officer', 'dept_officer', 'admin'], text: 'Thông báo họp triển khai phong trào thi đua', groupChats: false, requiresAck: true, urgent: false }, randomUUID())).id;
      }),
    /** An off day declared for the unit, fresh each time (a call deletes it). */
    freshOffDay: async (unitId: string) => (await addOffDay(ctx, (await adminIn(unitId)).actor, { unitId, from: '2026-12-24', label: 'Nghỉ thử quyền' })).id,
    /** A leave of the person, fresh each time, on days no other fixture leave uses. */
    freshLeave: async (person: FixturePerson) => {
      leaves += 1;
      const day = `2027-${String(1 + (leaves % 12)).padStart(2, '0')}-${String(1 + Math.floor(leaves / 12)).padStart(2, '0')}`;
      return (await setLeave(ctx, (await adminIn(person.actor.unitId)).actor, { personId: person.actor.personId, from: day, to: day })).id;
    },
    /** An award nomination made by the unit (of itself). */
    nomination: (unitId: string) => once(`nomination:${unitId}`, () => freshNomination(unitId)),
    freshNomination,
    unitPath: async (unitId: string) => (await findUnit(db, unitId))!.path,
  };
}

export type UnitFixtures = ReturnType<typeof unitFixtures>;
