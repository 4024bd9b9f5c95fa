import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { hashSecret } from '@tds/bot-server/auth/session-tokens';
import { openStore } from '@tds/bot-server/store/open-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../support/api-client';
import { demo } from '../support/demo';
import { spawnServer } from '../support/server-process';
import { createTestDatabase, storeKind, type TestDatabase } from '../support/test-store';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

/** `npm run backup` / `npm run restore` as an operator types them (same script, without npm's banner). */
function storeCommand(command: 'backup' | 'restore', args: string[], env: Record<string, string>) {
  return run(process.execPath, ['--import', 'tsx', 'bot-server/src/commands/store-backup.ts', command, ...args], { cwd: repoRoot, env: { ...process.env, ...env } });
}

// The online backup API is SQLite's; PostgreSQL is backed up with pg_dump (docs/deploy.md).
describe.runIf(storeKind === 'sqlite')('SQLite backup and restore', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('backs up while the server writes, refuses to restore over it, and restores every acknowledged write elsewhere', { timeout: 90_000 }, async () => {
    const env = { DATA_DIR: database.dataDir, DATABASE_URL: database.url };
    const backupFile = join(database.dataDir, 'sao-luu.sqlite');
    const server = await spawnServer(env);
    const acknowledged: string[] = [];
    let beforeBackup: string[] = [];
    try {
      const { token } = await signInAs(server.url, demo.primaryPrincipal);
      const body = JSON.stringify({ unitId: 'th-dak-koi', role: 'teacher', maxUses: 1, validDays: 1 });
      let stop = false;
      const writers = Array.from({ length: 3 }, async () => {
        while (!stop) {
          const response = await fetch(`${server.url}/api/org/join-codes`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
          if (response.status === 201) acknowledged.push(((await response.json()) as { code: string }).code);
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      beforeBackup = [...acknowledged];
      const backedUp = await storeCommand('backup', [backupFile], env);
      expect(backedUp.stdout).toContain('Đã sao lưu');
      const during = acknowledged.length - beforeBackup.length;

      const refused = await storeCommand('restore', [backupFile], env).catch((error: { code: number; stderr: string }) => error);
      expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining('đang được tiến trình') });
      stop = true;
      await Promise.all(writers);
      expect(beforeBackup.length).toBeGreaterThan(5);
      expect(during).toBeGreaterThan(0); // the server kept answering writes while the backup ran
    } finally {
      await server.stop();
    }

    const fresh = join(database.dataDir, 'khoi-phuc', 'store.sqlite');
    const restored = await storeCommand('restore', [backupFile], { DATA_DIR: database.dataDir, DATABASE_URL: fresh });
    expect(restored.stdout).toContain('Đã khôi phục');
    const store = await openStore(fresh);
    try {
      const stored = new Set((await store.db.selectFrom('join_codes').select('code_hash').execute()).map((row) => row.code_hash));
      expect(beforeBackup.filter((code) => !stored.has(hashSecret(code)))).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
