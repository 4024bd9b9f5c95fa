import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

const production = {
  NODE_ENV: 'production',
  DATA_DIR: '/tmp/tds-config-test',
  PUBLIC_URL: 'https://thiduaso.example.vn',
  SESSION_SECRET: 'x'.repeat(48),
  ZALO_APP_ID: '4318123456789012345',
  ZALO_APP_SECRET: 'app-secret-from-zalo',
  ZALO_BOT_TOKEN: '1234567890:bot-secret-from-zalo',
  ZALO_WEBHOOK_SECRET: 'webhook-secret-of-ours',
};

describe('production configuration', () => {
  it('accepts real settings, pointing at Zalo itself', () => {
    const config = loadConfig(production);
    expect(config).toMatchObject({ mode: 'production', publicUrl: 'https://thiduaso.example.vn', zalo: { graphBaseUrl: 'https://graph.zalo.me', botBaseUrl: 'https://bot-api.zaloplatforms.com' } });
    expect(loadConfig({ ...production, DATABASE_URL: 'postgres://tds:pw@db.internal:5432/thiduaso' }).databaseUrl).toMatch(/^postgres:/);
  });

  it.each([
    ['PUBLIC_URL', 'http://thiduaso.example.vn', /PUBLIC_URL — phải bắt đầu bằng https/],
    ['PUBLIC_URL', 'thiduaso.example.vn', /PUBLIC_URL/],
    ['SESSION_SECRET', '', /SESSION_SECRET cần ít nhất 32 ký tự/],
    ['SESSION_SECRET', 'ngan-qua', /SESSION_SECRET cần ít nhất 32 ký tự/],
    ['ZALO_APP_ID', 'thi-dua-so', /ZALO_APP_ID phải là dãy số/],
    ['ZALO_APP_SECRET', 'abc', /ZALO_APP_SECRET quá ngắn/],
    ['ZALO_BOT_TOKEN', 'bot-secret-without-id', /ZALO_BOT_TOKEN phải có dạng/],
    ['ZALO_WEBHOOK_SECRET', 'short', /ZALO_WEBHOOK_SECRET cần 8–256/],
    ['DATABASE_URL', 'postgres://', /DATABASE_URL phải là/],
    ['DATABASE_URL', 'mysql://tds@db/thiduaso', /DATABASE_URL phải là/],
    ['DATABASE_URL', '', /DATABASE_URL trống/],
    ['METRICS_TOKEN', 'short', /METRICS_TOKEN cần ít nhất 16/],
    ['RETENTION_AUDIT_DAYS', '30', /RETENTION_AUDIT_DAYS tối thiểu 365/],
  ])('refuses %s=%j, naming it', (name, value, message) => {
    expect(() => loadConfig({ ...production, [name]: value })).toThrow(message);
  });

  it('names every bad setting at once', () => {
    expect(() => loadConfig({ ...production, ZALO_APP_ID: 'abc', ZALO_WEBHOOK_SECRET: 'short' })).toThrow(/ZALO_APP_ID .*; ZALO_WEBHOOK_SECRET/);
  });
});
