import { randomInt } from 'node:crypto';
import { createServer } from 'node:net';
import { openStore } from '@tds/bot-server/store/open-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoad } from '../bench/load';
import { signInAs } from '../support/api-client';
import { demo } from '../support/demo';
import { initiative } from '../support/samples';
import { spawnServer, type ServerProcess } from '../support/server-process';
import { createTestDatabase, storeAvailable, storeKind, type TestDatabase } from '../support/test-store';

/** Crashes under load; 10 by default, TDS_CRASHES to change (each costs a restart of 2–4 s). */
const crashes = Number(process.env.TDS_CRASHES ?? 10);

/** A loopback port nobody holds now, so every restart of the server comes back at the same address. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

describe.runIf(storeAvailable())(`acknowledged writes survive kill -9 (${storeKind})`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it(`keeps every submission the server answered 2xx for, across ${crashes} kill -9 at random moments under ~200 submissions/s from a second process`, { timeout: 180_000 }, async () => {
    const env = { DATA_DIR: database.dataDir, DATABASE_URL: database.url, PORT: String(await freePort()) };
    let server: ServerProcess = await spawnServer(env);
    try {
      // The session is signed with the secret kept in DATA_DIR, so it stays valid across the restarts.
      const { token } = await signInAs(server.url, demo.primaryTeacher);
      const load = startLoad({
        url: `${server.url}/api/submissions`,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ kind: 'initiative', data: initiative([]) }),
        uniqueHeader: 'idempotency-key',
        ratePerSecond: 200,
        concurrency: 16,
        durationMs: 170_000,
        maxRequests: 1_000_000,
        collectIds: true,
      });
      for (let crash = 0; crash < crashes; crash++) {
        await new Promise((resolve) => setTimeout(resolve, randomInt(300, 1_500)));
        await server.kill9();
        server = await spawnServer(env);
      }
      // A last stretch of load on the restarted server, then the worker stops and reports.
      await new Promise((resolve) => setTimeout(resolve, 500));
      load.stop();
      const { acknowledged = [], requests } = await load.result;
      console.info(`[durability] ${storeKind}: ${crashes} × kill -9, ${requests} requests, ${acknowledged.length} acknowledged`);
      // One last crash: the store is read with no server left that could still be writing (or holding locks).
      await server.kill9();
      expect(acknowledged.length).toBeGreaterThan(crashes * 20);
      const store = await openStore(database.url);
      try {
        const stored = new Set((await store.db.selectFrom('submissions').select('id').execute()).map((row) => row.id));
        const lost = acknowledged.filter((id) => !stored.has(id));
        expect({ requests, acknowledged: acknowledged.length, lost }).toEqual({ requests, acknowledged: acknowledged.length, lost: [] });
      } finally {
        await store.close();
      }
    } finally {
      await server.stop();
    }
  });
});
