import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Clock } from '../../context';
import type { Database } from '../../store/schema';
import type { Channel } from '../../zalo/channel';
import { MAX_MESSAGE_LENGTH, splitMessage } from '../../zalo/split-message';
import { updateOwned, type ClaimedRow, type Recipient, type RowPatch } from './repo';
import { backoffMs, classifySendError, type RetryPolicy } from './retry-policy';
import type { SendRate } from './send-rate';

/** What became of a claimed row. `released`: handed back untouched by this pass; `lost`: another instance took it over. */
export type RowOutcome = 'sent' | 'retry' | 'failed' | 'not_linked' | 'released' | 'lost';

export interface RowDeliveryDeps {
  db: Kysely<Database>;
  channel: Channel;
  clock: Clock;
  rate: SendRate;
  instanceId: string;
  leaseMs: number;
  retry: RetryPolicy;
  linkBase: string | null;
  /** Strings never to store in `last_error` (the bot token). */
  secrets: readonly string[];
  logger: Logger;
  /** Aborted by `stop()`: finish the part in flight, start nothing new. */
  signal: AbortSignal;
}

const Item = z.object({ text: z.string(), link: z.string().nullish() });
/** A message, or a daily digest: a heading and the held messages it carries (`digest.ts`). */
/** `groupChatId`: posted in that group chat instead of the person's own chat (the person is who linked it). */
const Payload = Item.extend({ items: z.array(Item).optional(), groupChatId: z.string().nullish() });
type Payload = z.infer<typeof Payload>;

/** The message as the person reads it: the text, then the mini app link when there is somewhere to point. */
export function composeText(payload: z.infer<typeof Item>, linkBase: string | null): string {
  if (!payload.link || !linkBase || !payload.link.startsWith('/')) return payload.text;
  return `${payload.text}\n\nXem chi tiết: ${linkBase.replace(/\/+$/, '')}${payload.link}`;
}

/**
 * The Zalo messages a payload becomes, each within Zalo's length limit. A digest packs whole items
 * into as few messages as fit, so an item is cut only when it alone is over the limit. The result
 * depends only on the payload and `linkBase`, so a retry resumes at the same part.
 */
export function composeParts(payload: Payload, linkBase: string | null, max: number = MAX_MESSAGE_LENGTH): string[] {
  if (!payload.items) return splitMessage(composeText(payload, linkBase), max);
  const parts: string[] = [];
  let current = payload.text;
  for (const [index, item] of payload.items.entries()) {
    const block = `${index + 1}. ${composeText(item, linkBase)}`;
    if (`${current}\n\n${block}`.length <= max) {
      current = `${current}\n\n${block}`;
      continue;
    }
    parts.push(...splitMessage(current, max));
    current = block;
  }
  parts.push(...splitMessage(current, max));
  return parts;
}

/**
 * Sends one claimed row, part by part. Each delivered part is written down (with the lease renewed)
 * before the next is sent, so a retry, a takeover after a crash or a restart resumes after the last
 * delivered part. Every write is conditional on this instance still holding the claim.
 */
export async function deliverRow(deps: RowDeliveryDeps, row: ClaimedRow, recipient: Recipient | null): Promise<RowOutcome> {
  const { db, clock, instanceId, leaseMs } = deps;
  const owned = { id: row.id, instanceId };
  const finish = async (outcome: RowOutcome, patch: RowPatch) =>
    (await updateOwned(db, owned, { claimed_until: null, ...patch })) ? outcome : 'lost';

  const payload = Payload.safeParse(safeJson(row.payload));
  if (!payload.success) return finish('failed', { status: 'failed', last_error: 'invalid payload' });
  const chatId = payload.data.groupChatId ?? recipient?.chatId;
  if (!chatId || !recipient?.active) {
    const reason = !recipient ? 'recipient not found' : !recipient.active ? 'recipient inactive' : 'no linked bot chat';
    return finish('not_linked', { status: 'not_linked', last_error: reason });
  }
  const parts = composeParts(payload.data, deps.linkBase);
  if (parts.length === 0) return finish('failed', { status: 'failed', last_error: 'empty message' });

  const ids = [...row.providerMessageIds];
  let partsSent = Math.min(row.partsSent, parts.length);
  let leaseEnd = Date.parse(row.claimedUntil);
  while (partsSent < parts.length) {
    if (!(await deps.rate.take(deps.signal))) return 'released';
    const now = clock.now().getTime();
    if (now + leaseMs / 2 > leaseEnd) {
      // Long waits (a 429 pause) eat the lease: take a fresh one, proving the row is still ours.
      if (!(await updateOwned(db, owned, { claimed_until: new Date(now + leaseMs).toISOString() }))) return 'lost';
      leaseEnd = now + leaseMs;
    }
    try {
      const sent = await deps.channel.send({ chatId, text: parts[partsSent]! });
      ids.push(...sent.providerMessageIds);
      partsSent += 1;
    } catch (error) {
      return failed(deps, row, error, { partsSent, ids });
    }
    if (partsSent < parts.length) {
      const at = clock.now().getTime();
      if (!(await updateOwned(db, owned, { partsSent, providerMessageIds: ids, claimed_until: new Date(at + leaseMs).toISOString() }))) return 'lost';
      leaseEnd = at + leaseMs;
      if (deps.signal.aborted) return 'released';
    }
  }
  return finish('sent', { status: 'sent', sent_at: clock.now().toISOString(), partsSent, providerMessageIds: ids, last_error: null });
}

/** A failed part: back to `pending` after a backoff, or `failed` for good; delivered parts stay recorded. */
async function failed(deps: RowDeliveryDeps, row: ClaimedRow, error: unknown, progress: { partsSent: number; ids: string[] }): Promise<RowOutcome> {
  const failure = classifySendError(error, deps.secrets);
  // Zalo's limits are undocumented: a 429 that names no wait teaches the worker its rate.
  if (failure.rateLimited) {
    if (failure.retryAfterMs === undefined) deps.rate.throttled();
    else deps.rate.pause(failure.retryAfterMs);
  }
  const attempts = row.attempts + 1;
  const final = !failure.retryable || attempts >= deps.retry.maxAttempts;
  const now = deps.clock.now().getTime();
  const nextAttemptAt = new Date(now + backoffMs(deps.retry, attempts, failure.retryAfterMs)).toISOString();
  deps.logger.warn({ outboxId: row.id, attempts, final, reason: failure.reason }, 'outbox message not delivered');
  const written = await updateOwned(
    deps.db,
    { id: row.id, instanceId: deps.instanceId },
    {
      status: final ? 'failed' : 'pending',
      attempts,
      last_error: final && failure.retryable ? `${failure.reason} (gave up after ${attempts} attempts)` : failure.reason,
      claimed_until: null,
      partsSent: progress.partsSent,
      providerMessageIds: progress.ids,
      ...(final ? {} : { next_attempt_at: nextAttemptAt }),
    },
  );
  if (!written) return 'lost';
  return final ? 'failed' : 'retry';
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
