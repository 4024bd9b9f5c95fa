import express, { type ErrorRequestHandler, type Response, type Router } from 'express';
import { z } from 'zod';
import { describeBodyParserError, sendApiError } from '../../zalo/json-errors';
import { CreateUserInput, SimulatorError, type SimulatorControl } from './control';
import { FaultRule } from './faults';

const TokenBody = z.object({ appUserId: z.string().min(1), ttlSeconds: z.number().int().min(1).max(86_400 * 90).optional() });
const ExpireBody = z.object({ token: z.string().min(1) });
const PhoneCodeBody = z.object({ appUserId: z.string().min(1) });
const MessageBody = z.object({ text: z.string().trim().min(1, 'Cần nhập nội dung tin nhắn').max(2000, 'Tin nhắn tối đa 2000 ký tự') });
const GroupBody = z.object({ title: z.string().trim().min(1, 'Cần nhập tên nhóm').max(100, 'Tên nhóm quá dài'), members: z.array(z.string().min(1)).max(500) });
const GroupMessageBody = MessageBody.extend({ botUserId: z.string().min(1, 'Cần chọn người gửi') });
const BotSettingsBody = z.object({ canJoinGroups: z.boolean() });
const AfterQuery = z.object({ after: z.coerce.number().int().min(0).default(0) });

/** Validates or answers 400 with the first problem, in Vietnamese for the chat page. */
function read<S extends z.ZodType>(schema: S, input: unknown, res: Response): z.output<S> | undefined {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  sendApiError(res, 400, 'invalid_input', `Dữ liệu không hợp lệ: ${issue?.path.join('.') || 'body'} — ${issue?.message ?? ''}`);
  return undefined;
}

/**
 * JSON mirror of the control functions for the chat page and HTTP tests, mounted at `<sim>/control`.
 * Anyone who can reach it can act as any Zalo user: sandbox only, never mounted in production.
 */
export function createControlRouter(control: SimulatorControl): Router {
  const router = express.Router();
  router.use(express.json({ limit: '64kb' }));

  router.get('/state', (_req, res) => void res.json(control.snapshot()));
  router.get('/users', (_req, res) => void res.json({ users: control.listUsers() }));

  router.post('/users', (req, res) => {
    const body = read(CreateUserInput, req.body, res);
    if (!body) return;
    const existed = body.botUserId !== undefined && control.listUsers().some((u) => u.botUserId === body.botUserId);
    res.status(existed ? 200 : 201).json(control.createUser(body));
  });

  router.post('/tokens', (req, res) => {
    const body = read(TokenBody, req.body, res);
    if (!body) return;
    const accessToken = control.issueAccessToken(body.appUserId, { ttlSeconds: body.ttlSeconds ?? 3600 });
    res.status(201).json({ accessToken });
  });

  router.post('/tokens/expire', (req, res) => {
    const body = read(ExpireBody, req.body, res);
    if (!body) return;
    control.expireToken(body.token);
    res.status(204).end();
  });

  router.post('/phone-codes', (req, res) => {
    const body = read(PhoneCodeBody, req.body, res);
    if (!body) return;
    res.status(201).json({ code: control.issuePhoneCode(body.appUserId) });
  });

  router.post('/chats/:botUserId/messages', (req, res) => {
    const body = read(MessageBody, req.body, res);
    if (!body) return;
    // Answer at once; webhook delivery and its retries continue in the background.
    const { entry, update } = control.userSays(req.params.botUserId, body.text);
    res.status(202).json({ entry, update });
  });

  router.get('/chats/:botUserId/messages', (req, res) => {
    const query = read(AfterQuery, req.query, res);
    if (!query) return;
    const messages = control.transcript(req.params.botUserId, query.after);
    res.json({ messages, lastSeq: messages.at(-1)?.seq ?? query.after });
  });

  router.post('/groups', (req, res) => {
    const body = read(GroupBody, req.body, res);
    if (!body) return;
    const group = control.createGroup(body.title, body.members);
    res.status(201).json({ id: group.id, title: group.title, members: [...group.members] });
  });

  router.post('/groups/:groupId/messages', (req, res) => {
    const body = read(GroupMessageBody, req.body, res);
    if (!body) return;
    const { entry, update } = control.userSaysInGroup(req.params.groupId, body.botUserId, body.text);
    res.status(202).json({ entry, update });
  });

  router.post('/bot', (req, res) => {
    const body = read(BotSettingsBody, req.body, res);
    if (!body) return;
    control.allowGroups(body.canJoinGroups);
    res.json({ canJoinGroups: body.canJoinGroups });
  });

  router.post('/replay', async (_req, res) => {
    res.json(await control.replayLastUpdate());
  });

  router.post('/faults', (req, res) => {
    const body = read(FaultRule, req.body, res);
    if (!body) return;
    control.injectFaults(body);
    res.status(204).end();
  });

  router.delete('/faults', (_req, res) => {
    control.clearFaults();
    res.status(204).end();
  });

  const errors: ErrorRequestHandler = (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    if (err instanceof SimulatorError) return sendApiError(res, err.status, err.code, err.message);
    const problem = describeBodyParserError(err);
    if (problem) return sendApiError(res, problem.status, problem.code, problem.message);
    next(err);
  };
  router.use(errors);
  return router;
}
