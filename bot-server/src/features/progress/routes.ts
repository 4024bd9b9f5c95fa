import { AnswerBody, CreateQuestionBody, Id } from '@tds/shared';
import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { actorOf } from '../../auth/authenticate';
import { parseInput } from '../../http/validate';
import { answerFromApp, myQuestions } from './answers';
import { createQuestion, listQuestions, questionResults, remindNonResponders } from './service';

const Params = z.object({ questionId: Id });
const ResultsQuery = z.object({ occurrence: z.string().max(20).optional() });

export function progressRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/questions', async (req, res) => {
    res.json(await listQuestions(ctx, actorOf(req)));
  });

  router.post('/questions', async (req, res) => {
    res.status(201).json(await createQuestion(ctx, actorOf(req), parseInput(CreateQuestionBody, req.body)));
  });

  router.get('/questions/:questionId/results', async (req, res) => {
    const { questionId } = parseInput(Params, req.params);
    const { occurrence } = parseInput(ResultsQuery, req.query);
    res.json(await questionResults(ctx, actorOf(req), questionId, occurrence));
  });

  /** "Nhắc lại": ask again everyone who has not answered (once a day each). */
  router.post('/questions/:questionId/remind', async (req, res) => {
    const { questionId } = parseInput(Params, req.params);
    res.json(await remindNonResponders(ctx, actorOf(req), questionId));
  });

  /** The signed-in person's open, upcoming (answer ahead) and recently closed (answer late) rounds. */
  router.get('/mine', async (req, res) => {
    res.json(await myQuestions(ctx, actorOf(req)));
  });

  router.post('/questions/:questionId/answer', async (req, res) => {
    const { questionId } = parseInput(Params, req.params);
    res.json(await answerFromApp(ctx, actorOf(req), questionId, parseInput(AnswerBody, req.body)));
  });

  return router;
}
