import { Migrator, sql } from 'kysely';
import type { Store } from '../../store/open-store';
import { migrationProvider } from '../../store/migrations/index';

export interface Readiness {
  /** From now on `/readyz` answers 503, so a load balancer stops sending new requests. */
  markShuttingDown(): void;
  check(): Promise<{ ready: boolean; checks: { store: boolean; migrations: boolean; shuttingDown: boolean } }>;
}

/**
 * Ready = this instance should get traffic: the store answers, every migration this code knows is
 * applied (another instance running older code must not be what migrated), and it is not stopping.
 */
export function createReadiness(store: Store): Readiness {
  let shuttingDown = false;
  const migrator = new Migrator({ db: store.db, provider: migrationProvider });
  return {
    markShuttingDown() {
      shuttingDown = true;
    },
    async check() {
      let storeOk = false;
      let migrationsOk = false;
      try {
        await sql`select 1`.execute(store.db);
        storeOk = true;
        migrationsOk = (await migrator.getMigrations()).every((migration) => migration.executedAt !== undefined);
      } catch {
        // An unreachable store is exactly what this reports; the reason is for the store's own logs.
      }
      return { ready: storeOk && migrationsOk && !shuttingDown, checks: { store: storeOk, migrations: migrationsOk, shuttingDown } };
    },
  };
}
