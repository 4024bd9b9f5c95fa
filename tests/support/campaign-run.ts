import { createScheduler } from '@tds/bot-server/scheduler/scheduler';
import type { TestServer } from './test-server';

const DAY_MS = 86_400_000;

/** A clock the test moves: the server reads `now()`, the run sets it. */
export interface SettableClock {
  now(): Date;
  set(instant: Date): void;
}

export function settableClock(start: Date): SettableClock {
  let now = start;
  return { now: () => now, set: (instant) => (now = instant) };
}

/**
 * Instants at the given Vietnam hours (7.5 = 07:30) on each day from `from` to `to` (both
 * "YYYY-MM-DD", included) that `keep` accepts: a simulated campaign ticks only where it matters.
 */
export function dailyInstants(from: string, to: string, hours: number[], keep: (day: string, hour: number) => boolean = () => true): Date[] {
  const instants: Date[] = [];
  for (let midnight = new Date(`${from}T00:00:00+07:00`).getTime(); midnight <= new Date(`${to}T00:00:00+07:00`).getTime(); midnight += DAY_MS) {
    const day = new Date(midnight + 7 * 3_600_000).toISOString().slice(0, 10);
    for (const hour of hours) if (keep(day, hour)) instants.push(new Date(midnight + hour * 3_600_000));
  }
  return instants;
}

/** Runs the scheduler's tick at each instant, in order, on the server's injected clock. */
export async function tickAt(server: TestServer, clock: SettableClock, instants: Date[]): Promise<void> {
  const scheduler = createScheduler(server.ctx, () => undefined);
  for (const instant of instants) {
    clock.set(instant);
    await scheduler.tick();
  }
}

/** The Vietnam day ("YYYY-MM-DD") an outbox row was created on. */
export const vnDayOf = (iso: string): string => new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
