import type { Core, UID } from '@strapi/strapi';
import { z } from 'zod';
import { OUTBOX_UID } from '../../../lib/constants';
import { textAsHtml } from './text-as-html';
import { unsubscribeHeaders } from '../../service-request/lib/update-links';

/** A message as the outbox sends it: plain text, and HTML with the same content when there is one. */
export interface EmailContent {
  subject: string;
  text: string;
  html?: string;
}

/**
 * Outgoing email goes through a table: the request is stored first, then its message is queued
 * here, and a worker sends what is due. A send that fails is retried later with a growing delay,
 * so an SMTP outage never loses a message nor blocks or fails a request. Several CMS instances
 * may run the worker: each message is claimed with a conditional update before it is sent.
 */
export interface OutboxSettings {
  intervalMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  maxAttempts: number;
  /** How long a claim holds before another worker may take the message (a crashed sender). */
  claimMs: number;
  batchSize: number;
}

export function outboxSettings(env: NodeJS.ProcessEnv = process.env): OutboxSettings {
  const int = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return Number.isFinite(value) && value > 0 ? value : fallback;
  };
  return {
    intervalMs: int('OUTBOX_INTERVAL_MS', 5_000),
    retryBaseMs: int('OUTBOX_RETRY_BASE_MS', 30_000),
    retryMaxMs: int('OUTBOX_RETRY_MAX_MS', 3_600_000),
    maxAttempts: int('OUTBOX_MAX_ATTEMPTS', 12),
    claimMs: int('OUTBOX_CLAIM_MS', 60_000),
    batchSize: int('OUTBOX_BATCH_SIZE', 20),
  };
}

/** The delay before attempt n+1 after n failures: base, 2×base, 4×base… capped. */
export function retryDelayMs(failures: number, settings: Pick<OutboxSettings, 'retryBaseMs' | 'retryMaxMs'>): number {
  return Math.min(settings.retryBaseMs * 2 ** Math.max(0, failures - 1), settings.retryMaxMs);
}

const messageRowSchema = z.object({
  id: z.number(),
  recipient: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string().nullish(),
  kind: z.string(),
  requestReference: z.string().nullish(),
  attempts: z.number(),
});

interface QueryEngine {
  create(params: { data: Record<string, unknown>; select: string[] }): Promise<unknown>;
  findMany(params: Record<string, unknown>): Promise<unknown[]>;
  updateMany(params: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<{ count: number }>;
  update(params: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<unknown>;
}
interface EmailService {
  send(options: { to: string; subject: string; text: string; html?: string; headers?: Record<string, string> }): Promise<unknown>;
}

/**
 * The headers of a message, made when it is sent rather than stored: they follow from its kind and
 * request, and a status email queued before they existed gets them too. An update email carries
 * its request's one-click opt-out (RFC 8058); the confirmation is always sent, so it has none.
 */
export function headersFor(message: { kind: string; requestReference?: string | null }): { headers: Record<string, string> } | undefined {
  if (message.kind !== 'status_change' || !message.requestReference) return undefined;
  return { headers: unsubscribeHeaders(message.requestReference) };
}

const listeners = new Set<() => void>();

/**
 * Queues an email. Resolves once it is stored; sending happens in the worker. Inside a transaction
 * (the intake stores the request and its confirmation together) the message commits or rolls back
 * with it, and the worker is woken after the commit, when it can see the message.
 *
 * Straight to the table: the rows are written by this code only, and the Document Service would
 * add a validation pass and a fully populated re-read for its entry.create event to every submission.
 */
export async function enqueueEmail(
  strapi: Core.Strapi,
  message: EmailContent & ({ kind: 'request_confirmation' | 'status_change' | 'staff_notice'; requestReference: string } | { kind: 'review_due' | 'form_save' }) & { recipient: string },
): Promise<void> {
  const messages = strapi.db.query(OUTBOX_UID as UID.Schema) as unknown as QueryEngine;
  const now = new Date();
  // publishedAt: what the Document Service sets on a type without draft & publish.
  await messages.create({ data: { ...message, state: 'pending', attempts: 0, nextAttemptAt: now, publishedAt: now }, select: ['id'] });
  // Wake the worker now rather than at its next tick: residents expect the confirmation at once.
  if (strapi.db.inTransaction()) await strapi.db.transaction(({ onCommit }) => onCommit(wakeWorkers));
  else wakeWorkers();
}

function wakeWorkers(): void {
  for (const wake of listeners) wake();
}

/** What a sent "continue your request" email keeps of its text: the link in it opened the saved answers. */
export const SENT_LINK_REMOVED = '(Removed once sent: this email held a link to saved answers.)';

/** Sends every due message once; says how many were sent and how many failed. */
export async function deliverDue(strapi: Core.Strapi, settings: OutboxSettings): Promise<{ sent: number; failed: number }> {
  const messages = strapi.db.query(OUTBOX_UID as UID.Schema) as unknown as QueryEngine;
  const email = strapi.plugin('email').service('email') as EmailService;
  const now = new Date();
  const unclaimed = { $or: [{ lockedUntil: null }, { lockedUntil: { $lt: now } }] };
  const due = z
    .array(messageRowSchema)
    .parse(await messages.findMany({ where: { state: 'pending', nextAttemptAt: { $lte: now }, ...unclaimed }, orderBy: { nextAttemptAt: 'asc' }, limit: settings.batchSize }));
  let sent = 0;
  let failed = 0;
  for (const message of due) {
    const claimed = await messages.updateMany({
      where: { id: message.id, state: 'pending', ...unclaimed },
      data: { lockedUntil: new Date(Date.now() + settings.claimMs) },
    });
    if (claimed.count !== 1) continue; // another worker has it
    const attempts = message.attempts + 1;
    try {
      // Sent as multipart/alternative; a row queued before html was stored gets its text escaped as HTML.
      await email.send({
        to: message.recipient,
        subject: message.subject,
        text: message.text,
        html: message.html || textAsHtml(message.subject, message.text),
        ...(headersFor(message) ?? {}),
      });
      // A sent link to saved answers is not kept: the table of saves holds only the token's hash (api/form-save).
      const forgetLink = message.kind === 'form_save' ? { text: SENT_LINK_REMOVED, html: null } : {};
      await messages.update({ where: { id: message.id }, data: { state: 'sent', sentAt: new Date(), attempts, lockedUntil: null, lastError: null, ...forgetLink } });
      sent += 1;
    } catch (error) {
      failed += 1;
      const reason = error instanceof Error ? error.message : String(error);
      const giveUp = attempts >= settings.maxAttempts;
      await messages.update({
        where: { id: message.id },
        data: {
          state: giveUp ? 'failed' : 'pending',
          attempts,
          lockedUntil: null,
          lastError: reason.slice(0, 2000),
          nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts, settings)),
        },
      });
      strapi.log.warn(`Outbox: sending message ${message.id} failed (attempt ${attempts}${giveUp ? ', giving up' : ''}): ${reason}`);
    }
  }
  return { sent, failed };
}

/** Runs the worker every intervalMs, and at once when a message is queued unless the last send failed. Returns a stop function. */
export function startOutboxWorker(strapi: Core.Strapi, settings: OutboxSettings = outboxSettings()): () => void {
  let running = false;
  let again = false;
  // After a failed send (the mail server down, most often), a new message no longer wakes the
  // worker until its next tick: trying each one at once would only add two writes per submission
  // to a database that is taking submissions, for a send that fails the same way.
  let failing = false;
  const tick = async (fromTimer: boolean) => {
    if (fromTimer) failing = false;
    else if (failing) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const { failed } = await deliverDue(strapi, settings);
        if (failed > 0) {
          failing = true;
          again = false;
        }
      } while (again);
    } catch (error) {
      strapi.log.error(`Outbox worker: ${error instanceof Error ? error.stack : String(error)}`);
    } finally {
      running = false;
    }
  };
  const wake = () => void tick(false);
  listeners.add(wake);
  const timer = setInterval(() => void tick(true), settings.intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    listeners.delete(wake);
  };
}
