import type { Session } from '@tds/shared';

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
}

/** Minimal JSON client for HTTP tests: the body is parsed when it is JSON, else left as text. */
export async function api<T = unknown>(base: string, method: string, path: string, options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] ??= 'application/json';
  const response = await fetch(`${base}${path}`, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text, the test decides
  }
  return { status: response.status, body: parsed as T };
}

/** Signs in as a demo person exactly as the mini app does: a simulator-minted Zalo token, then /api/auth/zalo. */
export async function signInAs(base: string, personId: string): Promise<Session> {
  const people = await api<Array<{ personId: string; zaloAppUserId: string }>>(base, 'GET', '/sandbox/demo-people');
  const person = people.body.find((candidate) => candidate.personId === personId);
  if (!person) throw new Error(`no demo person ${personId}`);
  const token = await api<{ accessToken: string }>(base, 'POST', '/sandbox/zalo-token', { body: { zaloAppUserId: person.zaloAppUserId } });
  const session = await api<Session>(base, 'POST', '/api/auth/zalo', { body: { accessToken: token.body.accessToken } });
  if (session.status !== 200) throw new Error(`sign-in failed: ${session.status} ${JSON.stringify(session.body)}`);
  return session.body;
}

/** Sessions for every demo role the tests act as, keyed like `demo` in tests/support/demo.ts. */
export async function signInAll<K extends string>(base: string, people: Record<K, string>): Promise<Record<K, string>> {
  const tokens = {} as Record<K, string>;
  for (const [who, personId] of Object.entries(people) as Array<[K, string]>) tokens[who] = (await signInAs(base, personId)).token;
  return tokens;
}
