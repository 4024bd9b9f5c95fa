import { createHmac } from 'node:crypto';
import express, { type Request, type Response, type Router } from 'express';
import { secretsMatch } from '../../zalo/secret-compare';
import { findUserByAppId, type SimulatorState, type SimUser } from './state';

export interface GraphRouterOptions {
  state: SimulatorState;
  appSecret: string;
  now: () => number;
}

/** Graph reports every failure as HTTP 200 with a non-zero `error` (ZALO.md). */
function graphError(res: Response, error: number, message: string): void {
  res.status(200).json({ error, message });
}

/** Resolves the caller's token to a user, or answers the error Zalo would and returns null. */
function tokenUser(req: Request, res: Response, options: GraphRouterOptions): SimUser | null {
  const accessToken = req.get('access_token');
  if (!accessToken) {
    graphError(res, -124, 'Access token is invalid');
    return null;
  }
  const token = options.state.tokens.get(accessToken);
  if (!token) {
    graphError(res, -124, 'Access token is invalid');
    return null;
  }
  if (token.expiresAt <= options.now()) {
    graphError(res, -216, 'Access token has expired');
    return null;
  }
  const user = findUserByAppId(options.state, token.appUserId);
  if (!user) graphError(res, -124, 'Access token is invalid');
  return user ?? null;
}

/** `GET /v2.0/me` and `GET /v2.0/me/info`, mounted at `<sim>/graph`. */
export function createGraphRouter(options: GraphRouterOptions): Router {
  const router = express.Router();

  router.get('/v2.0/me', (req, res) => {
    const accessToken = req.get('access_token') ?? '';
    const expectedProof = createHmac('sha256', options.appSecret).update(accessToken).digest('hex');
    if (!secretsMatch(req.get('appsecret_proof'), expectedProof)) {
      return graphError(res, -242, 'appsecret_proof is invalid');
    }
    const user = tokenUser(req, res, options);
    if (!user) return;
    const fields = new Set(String(req.query['fields'] ?? 'id,name').split(','));
    // ZALO.md's success shape carries no `error` field; clients must accept it missing.
    res.status(200).json({
      id: user.appUserId,
      ...(fields.has('name') ? { name: user.name } : {}),
      ...(fields.has('picture') ? { picture: { data: { url: user.pictureUrl } } } : {}),
    });
  });

  /** Phone exchange (*unconfirmed* endpoint): the code from getPhoneNumber() plus the app secret. */
  router.get('/v2.0/me/info', (req, res) => {
    if (!secretsMatch(req.get('secret_key'), options.appSecret)) return graphError(res, -242, 'secret_key is invalid');
    const user = tokenUser(req, res, options);
    if (!user) return;
    const code = req.get('code') ?? '';
    if (options.state.phoneCodes.get(code) !== user.appUserId) return graphError(res, -201, 'Invalid parameter: code');
    options.state.phoneCodes.delete(code);
    res.status(200).json({ data: { number: user.phone }, error: 0, message: 'Success' });
  });

  return router;
}
