import { randomUUID } from 'node:crypto';
import type { Dashboard, SubmissionView } from '@tds/shared';
import { updatePerson } from '@tds/bot-server/features/org/repo';
import { describe, expect, it } from 'vitest';
import { api } from '../support/api-client';
import { demo, demoUnitIds } from '../support/demo';
import { pngBytes, upload } from '../support/files';
import { initiative, trainingCourse } from '../support/samples';
import { useDemoServer } from '../support/demo-server';
import { storeAvailable, storeKind } from '../support/test-store';

type Counts = Pick<Dashboard['totals'], 'staff' | 'withTraining' | 'initiativesSubmitted' | 'initiativesApproved'>;

describe.runIf(storeAvailable())(`dashboard counts kept per unit (${storeKind})`, () => {
  const env = useDemoServer({ clock: { now: () => new Date('2026-05-20T03:00:00Z') } });

  /** The same numbers counted from scratch with plain SQL, independent of the kept counts. */
  async function countedFromScratch(unitId: string): Promise<Counts> {
    const { db } = env.server.ctx.store;
    const unit = await db.selectFrom('units').select('path').where('id', '=', unitId).executeTakeFirstOrThrow();
    const staff = await db.selectFrom('people').innerJoin('units', 'units.id', 'people.unit_id').select(['people.id']).where('units.path', 'like', `${unit.path}%`).where('people.active', '=', 1).where('people.role', 'in', ['teacher', 'group_leader', 'principal']).execute();
    const trained = new Set((await db.selectFrom('submissions').select('author_person_id').where('kind', '=', 'training').where('status', '!=', 'draft').execute()).map((row) => row.author_person_id));
    const initiatives = await db.selectFrom('submissions').innerJoin('units', 'units.id', 'submissions.unit_id').select('submissions.status').where('units.path', 'like', `${unit.path}%`).where('submissions.kind', '=', 'initiative').where('submissions.status', '!=', 'draft').execute();
    return {
      staff: staff.length,
      withTraining: staff.filter((person) => trained.has(person.id)).length,
      initiativesSubmitted: initiatives.length,
      initiativesApproved: initiatives.filter((row) => row.status === 'approved' || row.status === 'forwarded').length,
    };
  }

  async function expectDashboardToMatch(viewer: string, unitId: string): Promise<Counts> {
    const view = await api<Dashboard>(env.server.url, 'GET', `/api/reports/dashboard?unitId=${unitId}`, { token: viewer });
    expect(view.status).toBe(200);
    const { staff, withTraining, initiativesSubmitted, initiativesApproved } = view.body.totals;
    const shown = { staff, withTraining, initiativesSubmitted, initiativesApproved };
    expect(shown).toEqual(await countedFromScratch(unitId));
    return shown;
  }

  it('matches a count from scratch after submissions, reviews, drafts, moves and departures', async () => {
    const before = await expectDashboardToMatch(env.token.communeOfficer, demoUnitIds.commune);

    const photo = await upload(env.server.url, env.token.primaryTeacher, pngBytes(2500), 'minh-chung.png');
    const submit = (kind: 'initiative' | 'training', data: unknown) => api<SubmissionView>(env.server.url, 'POST', '/api/submissions', { token: env.token.primaryTeacher, body: { kind, data }, headers: { 'idempotency-key': randomUUID() } });
    const idea = await submit('initiative', initiative([photo.body.id]));
    expect(idea.status).toBe(201);
    await submit('training', trainingCourse([photo.body.id]));
    await api(env.server.url, 'POST', '/api/submissions/drafts', { token: env.token.primaryTeacher, body: { kind: 'initiative', clientKey: randomUUID(), data: { title: 'Bản nháp không được đếm' } } });
    const afterSubmit = await expectDashboardToMatch(env.token.communeOfficer, demoUnitIds.commune);
    expect(afterSubmit.initiativesSubmitted).toBe(before.initiativesSubmitted + 1);

    const approved = await api(env.server.url, 'POST', `/api/submissions/${idea.body.id}/review`, { token: env.token.primaryPrincipal, body: { decision: 'approve' } });
    expect(approved.status).toBe(200);
    expect((await expectDashboardToMatch(env.token.communeOfficer, demoUnitIds.commune)).initiativesApproved).toBe(before.initiativesApproved + 1);
    await expectDashboardToMatch(env.token.primaryPrincipal, demoUnitIds.primary);

    // A trained teacher moves to the secondary school, a colleague leaves: both schools recount.
    await updatePerson(env.server.ctx.store.db, demo.primaryTeacher, { unit_id: demoUnitIds.secondary });
    await updatePerson(env.server.ctx.store.db, 'demo-19', { active: 0 });
    const moved = await expectDashboardToMatch(env.token.communeOfficer, demoUnitIds.commune);
    expect(moved.staff).toBe(before.staff - 1);
    await expectDashboardToMatch(env.token.secondaryPrincipal, demoUnitIds.secondary);
    await expectDashboardToMatch(env.token.deptOfficer, demoUnitIds.department);
  });
});
