import type { Person } from '@tds/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signInAll } from '../support/api-client';
import { demo, demoUnitIds } from '../support/demo';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';

const masked = /^\d{2}•+\d{2}$/;
const plain = /^\d{9,11}$/;

describe.runIf(storeAvailable())(`personal data: phone numbers by viewer (${storeKind})`, () => {
  let server: TestServer;
  let tokens: Record<'teacher' | 'groupLeader' | 'principal' | 'commune' | 'admin', string>;

  beforeAll(async () => {
    server = await startTestServer();
    // An admin whose own unit is the secondary school: may list any unit, but is not in the primary school's chain.
    await server.ctx.store.db.updateTable('people').set({ role: 'admin' }).where('id', '=', demo.secondaryPrincipal).execute();
    tokens = await signInAll(server.url, { teacher: demo.primaryTeacher, groupLeader: demo.primaryGroupLeader, principal: demo.primaryPrincipal, commune: demo.communeOfficer, admin: demo.secondaryPrincipal });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const people = async (who: keyof typeof tokens, unitId?: string) => {
    const response = await api<Person[]>(server.url, 'GET', `/api/org/people${unitId ? `?unitId=${unitId}` : ''}`, { token: tokens[who] });
    expect(response.status).toBe(200);
    const withPhone = response.body.filter((person) => person.phone);
    expect(withPhone.length).toBeGreaterThan(0);
    return withPhone;
  };

  it('shows a person their own number, on /api/me and in the people list', async () => {
    const me = await api<{ person: Person }>(server.url, 'GET', '/api/me', { token: tokens.teacher });
    expect(me.body.person.phone).toMatch(plain);
    expect((await people('teacher')).map((person) => person.phone)).toEqual([me.body.person.phone]);
  });

  it.each([
    ['groupLeader', demoUnitIds.primaryGroup],
    ['principal', demoUnitIds.primary],
    ['commune', demoUnitIds.primary],
    ['commune', demoUnitIds.secondary],
    ['admin', demoUnitIds.secondary],
  ] as const)('shows %s the numbers of %s, in their own chain', async (who, unitId) => {
    for (const person of await people(who, unitId)) expect(person.phone).toMatch(plain);
  });

  it.each([
    ['admin', demoUnitIds.primary],
    ['admin', demoUnitIds.kindergarten],
  ] as const)('masks for %s the numbers of %s, outside their chain', async (who, unitId) => {
    for (const person of await people(who, unitId)) expect(person.phone).toMatch(masked);
  });

  it('still refuses other units to those without the scope', async () => {
    expect((await api(server.url, 'GET', `/api/org/people?unitId=${demoUnitIds.secondary}`, { token: tokens.principal })).status).toBe(403);
  });
});
