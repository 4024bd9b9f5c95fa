import { loadConfig } from './config';
import { startServer } from './server';

/** Entry point: `npm start` (sandbox by default) or NODE_ENV=production with real Zalo settings. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  const running = await startServer(config);
  const publicBase = config.host === '0.0.0.0' || config.host === '::' ? running.url : running.url.replace('127.0.0.1', config.host);
  const lines = [
    '',
    `Thi Đua Số đang chạy (${config.mode === 'sandbox' ? 'chế độ sandbox, Zalo mô phỏng' : 'production'})`,
    `  API:              ${publicBase}/api   (kiểm tra: ${publicBase}/healthz)`,
  ];
  if (running.sandbox) {
    lines.push(
      `  Mini app:         ${publicBase}/`,
      `  Chat với bot:     ${publicBase}/zalo-sim/chat`,
      `  Dữ liệu:          ${config.databaseUrl.startsWith('postgres') ? 'PostgreSQL' : config.databaseUrl}`,
      `  Mã tham gia thử:  ${running.sandbox.demoJoinCode}`,
    );
  }
  console.log(lines.join('\n'));

  const shutdown = (signal: string) => {
    running.ctx.logger.info({ signal }, 'shutting down');
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('Không khởi động được máy chủ:', error instanceof Error ? error.message : error);
  process.exit(1);
});
