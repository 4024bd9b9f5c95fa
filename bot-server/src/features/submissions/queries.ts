import { scopeOf, type Actor, type SubmissionView, type TrainingCoverage } from '@tds/shared';
import type { z } from 'zod';
import type { SubmissionListQuery } from '@tds/shared';
import type { AppContext } from '../../context';
import { authorize } from '../../auth/authorize';
import { notFound } from '../../http/errors';
import { findPerson, findUnit, listUnitsUnder } from '../org/repo';
import { loadVisible } from './access';
import { presentSubmission } from './presenter';
import { unitStatsUnder } from '../reports/unit-stats';
import { attachmentsOf, eventsOf, listSubmissions } from './repo';

/** One submission with its attachments and history, for its author or a reviewer in reach. */
export async function submissionView(ctx: AppContext, actor: Actor, id: string): Promise<SubmissionView> {
  const { row } = await loadVisible(ctx, actor, id);
  const { db } = ctx.store;
  const [author, unit, attachments, events] = await Promise.all([findPerson(db, row.author_person_id), findUnit(db, row.unit_id), attachmentsOf(db, id), eventsOf(db, id)]);
  return presentSubmission(row, { authorName: author?.full_name ?? '', unitName: unit?.name ?? '', attachments, events });
}

export type ListQuery = z.infer<typeof SubmissionListQuery>;

/**
 * "Bài đã nộp" (mine) or the review queue: a tổ trưởng sees their tổ, a principal the school,
 * officers everything below them; drafts stay private to their authors.
 */
export async function listForActor(ctx: AppContext, actor: Actor, query: ListQuery) {
  const { db } = ctx.store;
  if (query.scope === 'mine') {
    const rows = await listSubmissions(db, { authorId: actor.personId, status: query.status, kind: query.kind });
    return rows.map(summary);
  }
  authorize(actor, 'submissions.read', { unitPath: actor.unitPath });
  // A tổ trưởng's queue is their tổ; readers with a wider reach see everything below them.
  const unitOnly = scopeOf(actor.role, 'submissions.review') === 'unit';
  const rows = await listSubmissions(db, { unitPath: actor.unitPath, unitId: unitOnly ? actor.unitId : undefined, status: query.status, kind: query.kind, excludeDrafts: true, oldestFirst: true });
  return rows.filter((row) => row.author_person_id !== actor.personId).map(summary);
}

function summary(row: Awaited<ReturnType<typeof listSubmissions>>[number]) {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    title: row.title,
    authorId: row.author_person_id,
    authorName: row.author_name,
    unitName: row.unit_name,
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
    reviewerComment: row.reviewer_comment,
  };
}

/** Share of active staff with at least one submitted training record, for a unit and each unit directly below it. */
export async function trainingCoverage(ctx: AppContext, actor: Actor, unitId?: string): Promise<TrainingCoverage> {
  const { db } = ctx.store;
  const unit = await findUnit(db, unitId ?? actor.unitId);
  if (!unit) throw notFound('Không tìm thấy đơn vị');
  authorize(actor, 'submissions.read', { unitPath: unit.path });
  const children = (await listUnitsUnder(db, unit.path)).filter((child) => child.parent_id === unit.id);
  const groups = await unitStatsUnder(ctx.store, ctx.clock.now(), unit.path);
  const tally = (rows: typeof groups) => {
    const staff = rows.reduce((sum, row) => sum + row.staff, 0);
    const withEvidence = rows.reduce((sum, row) => sum + row.staff_with_training, 0);
    return { staff, withEvidence, percent: staff === 0 ? 0 : Math.round((withEvidence / staff) * 1000) / 10 };
  };
  return {
    unitId: unit.id,
    unitName: unit.name,
    ...tally(groups),
    byUnit: children.map((child) => ({ unitId: child.id, unitName: child.name, ...tally(groups.filter((group) => group.path.startsWith(child.path))) })),
  };
}
