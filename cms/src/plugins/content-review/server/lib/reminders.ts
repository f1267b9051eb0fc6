import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { enqueueEmail } from '../../../../api/outbox-message/lib/outbox';
import { clockNow } from '../../../../lib/clock';
import { isReviewed } from '../../contract';
import { adminEntryUrl } from './admin-url';
import { cityToday } from './dates';
import { reminderEmail } from './reminder-email';
import { ownerName, usersById } from './owners';
import { reviewRowSchema, reviews } from './store';
import { draftTitles, titleKey } from './titles';

/**
 * Emails each owner once per review date: a row due and not yet reminded for its date is claimed
 * (`remindedFor` set to the date, conditionally, so two CMS instances never both send) and its
 * email queued in the outbox in the same transaction. Marking reviewed, or a new date or owner,
 * clears `remindedFor`: the next date gets its own reminder.
 */
export async function sendDueReminders(strapi: Core.Strapi, now: Date): Promise<number> {
  const today = cityToday(now);
  const due = z
    .array(reviewRowSchema)
    .parse(await reviews(strapi).findMany({ where: { reviewDue: { $lte: today }, remindedFor: null, ownerId: { $notNull: true } }, orderBy: { reviewDue: 'asc' } }));
  const owners = await usersById(strapi, due.map((row) => row.ownerId).filter((id): id is number => id !== null));
  let queued = 0;
  for (const row of due) {
    const owner = row.ownerId === null ? undefined : owners.get(row.ownerId);
    const uid = row.contentType;
    if (!owner || !row.reviewDue || !isReviewed(uid) || owner.isActive === false || owner.blocked === true) continue;
    const title = (await draftTitles(strapi, uid, [row.entryDocumentId])).get(titleKey(row.entryDocumentId, row.entryLocale));
    if (title === undefined) continue; // the entry is gone; its row goes with the next delete
    const key = { uid, documentId: row.entryDocumentId, locale: row.entryLocale };
    const reviewDue = row.reviewDue;
    const sent = await strapi.db.transaction(async () => {
      const claimed = await reviews(strapi).updateMany({ where: { id: row.id, remindedFor: null, reviewDue }, data: { remindedFor: reviewDue } });
      if (claimed.count !== 1) return false;
      const email = reminderEmail({ language: owner.preferedLanguage, ownerName: ownerName(owner), uid, title, locale: row.entryLocale, reviewDue, editUrl: adminEntryUrl(strapi, key) });
      await enqueueEmail(strapi, { ...email, kind: 'review_due', recipient: owner.email });
      return true;
    });
    if (sent) queued += 1;
  }
  return queued;
}

/** Runs the sweep every CONTENT_REVIEW_INTERVAL_MS (an hour unless set) and once at start. Returns a stop function. */
export function startReminderWorker(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env): () => void {
  const interval = Number(env.CONTENT_REVIEW_INTERVAL_MS);
  const intervalMs = Number.isFinite(interval) && interval > 0 ? interval : 3_600_000;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await sendDueReminders(strapi, clockNow());
    } catch (error) {
      strapi.log.error(`Content review reminders: ${error instanceof Error ? error.stack : String(error)}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
