import { insertUnit, findUnit } from '@tds/bot-server/features/org/repo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signInAs } from '../support/api-client';
import { demo } from '../support/demo';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';

/** Each role's own unit in the demo tree, and a unit of the same kind outside their reach. */
const actors = [
  { role: 'teacher', personId: demo.primaryTeacher, own: 'th-dak-koi-to-1-3', other: 'thcs-dak-koi-khtn' },
  { role: 'group_leader', personId: demo.primaryGroupLeader, own: 'th-dak-koi-to-1-3', other: 'th-dak-koi-to-4-5' },
  { role: 'principal', personId: demo.primaryPrincipal, own: 'th-dak-koi', other: 'thcs-dak-koi' },
  { role: 'commune_officer', personId: demo.communeOfficer, own: 'xa-dak-koi', other: 'xa-khac' },
  { role: 'dept_officer', personId: demo.deptOfficer, own: 'so-gddt-quang-ngai', other: 'so-khac' },
] as const;

type Role = (typeof actors)[number]['role'];
type Expect = Record<Role, { own: number; other: number }>;

/** The decisions the permission table must produce, route by route (status codes). */
const matrix: Array<{ name: string; call: (unitId: string) => { method: string; path: string; body?: unknown }; expected: Expect }> = [
  {
    name: 'GET /api/org/people?unitId=',
    call: (unitId) => ({ method: 'GET', path: `/api/org/people?unitId=${unitId}` }),
    // A teacher's answer is always just themselves, whatever unit is asked for.
    expected: { teacher: { own: 200, other: 200 }, group_leader: { own: 200, other: 403 }, principal: { own: 200, other: 403 }, commune_officer: { own: 200, other: 403 }, dept_officer: { own: 200, other: 403 } },
  },
  {
    name: 'POST /api/org/join-codes',
    call: (unitId) => ({ method: 'POST', path: '/api/org/join-codes', body: { unitId, role: 'teacher', maxUses: 5, validDays: 7 } }),
    expected: { teacher: { own: 403, other: 403 }, group_leader: { own: 201, other: 403 }, principal: { own: 201, other: 403 }, commune_officer: { own: 201, other: 403 }, dept_officer: { own: 201, other: 403 } },
  },
  {
    name: 'GET /api/calendar/units/:unitId',
    call: (unitId) => ({ method: 'GET', path: `/api/calendar/units/${unitId}?year=2026` }),
    expected: { teacher: { own: 200, other: 403 }, group_leader: { own: 200, other: 403 }, principal: { own: 200, other: 403 }, commune_officer: { own: 200, other: 403 }, dept_officer: { own: 200, other: 403 } },
  },
  {
    name: 'POST /api/calendar/off-days',
    call: (unitId) => ({ method: 'POST', path: '/api/calendar/off-days', body: { unitId, from: '2026-03-02', to: '2026-03-06', label: 'Tuần kiểm tra giữa kỳ' } }),
    expected: { teacher: { own: 403, other: 403 }, group_leader: { own: 403, other: 403 }, principal: { own: 201, other: 403 }, commune_officer: { own: 201, other: 403 }, dept_officer: { own: 201, other: 403 } },
  },
  {
    name: 'PUT /api/calendar/weekend',
    call: (unitId) => ({ method: 'PUT', path: '/api/calendar/weekend', body: { unitId, weekend: [7] } }),
    expected: { teacher: { own: 403, other: 403 }, group_leader: { own: 403, other: 403 }, principal: { own: 200, other: 403 }, commune_officer: { own: 200, other: 403 }, dept_officer: { own: 200, other: 403 } },
  },
  {
    name: 'GET /api/leave?unitId=',
    call: (unitId) => ({ method: 'GET', path: `/api/leave?unitId=${unitId}` }),
    // A teacher manages only their own leave: no unit's list, not even their tổ's.
    expected: { teacher: { own: 403, other: 403 }, group_leader: { own: 200, other: 403 }, principal: { own: 200, other: 403 }, commune_officer: { own: 200, other: 403 }, dept_officer: { own: 200, other: 403 } },
  },
];

describe.runIf(storeAvailable())(`authorization matrix: route × role × own/other unit × no session (${storeKind})`, () => {
  let server: TestServer;
  const tokens = new Map<string, string>();
  beforeAll(async () => {
    server = await startTestServer();
    const { db } = server.ctx.store;
    const at = new Date();
    await insertUnit(db, { id: 'so-khac', kind: 'department', name: 'Sở GDĐT tỉnh khác', parent: null, at });
    await insertUnit(db, { id: 'xa-khac', kind: 'commune', name: 'UBND xã khác', parent: (await findUnit(db, 'so-gddt-quang-ngai'))!, at });
    for (const actor of actors) tokens.set(actor.role, (await signInAs(server.url, actor.personId)).token);
  });
  afterAll(async () => {
    await server?.stop();
  });

  for (const route of matrix) {
    it(`${route.name}: 401 without a session`, async () => {
      const request = route.call('th-dak-koi');
      expect((await api(server.url, request.method, request.path, { body: request.body })).status).toBe(401);
    });
    for (const actor of actors) {
      it(`${route.name}: ${actor.role} own → ${route.expected[actor.role].own}, other → ${route.expected[actor.role].other}`, async () => {
        for (const scope of ['own', 'other'] as const) {
          const request = route.call(actor[scope]);
          const response = await api(server.url, request.method, request.path, { token: tokens.get(actor.role), body: request.body });
          expect({ scope, status: response.status }).toEqual({ scope, status: route.expected[actor.role][scope] });
        }
      });
    }
  }
});
