import { loadConfig } from '../config';
import { createZaloBotClient } from '../zalo/bot-client';
import { WEBHOOK_PATH } from '../zalo/webhook-receiver';

const usage = 'Cách dùng: npm run zalo -- me | webhook-info | set-webhook | delete-webhook';

/**
 * Registers, inspects and removes the bot's webhook, and checks the bot token, with the same client
 * and settings (ZALO_BOT_TOKEN, ZALO_WEBHOOK_SECRET, PUBLIC_URL, ZALO_BOT_BASE_URL) as the server.
 * Prints JSON so the output can be piped; never prints the token or the secret.
 */
async function main(command: string | undefined): Promise<unknown> {
  const config = loadConfig();
  const { zalo } = config;
  if (!zalo.botBaseUrl) throw new Error('Chưa có địa chỉ Bot API: đặt NODE_ENV=production hoặc ZALO_BOT_BASE_URL');
  const client = createZaloBotClient({ baseUrl: zalo.botBaseUrl, token: zalo.botToken, timeoutMs: 15_000 });
  switch (command) {
    case 'me':
      return client.getMe();
    case 'webhook-info':
      return client.getWebhookInfo();
    case 'set-webhook': {
      if (!config.publicUrl) throw new Error('Thiếu PUBLIC_URL: Zalo cần địa chỉ https công khai của máy chủ');
      return client.setWebhook({ url: `${config.publicUrl.replace(/\/+$/, '')}${WEBHOOK_PATH}`, secret_token: zalo.webhookSecret });
    }
    case 'delete-webhook':
      return client.deleteWebhook();
    default:
      throw new Error(usage);
  }
}

main(process.argv[2]).then(
  (result) => console.log(JSON.stringify(result, null, 2)),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
