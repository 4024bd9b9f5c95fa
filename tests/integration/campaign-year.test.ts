import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dailyInstants, settableClock, tickAt } from '../support/campaign-run';
import { startTestServer, type TestServer } from '../support/test-server';
import { storeAvailable, storeKind } from '../support/test-store';

/**
 * The seeded plans driven through whole campaign years on an injected clock: every reminder point
 * of every obligation is planned exactly once per person, even with ticks at odd hours and a
 * three-day outage around the 30/5 deadline.
 */
describe.runIf(storeAvailable())(`a campaign year on an injected clock (${storeKind})`, () => {
  let server: TestServer;
  const clock = settableClock(new Date('2026-01-01T00:00:00+07:00'));
  beforeAll(async () => {
    server = await startTestServer({}, { clock });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('plans 2026 with an outage from 25/5 to 27/5: no duplicates, no stale burst, the 30/5 reminder arrives', async () => {
    // Ticks at 07:30, 13:00 and 22:00 Vietnam time every day of the year, except during the outage 25/5–27/5.
    await tickAt(server, clock, dailyInstants('2026-01-01', '2026-12-31', [7.5, 13, 22], (day) => day < '2026-05-25' || day > '2026-05-27'));
    const rows = await server.ctx.store.db.selectFrom('outbox').select(['dedupe_key', 'recipient_person_id', 'created_at']).where('dedupe_key', 'like', 'reminder:%').execute();
    expect(new Set(rows.map((row) => row.dedupe_key)).size).toBe(rows.length);

    // The commune's yearly 30/5 dossier (a Saturday), for one principal, in working days: 14 (12/5),
    // 7 (21/5), then 3 was due in the outage (27/5) and is sent on 28/5; 1 (Friday 29/5) and 0 on
    // the due day. No 7-day reminder resent after the outage.
    const principal = rows.filter((row) => row.recipient_person_id === 'demo-15' && row.dedupe_key.includes(':2026-05-30:'));
    const byOffset = Object.fromEntries(principal.map((row) => [row.dedupe_key.split(':').at(-1), row.created_at.slice(0, 10)]));
    expect(byOffset).toEqual({ '14': '2026-05-12', '7': '2026-05-21', '3': '2026-05-28', '1': '2026-05-29', '0': '2026-05-30' });
    // Nothing planned in quiet hours unless due that day: every 22:00 row is a due-day (offset 0) row.
    for (const row of rows) {
      const hour = new Date(row.created_at).getUTCHours() + 7;
      if (hour % 24 >= 21) expect(row.dedupe_key.endsWith(':0')).toBe(true);
    }
  });
});
