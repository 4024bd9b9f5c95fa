import { loadConfig, type Config } from '@tds/bot-server/config';
import { startServer, type RunningServer, type StartOptions } from '@tds/bot-server/server';
import { createTestDatabase, type StoreKind, type TestDatabase } from './test-store';

export interface TestServer extends RunningServer {
  database: TestDatabase;
  /** Stops the server and drops its database. */
  stop(): Promise<void>;
}

/** The real sandbox server (simulator, demo data) on a random loopback port and a fresh database. */
export async function startTestServer(env: Record<string, string> = {}, options: StartOptions & { store?: StoreKind } = {}): Promise<TestServer> {
  const database = await createTestDatabase(options.store);
  const config: Config = loadConfig({
    PORT: '0',
    DATA_DIR: database.dataDir,
    DATABASE_URL: database.url,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const running = await startServer(config, options);
  return {
    ...running,
    database,
    async stop() {
      await running.close();
      await database.drop();
    },
  };
}
