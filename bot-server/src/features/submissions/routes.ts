import { CreateDraftBody, Id, ReviewBody, SaveDraftBody, SubmissionKind, SubmissionListQuery } from '@tds/shared';
import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../auth/authenticate';
import { idempotencyKeyOf } from '../../http/idempotency';
import { parseInput } from '../../http/validate';
import { createDraft, discardDraft, saveDraft } from './drafts';
import { listForActor, submissionView, trainingCoverage } from './queries';
import { reviewSubmission } from './review';
import { submitDraft, submitNew } from './submit';

const Params = z.object({ submissionId: Id });
const SubmitNewBody = z.object({ kind: SubmissionKind, data: z.unknown() });
const CoverageQuery = z.object({ unitId: Id.optional() });

export function submissionRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    res.json(await listForActor(ctx, actorOf(req), parseInput(SubmissionListQuery, req.query)));
  });

  router.get('/coverage', async (req, res) => {
    const { unitId } = parseInput(CoverageQuery, req.query);
    res.json(await trainingCoverage(ctx, actorOf(req), unitId));
  });

  /** Create and submit at once; `Idempotency-Key` makes retries and double taps create one record. */
  router.post('/', async (req, res) => {
    const key = idempotencyKeyOf(req.get('idempotency-key'));
    const body = parseInput(SubmitNewBody, req.body);
    const result = await submitNew(ctx, actorOf(req), body.kind, body.data, key);
    res.status(result.status).json(result.view);
  });

  router.post('/drafts', async (req, res) => {
    res.status(201).json(await createDraft(ctx, actorOf(req), parseInput(CreateDraftBody, req.body)));
  });

  router.get('/:submissionId', async (req, res) => {
    const { submissionId } = parseInput(Params, req.params);
    res.json(await submissionView(ctx, actorOf(req), submissionId));
  });

  router.put('/:submissionId/draft', async (req, res) => {
    const { submissionId } = parseInput(Params, req.params);
    res.json(await saveDraft(ctx, actorOf(req), submissionId, parseInput(SaveDraftBody, req.body)));
  });

  router.delete('/:submissionId/draft', async (req, res) => {
    const { submissionId } = parseInput(Params, req.params);
    await discardDraft(ctx, actorOf(req), submissionId);
    res.status(204).end();
  });

  router.post('/:submissionId/submit', async (req, res) => {
    const { submissionId } = parseInput(Params, req.params);
    res.json(await submitDraft(ctx, actorOf(req), submissionId, idempotencyKeyOf(req.get('idempotency-key'))));
  });

  router.post('/:submissionId/review', async (req, res) => {
    const { submissionId } = parseInput(Params, req.params);
    res.json(await reviewSubmission(ctx, actorOf(req), submissionId, parseInput(ReviewBody, req.body)));
  });

  return router;
}
