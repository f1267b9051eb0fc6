import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { DueItem, ReviewedUid } from '../../contract';
import { cityToday, isDue } from './dates';
import { DEFAULT_LOCALE } from './locales';
import { ownerName, usersById } from './owners';
import { reviewRowSchema, reviews } from './store';
import { draftTitles, titleKey } from './titles';
import { translationState } from './translation';

/**
 * The "due for review" list: entries whose review date has come, and translations that may be out
 * of date, of the types the reader may read. Every row of those types is read at once: a city has
 * thousands of entries at most, and the translation flag needs each document's default-locale row.
 */
export async function dueList(strapi: Core.Strapi, uids: ReviewedUid[], now: Date): Promise<DueItem[]> {
  if (uids.length === 0) return [];
  const rows = z.array(reviewRowSchema).parse(await reviews(strapi).findMany({ where: { contentType: { $in: uids } } }));
  const sources = new Map(rows.filter((row) => row.entryLocale === DEFAULT_LOCALE).map((row) => [`${row.contentType} ${row.entryDocumentId}`, row]));
  const today = cityToday(now);

  const listed = rows
    .map((row) => ({ row, due: isDue(row.reviewDue, today), stale: translationState(row.entryLocale, row, sources.get(`${row.contentType} ${row.entryDocumentId}`) ?? null)?.outOfDate ?? false }))
    .filter(({ due, stale }) => due || stale);

  const owners = await usersById(strapi, listed.map(({ row }) => row.ownerId).filter((id): id is number => id !== null));
  const titles = new Map<string, Map<string, string>>();
  for (const uid of uids) titles.set(uid, await draftTitles(strapi, uid, listed.filter(({ row }) => row.contentType === uid).map(({ row }) => row.entryDocumentId)));

  const items: DueItem[] = [];
  for (const { row, due, stale } of listed) {
    const title = titles.get(row.contentType)?.get(titleKey(row.entryDocumentId, row.entryLocale));
    if (title === undefined) continue; // deleted since
    const owner = row.ownerId === null ? undefined : owners.get(row.ownerId);
    items.push({ uid: row.contentType as ReviewedUid, documentId: row.entryDocumentId, locale: row.entryLocale, title, ownerName: owner ? ownerName(owner) : null, reviewDue: row.reviewDue, due, translationOutOfDate: stale });
  }
  // Longest overdue first; flagged translations without a due date after them.
  return items.sort((a, b) => (a.reviewDue && a.due ? a.reviewDue : '9999').localeCompare(b.reviewDue && b.due ? b.reviewDue : '9999') || a.title.localeCompare(b.title));
}

