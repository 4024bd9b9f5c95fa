import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadConfig } from '../config';
import { backupSqlite, restoreSqlite } from '../store/backup';

/**
 * `npm run backup -- [file]` and `npm run restore -- <file> [--force]` for the SQLite store named by
 * DATABASE_URL / DATA_DIR (the same settings the server reads). PostgreSQL has its own tools.
 */
async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const force = rest.includes('--force');
  const [file] = rest.filter((arg) => arg !== '--force');
  const config = loadConfig();
  if (/^postgres(ql)?:\/\//.test(config.databaseUrl)) {
    throw new Error('DATABASE_URL là PostgreSQL: sao lưu bằng pg_dump -Fc, khôi phục bằng pg_restore (xem docs/deploy.md)');
  }
  // npm runs the script inside bot-server/; a relative path means where the user typed the command.
  const fromUser = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);
  if (command === 'backup') {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const target = file ? fromUser(file) : join(config.dataDir, 'backups', `thiduaso-${stamp}.sqlite`);
    mkdirSync(dirname(target), { recursive: true });
    const { pages } = await backupSqlite(config.databaseUrl, target);
    console.log(`Đã sao lưu ${config.databaseUrl} → ${target} (${pages} trang)`);
  } else if (command === 'restore' && file) {
    await restoreSqlite(fromUser(file), config.databaseUrl, { force });
    console.log(`Đã khôi phục ${config.databaseUrl} từ ${fromUser(file)}`);
  } else {
    throw new Error('Cách dùng: npm run backup -- [tệp đích] | npm run restore -- <tệp sao lưu> [--force]');
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
