import { afterAll, beforeAll } from 'vitest';
import type { Clock } from '@tds/bot-server/context';
import { signInAll } from './api-client';
import { demo } from './demo';
import { startTestServer, type TestServer } from './test-server';

/** The sandbox server for one test file, with a session for every demo person; stopped after the file. */
export function useDemoServer(options: { clock?: Clock } = {}): { readonly server: TestServer; readonly token: Record<keyof typeof demo, string> } {
  let server: TestServer | undefined;
  let token = {} as Record<keyof typeof demo, string>;
  beforeAll(async () => {
    server = await startTestServer({}, options);
    token = await signInAll(server.url, demo);
  });
  afterAll(async () => {
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error('the demo server is not started: use it inside a test');
      return server;
    },
    get token() {
      return token;
    },
  };
}
