import { describe, expect, it } from 'vitest';
import { createSendRate, sleep } from './send-rate';

/** A send rate on a fake clock whose waits pass instantly, recording how long each take waited. */
function fakeRate(perSecond: number, burst?: number) {
  let t = 0;
  const waits: number[] = [];
  const rate = createSendRate({
    perSecond,
    burst,
    now: () => t,
    wait: async (ms) => {
      waits.push(ms);
      t += ms;
      return true;
    },
  });
  return { rate, waits, advance: (ms: number) => void (t += ms) };
}

describe('createSendRate', () => {
  it('lets a small burst through, then spaces calls at the rate', async () => {
    const { rate, waits } = fakeRate(50, 5);
    for (let i = 0; i < 8; i++) await rate.take();
    expect(waits).toEqual([0, 0, 0, 0, 0, 20, 20, 20]);
  });

  it('defaults the burst to a tenth of a second of traffic, and refills while idle', async () => {
    const { rate, waits, advance } = fakeRate(100);
    for (let i = 0; i < 12; i++) await rate.take();
    expect(waits.filter((ms) => ms === 0)).toHaveLength(10);
    advance(1000);
    waits.length = 0;
    for (let i = 0; i < 10; i++) await rate.take();
    expect(waits.every((ms) => ms === 0)).toBe(true);
  });

  it('100 sends at 50/s take close to 2 s', async () => {
    const { rate, waits } = fakeRate(50);
    for (let i = 0; i < 100; i++) await rate.take();
    expect(waits.reduce((sum, ms) => sum + ms, 0)).toBeGreaterThanOrEqual(1900);
  });

  it('pauses after a 429', async () => {
    const { rate, waits } = fakeRate(1000, 1);
    rate.pause(5000);
    await rate.take();
    expect(waits[0]).toBeGreaterThanOrEqual(5000);
  });

  it('after a 429 without retry_after, slows to what was accepted in the past second and waits for that second to pass', async () => {
    const { rate, waits, advance } = fakeRate(100, 1);
    for (let i = 0; i < 51; i++) await rate.take();
    // 51 calls 10 ms apart: the 51st got the 429, so the provider took 50 in the past half second.
    rate.throttled();
    expect(rate.perSecond()).toBe(50);
    waits.length = 0;
    await rate.take();
    // The oldest of those calls was 500 ms ago: no call until it is a second old.
    expect(waits[0]).toBeCloseTo(500, 0);
    await rate.take();
    expect(waits[1]).toBeCloseTo(20, 0);
    advance(10_000);
    expect(rate.perSecond()).toBeCloseTo(55, 0);
  });

  it('never more than halves the rate at once, nor goes below 1/s, and climbs back to the configured rate', async () => {
    const { rate, advance } = fakeRate(20, 1);
    await rate.take();
    rate.throttled();
    expect(rate.perSecond()).toBe(10);
    for (let i = 0; i < 10; i++) rate.throttled();
    expect(rate.perSecond()).toBe(1);
    advance(38_000);
    expect(rate.perSecond()).toBe(20);
  });

  it('gives up a wait when stopped', async () => {
    const rate = createSendRate({ perSecond: 0.5, burst: 1 });
    await rate.take();
    const stop = new AbortController();
    const pending = rate.take(stop.signal);
    stop.abort();
    expect(await pending).toBe(false);
    expect(await sleep(10_000, stop.signal)).toBe(false);
  });
});
