import { randomUUID } from 'node:crypto';
import { can, roles, type Action, type Actor, type Role, type Target } from '@tds/shared';
import { insertUnit, findUnit } from '@tds/bot-server/features/org/repo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../support/api-client';
import { demo } from '../support/demo';
import { pngBytes } from '../support/files';
import { registeredRoutes, routesOf, type RouteKey } from '../support/route-table';
import { obligationForEveryone, shortPlanText } from '../support/samples';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';
import { unitFixtures, type FixturePerson, type UnitFixtures } from '../support/unit-fixtures';

type Scope = 'own' | 'other';
type Decision = 'allow' | 'deny';

/** Each role as a real person of the demo tree (admin is added), their unit, and a unit of the same level outside their reach. */
const subjects: Array<{ role: Role; personId?: string; own: string; other: string }> = [
  { role: 'teacher', personId: demo.primaryTeacher, own: 'th-dak-koi-to-1-3', other: 'thcs-dak-koi-khtn' },
  { role: 'group_leader', personId: demo.primaryGroupLeader, own: 'th-dak-koi-to-1-3', other: 'th-dak-koi-to-4-5' },
  { role: 'principal', personId: demo.primaryPrincipal, own: 'th-dak-koi', other: 'thcs-dak-koi' },
  { role: 'commune_officer', personId: demo.communeOfficer, own: 'xa-dak-koi', other: 'xa-khac' },
  { role: 'dept_officer', personId: demo.deptOfficer, own: 'so-gddt-quang-ngai', other: 'so-khac' },
  { role: 'admin', own: 'so-gddt-quang-ngai', other: 'so-khac' },
];

interface CallContext {
  unitId: string;
  scope: Scope;
  me: FixturePerson;
  fx: UnitFixtures;
}

interface Call {
  path: string;
  body?: unknown;
  file?: { bytes: Buffer; name: string };
  headers?: Record<string, string>;
}

/**
 * Who may call a route:
 * - `public`: no session needed (sign-in itself, health);
 * - `session`: anyone signed in; the answer is about themselves, so there is no target;
 * - an action of the permission table, checked on the target unit (`target`), on the caller's own unit (`actor`),
 *   or on the owner of a personal record (`owner`: own = the caller's, other = someone's in the other unit);
 * - `reviewed`: a rule the table cannot express, with the reason.
 */
type Access =
  | { kind: 'public' }
  | { kind: 'session' }
  | { kind: 'action'; action: Action; on: 'target' | 'actor' | 'owner'; except?: { roles: Role[]; decision: Decision; reason: string } }
  | { kind: 'reviewed'; reason: string; decide: (role: Role, scope: Scope) => Decision; deniedWith?: number };

interface Expectation {
  access: Access;
  call: (c: CallContext) => Call | Promise<Call>;
}

const session: Access = { kind: 'session' };
const on = (action: Action, where: 'target' | 'actor' | 'owner' = 'target'): Access => ({ kind: 'action', action, on: where });
const json = (path: string, body?: unknown, headers?: Record<string, string>) => (): Call => ({ path, body, headers });
const idem = () => ({ 'idempotency-key': randomUUID() });
const planText = Buffer.from(shortPlanText);

/** The reviewed expectation of every route the app registers. A route missing here fails the suite. */
const expectations: Record<string, Expectation> = {
  'GET /healthz': { access: { kind: 'public' }, call: json('/healthz') },
  'GET /readyz': { access: { kind: 'public' }, call: json('/readyz') },
  // Open to a direct loopback scrape without METRICS_TOKEN (how the tests reach it); the token case is in ops tests.
  'GET /metrics': { access: { kind: 'public' }, call: json('/metrics') },
  'POST /api/zalo/webhook': {
    access: { kind: 'reviewed', reason: "only Zalo's secret token opens it; a session does not", decide: () => 'deny', deniedWith: 401 },
    call: json('/api/zalo/webhook', { event_name: 'message.text.received' }),
  },
  'POST /api/auth/zalo': { access: { kind: 'public' }, call: json('/api/auth/zalo', {}) },
  'POST /api/auth/join': { access: { kind: 'public' }, call: json('/api/auth/join', {}) },
  'POST /api/auth/refresh': { access: { kind: 'public' }, call: json('/api/auth/refresh', {}) },

  'GET /api/me': { access: session, call: json('/api/me') },
  'POST /api/me/bot-link': { access: session, call: json('/api/me/bot-link', {}) },
  'GET /api/me/deadlines': { access: session, call: json('/api/me/deadlines') },
  'GET /api/me/digest': { access: session, call: json('/api/me/digest') },
  'PUT /api/me/digest': { access: session, call: json('/api/me/digest', { digestAt: '17:00' }) },

  'GET /api/org/units': { access: on('org.units.read', 'actor'), call: json('/api/org/units') },
  'GET /api/org/people': {
    access: { kind: 'action', action: 'org.people.read', on: 'target', except: { roles: ['teacher'], decision: 'allow', reason: "a teacher's answer is only themselves, whatever unit is asked for" } },
    call: ({ unitId }) => ({ path: `/api/org/people?unitId=${unitId}` }),
  },
  'POST /api/org/join-codes': { access: on('org.joinCodes.create'), call: ({ unitId }) => ({ path: '/api/org/join-codes', body: { unitId, role: 'teacher', maxUses: 5, validDays: 7 } }) },
  'POST /api/org/roster': {
    access: on('org.roster.import', 'actor'),
    call: () => ({ path: '/api/org/roster?dryRun=1', file: { bytes: Buffer.from('Họ tên,Số điện thoại,Vai trò\nNguyễn Văn Thử,0912345678,Giáo viên\n'), name: 'danh-sach.csv' } }),
  },

  'GET /api/plans': { access: session, call: json('/api/plans') },
  'GET /api/plans/search': { access: session, call: json('/api/plans/search?q=ke%20hoach') },
  'POST /api/plans/import': { access: on('plans.manage'), call: ({ unitId }) => ({ path: '/api/plans/import', body: { text: shortPlanText, issuerUnitId: unitId } }) },
  'POST /api/plans/import-file': { access: on('plans.manage'), call: ({ unitId }) => ({ path: `/api/plans/import-file?issuerUnitId=${unitId}`, file: { bytes: planText, name: 'ke-hoach.txt' } }) },
  'GET /api/plans/:planId': { access: on('plans.read'), call: async ({ unitId, fx }) => ({ path: `/api/plans/${(await fx.plan(unitId)).planId}` }) },
  'POST /api/plans/:planId/publish': { access: on('plans.manage'), call: async ({ unitId, fx }) => ({ path: `/api/plans/${(await fx.plan(unitId)).planId}/publish`, body: {} }) },
  'POST /api/plans/:planId/obligations': { access: on('plans.manage'), call: async ({ unitId, fx }) => ({ path: `/api/plans/${(await fx.plan(unitId)).planId}/obligations`, body: obligationForEveryone }) },
  'PUT /api/plans/:planId/obligations/:obligationId': {
    access: on('plans.manage'),
    call: async ({ unitId, fx }) => {
      const { planId, obligationId } = await fx.plan(unitId);
      return { path: `/api/plans/${planId}/obligations/${obligationId}`, body: obligationForEveryone };
    },
  },
  'DELETE /api/plans/:planId/obligations/:obligationId': {
    access: on('plans.manage'),
    call: async ({ unitId, fx }) => {
      const { planId, obligationId } = await fx.freshPlan(unitId);
      return { path: `/api/plans/${planId}/obligations/${obligationId}` };
    },
  },
  'POST /api/plans/:planId/obligations/:obligationId/done': {
    access: on('plans.read'),
    call: async ({ unitId, fx }) => {
      const { planId, obligationId } = await fx.plan(unitId);
      return { path: `/api/plans/${planId}/obligations/${obligationId}/done`, body: {} };
    },
  },

  'POST /api/attachments': { access: session, call: () => ({ path: '/api/attachments', file: { bytes: pngBytes(), name: 'anh.png' } }) },
  'GET /api/attachments/:attachmentId': { access: on('submissions.read'), call: async ({ unitId, fx }) => ({ path: `/api/attachments/${(await fx.submission(unitId)).attachmentId}` }) },

  'GET /api/submissions': { access: session, call: json('/api/submissions') },
  'GET /api/submissions/coverage': { access: on('submissions.read'), call: ({ unitId }) => ({ path: `/api/submissions/coverage?unitId=${unitId}` }) },
  'POST /api/submissions': { access: session, call: () => json('/api/submissions', { kind: 'initiative', data: {} }, idem())() },
  'POST /api/submissions/drafts': { access: session, call: () => json('/api/submissions/drafts', { kind: 'initiative', clientKey: randomUUID() })() },
  'GET /api/submissions/:submissionId': { access: on('submissions.read'), call: async ({ unitId, fx }) => ({ path: `/api/submissions/${(await fx.submission(unitId)).submissionId}` }) },
  'PUT /api/submissions/:submissionId/draft': { access: on('submissions.create', 'owner'), call: async (c) => ({ path: `/api/submissions/${await draftFor(c)}/draft`, body: { data: {}, version: 1 } }) },
  'DELETE /api/submissions/:submissionId/draft': { access: on('submissions.create', 'owner'), call: async (c) => ({ path: `/api/submissions/${await draftFor(c)}/draft` }) },
  'POST /api/submissions/:submissionId/submit': { access: on('submissions.create', 'owner'), call: async (c) => ({ path: `/api/submissions/${await draftFor(c)}/submit`, body: {}, headers: idem() }) },
  'POST /api/submissions/:submissionId/review': { access: on('submissions.review'), call: async ({ unitId, fx }) => ({ path: `/api/submissions/${(await fx.submission(unitId)).submissionId}/review`, body: { decision: 'approve' } }) },

  'GET /api/progress/questions': { access: on('progress.manage', 'actor'), call: json('/api/progress/questions') },
  'POST /api/progress/questions': {
    access: on('progress.manage'),
    call: ({ unitId }) => ({ path: '/api/progress/questions', body: { text: 'Đã nộp báo cáo chưa?', answerType: 'yes_no', unitId, audienceRoles: ['teacher'], schedule: { kind: 'weekly', weekday: 1, time: '08:00' } } }),
  },
  'GET /api/progress/questions/:questionId/results': { access: on('progress.manage'), call: async ({ unitId, fx }) => ({ path: `/api/progress/questions/${await fx.question(unitId)}/results` }) },
  'POST /api/progress/questions/:questionId/remind': { access: on('progress.manage'), call: async ({ unitId, fx }) => ({ path: `/api/progress/questions/${await fx.question(unitId)}/remind`, body: {} }) },
  'GET /api/progress/mine': { access: session, call: json('/api/progress/mine') },
  'POST /api/progress/questions/:questionId/answer': {
    access: { kind: 'reviewed', reason: 'only a person the question was put to may answer, and the fixture question is not asked yet (answering is covered in reminders tests)', decide: () => 'deny' },
    call: async ({ unitId, fx }) => ({ path: `/api/progress/questions/${await fx.question(unitId)}/answer`, body: { text: 'có' } }),
  },

  'GET /api/reminders/ladder/:obligationId': { access: on('plans.read'), call: async ({ unitId, fx }) => ({ path: `/api/reminders/ladder/${(await fx.plan(unitId)).obligationId}` }) },

  'GET /api/calendar/units/:unitId': { access: on('calendar.read'), call: ({ unitId }) => ({ path: `/api/calendar/units/${unitId}?year=2026` }) },
  'POST /api/calendar/off-days': { access: on('calendar.manage'), call: ({ unitId }) => ({ path: '/api/calendar/off-days', body: { unitId, from: '2026-12-31', label: 'Nghỉ cuối năm' } }) },
  'DELETE /api/calendar/off-days/:id': { access: on('calendar.manage'), call: async ({ unitId, fx }) => ({ path: `/api/calendar/off-days/${await fx.freshOffDay(unitId)}` }) },
  'PUT /api/calendar/weekend': { access: on('calendar.manage'), call: ({ unitId }) => ({ path: '/api/calendar/weekend', body: { unitId, weekend: [6, 7] } }) },

  'GET /api/leave': { access: on('leave.manage'), call: ({ unitId }) => ({ path: `/api/leave?unitId=${unitId}` }) },
  'POST /api/leave': { access: ownLeaveOrAdmin(), call: async (c) => ({ path: '/api/leave', body: { personId: (await leaveTaker(c)).actor.personId, from: '2027-06-01', to: '2027-06-02' } }) },
  'DELETE /api/leave/:id': { access: ownLeaveOrAdmin(), call: async (c) => ({ path: `/api/leave/${await c.fx.freshLeave(await leaveTaker(c))}` }) },

  'PUT /api/reminders/policy': { access: on('plans.manage'), call: ({ unitId }) => ({ path: '/api/reminders/policy', body: { scopeType: 'unit', scopeId: unitId, offsets: [7, 1], sendAt: '07:30' } }) },
  'DELETE /api/reminders/policy/:scopeType/:scopeId': { access: on('plans.manage'), call: ({ unitId }) => ({ path: `/api/reminders/policy/unit/${unitId}` }) },
  'GET /api/reminders/acknowledgements/:obligationId': { access: on('plans.manage'), call: async ({ unitId, fx }) => ({ path: `/api/reminders/acknowledgements/${(await fx.plan(unitId)).obligationId}` }) },
  'POST /api/reminders/acknowledgements/:obligationId/resend': {
    access: on('plans.manage'),
    call: async ({ unitId, fx }) => ({ path: `/api/reminders/acknowledgements/${(await fx.plan(unitId)).obligationId}/resend`, body: { occurrence: '2026-05-30' }, headers: idem() }),
  },
  'PUT /api/reminders/importance/:obligationId': { access: on('plans.manage'), call: async ({ unitId, fx }) => ({ path: `/api/reminders/importance/${(await fx.plan(unitId)).obligationId}`, body: { important: true } }) },

  'GET /api/announcements': { access: session, call: json('/api/announcements') },
  'GET /api/announcements/sent': { access: session, call: json('/api/announcements/sent') },
  'POST /api/announcements/preview': { access: on('announcements.send'), call: ({ unitId }) => ({ path: '/api/announcements/preview', body: { unitIds: [unitId], roles: ['teacher'] } }) },
  'POST /api/announcements': { access: on('announcements.send'), call: ({ unitId }) => ({ path: '/api/announcements', body: { unitIds: [unitId], roles: ['teacher'], text: 'Thông báo thử quyền gửi' }, headers: idem() }) },
  'GET /api/announcements/:announcementId': { access: recipientsOnly(), call: async ({ unitId, fx }) => ({ path: `/api/announcements/${await fx.announcement(unitId)}` }) },
  'POST /api/announcements/:announcementId/read': { access: recipientsOnly(), call: async ({ unitId, fx }) => ({ path: `/api/announcements/${await fx.announcement(unitId)}/read`, body: {} }) },
  'GET /api/announcements/:announcementId/delivery': { access: on('announcements.send'), call: async ({ unitId, fx }) => ({ path: `/api/announcements/${await fx.announcement(unitId)}/delivery` }) },
  'GET /api/announcements/:announcementId/acknowledgements': { access: on('announcements.send'), call: async ({ unitId, fx }) => ({ path: `/api/announcements/${await fx.announcement(unitId)}/acknowledgements` }) },
  'POST /api/announcements/:announcementId/resend': { access: on('announcements.send'), call: async ({ unitId, fx }) => ({ path: `/api/announcements/${await fx.announcement(unitId)}/resend`, body: {}, headers: idem() }) },

  'GET /api/acknowledgements': { access: session, call: json('/api/acknowledgements') },
  'POST /api/acknowledgements': {
    access: { kind: 'reviewed', reason: 'only a person asked to confirm (every recipient of the unit’s announcement) may confirm, and only for themselves', decide: (_role, scope) => (scope === 'own' ? 'allow' : 'deny') },
    call: async ({ unitId, fx }) => ({ path: '/api/acknowledgements', body: { kind: 'announcement', subjectId: await fx.announcement(unitId) } }),
  },

  'GET /api/privacy/me/export': { access: session, call: json('/api/privacy/me/export') },
  'POST /api/privacy/people/:personId/erase': { access: on('privacy.erase'), call: async ({ unitId, fx }) => ({ path: `/api/privacy/people/${(await fx.newPerson(unitId, 'teacher')).actor.personId}/erase`, body: {} }) },

  'GET /api/reports/dashboard': { access: on('reports.read'), call: ({ unitId }) => ({ path: `/api/reports/dashboard?unitId=${unitId}` }) },
  'GET /api/reports/dashboard.xlsx': { access: on('reports.read'), call: ({ unitId }) => ({ path: `/api/reports/dashboard.xlsx?unitId=${unitId}` }) },
  'GET /api/reports/staff.xlsx': { access: on('reports.read'), call: ({ unitId }) => ({ path: `/api/reports/staff.xlsx?unitId=${unitId}` }) },
  'GET /api/reports/achievement/:personId.docx': { access: on('reports.read'), call: async ({ unitId, fx }) => ({ path: `/api/reports/achievement/${(await fx.memberOf(unitId)).actor.personId}.docx` }) },
  'GET /api/reports/yearly.docx': { access: on('reports.read'), call: ({ unitId }) => ({ path: `/api/reports/yearly.docx?unitId=${unitId}` }) },

  'GET /api/awards': { access: on('awards.manage', 'actor'), call: json('/api/awards?period=yearly-2026') },
  'GET /api/awards/quota': { access: on('awards.manage', 'actor'), call: json('/api/awards/quota?period=yearly-2026') },
  // Nominations are made by the caller's own unit; a nominee outside it is a 400 (tested in awards tests), not a permission.
  'POST /api/awards': {
    access: on('awards.manage', 'actor'),
    call: ({ me }) => ({ path: '/api/awards', body: { period: 'tong-ket-2030', form: 'giay_khen_so', nomineeType: 'unit', nomineeId: me.actor.unitId, achievement: 'Tập thể dẫn đầu phong trào thi đua' } }),
  },
  'PUT /api/awards/:nominationId/checklist': { access: on('awards.manage'), call: async ({ unitId, fx }) => ({ path: `/api/awards/${await fx.nomination(unitId)}/checklist`, body: { items: {} } }) },
  'DELETE /api/awards/:nominationId': { access: on('awards.manage'), call: async ({ unitId, fx }) => ({ path: `/api/awards/${await fx.freshNomination(unitId)}` }) },
};


/** One's own leave is always one's own business; another unit's people are out of every reach but an admin's. */
function ownLeaveOrAdmin(): Access {
  return { kind: 'reviewed', reason: 'anyone sets and cancels their own leave; the other unit is outside every role’s leave.manage reach except admin', decide: (role, scope) => (scope === 'own' || role === 'admin' ? 'allow' : 'deny') };
}

/** Whose leave a call is about: the caller's own, or a member of the other unit. */
async function leaveTaker({ scope, unitId, me, fx }: CallContext): Promise<FixturePerson> {
  return scope === 'own' ? me : fx.memberOf(unitId);
}

function recipientsOnly(): Access {
  return { kind: 'reviewed', reason: 'only its author and its recipients (everyone of the unit it was sent to) may read it', decide: (_role, scope) => (scope === 'own' ? 'allow' : 'deny') };
}

/** The caller's own draft, or a draft of a member of the other unit. */
async function draftFor({ scope, unitId, me, fx }: CallContext): Promise<string> {
  return fx.draftOf(scope === 'own' ? me : await fx.memberOf(unitId));
}

describe.runIf(storeAvailable())(`authorization matrix: every route × role × own unit / other unit / no session (${storeKind})`, () => {
  let server: TestServer;
  let fx: UnitFixtures;
  const people = new Map<Role, FixturePerson>();

  beforeAll(async () => {
    server = await startTestServer();
    fx = unitFixtures(server.ctx, server.url);
    const { db } = server.ctx.store;
    const at = new Date();
    await insertUnit(db, { id: 'so-khac', kind: 'department', name: 'Sở GDĐT tỉnh khác', parent: null, at });
    await insertUnit(db, { id: 'xa-khac', kind: 'commune', name: 'UBND xã khác', parent: (await findUnit(db, 'so-gddt-quang-ngai'))!, at });
    for (const subject of subjects) {
      const person = subject.personId ? await fx.personAs((await signInAs(server.url, subject.personId)).person.id) : await fx.newPerson(subject.own, subject.role);
      people.set(subject.role, person);
    }
  });
  afterAll(async () => {
    await server?.stop();
  });

  // The sandbox's own routers (simulator, demo sign-in, the mini app's files) are never mounted with
  // NODE_ENV=production and are open by design: every other route needs an expectation.
  it('has a reviewed expectation for every route the app registers, and no stale ones', () => {
    const sandboxRoutes = new Set((server.sandbox?.mounts ?? []).flatMap(([path, router]) => routesOf(router, path)));
    const routes = registeredRoutes(server.app).filter((route) => !sandboxRoutes.has(route));
    const missing = routes.filter((route) => !(route in expectations)).map((route) => `route ${route} has no authorization expectation`);
    const stale = Object.keys(expectations).filter((key) => !routes.includes(key as RouteKey)).map((key) => `expectation ${key} matches no registered route`);
    expect([...missing, ...stale]).toEqual([]);
    expect(subjects.map((subject) => subject.role).sort()).toEqual([...roles].sort());
  });

  it('answers 401 to every non-public route without a session, and never needs a session for public ones', async () => {
    const wrong: string[] = [];
    for (const [route, expectation] of Object.entries(expectations)) {
      const status = await send(route, await expectation.call({ unitId: 'th-dak-koi', scope: 'own', me: people.get('teacher')!, fx }));
      const { access } = expectation;
      const ok = access.kind === 'public' ? status !== 401 && status < 500 : status === 401;
      if (!ok) wrong.push(`${route} without a session → ${status}`);
    }
    expect(wrong).toEqual([]);
  });

  for (const subject of subjects) {
    it(`decides as the permission table says for ${subject.role} (own unit ${subject.own}, other unit ${subject.other})`, { timeout: 120_000 }, async () => {
      const me = people.get(subject.role)!;
      // Deletions last: they remove records other calls of the same unit read.
      const routes = Object.entries(expectations).filter(([, expectation]) => expectation.access.kind !== 'public').sort(([a], [b]) => Number(a.startsWith('DELETE')) - Number(b.startsWith('DELETE')));
      const wrong: string[] = [];
      for (const [route, expectation] of routes) {
        for (const scope of ['own', 'other'] as const) {
          const unitId = subject[scope];
          const expected = await expectedDecision(expectation.access, me.actor, scope, unitId);
          const status = await send(route, await expectation.call({ unitId, scope, me, fx }), me.token);
          const denials = [403, 404, ...(expectation.access.kind === 'reviewed' && expectation.access.deniedWith ? [expectation.access.deniedWith] : [])];
          const actual: Decision | 'error' = denials.includes(status) ? 'deny' : status >= 500 || status === 401 ? 'error' : 'allow';
          if (actual !== expected) wrong.push(`${route} on ${scope} unit: expected ${expected}, got ${status}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  async function expectedDecision(access: Access, actor: Actor, scope: Scope, unitId: string): Promise<Decision> {
    switch (access.kind) {
      case 'public':
      case 'session':
        return 'allow';
      case 'reviewed':
        return access.decide(actor.role, scope);
      case 'action': {
        if (access.except?.roles.includes(actor.role)) return access.except.decision;
        const target: Target =
          access.on === 'actor' ? { unitPath: actor.unitPath } : access.on === 'owner' ? { ownerId: scope === 'own' ? actor.personId : (await fx.memberOf(unitId)).actor.personId } : { unitPath: await fx.unitPath(unitId) };
        return can(actor, access.action, target) ? 'allow' : 'deny';
      }
    }
  }

  async function send(route: string, call: Call, token?: string): Promise<number> {
    const method = route.split(' ')[0]!;
    const headers: Record<string, string> = { ...call.headers };
    if (token) headers.authorization = `Bearer ${token}`;
    let body: string | FormData | undefined;
    if (call.file) {
      body = new FormData();
      body.append('file', new Blob([new Uint8Array(call.file.bytes)]), call.file.name);
    } else if (call.body !== undefined) {
      body = JSON.stringify(call.body);
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(`${server.url}${call.path}`, { method, headers, body });
    await response.arrayBuffer();
    return response.status;
  }
});
