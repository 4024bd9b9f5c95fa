import { hashSecret } from '@tds/bot-server/auth/session-tokens';
import { openStore } from '@tds/bot-server/store/open-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../support/api-client';
import { demo } from '../support/demo';
import { spawnServer } from '../support/server-process';
import { createTestDatabase, storeAvailable, storeKind, type TestDatabase } from '../support/test-store';

describe.runIf(storeAvailable())(`acknowledged writes survive kill -9 (${storeKind})`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('keeps every join code the server answered 201 for, across three crashes under load', async () => {
    const acknowledged: string[] = [];
    for (let round = 0; round < 3; round++) {
      const server = await spawnServer({ DATA_DIR: database.dataDir, DATABASE_URL: database.url });
      try {
        const { token } = await signInAs(server.url, demo.primaryPrincipal);
        const body = JSON.stringify({ unitId: 'th-dak-koi', role: 'teacher', maxUses: 1, validDays: 1 });
        let stop = false;
        const writers = Array.from({ length: 4 }, async () => {
          while (!stop) {
            try {
              const response = await fetch(`${server.url}/api/org/join-codes`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
              if (response.status === 201) acknowledged.push(((await response.json()) as { code: string }).code);
            } catch {
              return; // the server died mid-request: that write was never acknowledged
            }
          }
        });
        await new Promise((resolve) => setTimeout(resolve, 400 + round * 150));
        await server.kill9();
        stop = true;
        await Promise.all(writers);
      } finally {
        await server.stop();
      }
    }
    expect(acknowledged.length).toBeGreaterThan(10);
    const store = await openStore(database.url);
    try {
      const stored = new Set((await store.db.selectFrom('join_codes').select('code_hash').execute()).map((row) => row.code_hash));
      const lost = acknowledged.filter((code) => !stored.has(hashSecret(code)));
      expect(lost).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
