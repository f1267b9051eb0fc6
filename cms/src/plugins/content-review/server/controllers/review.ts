import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import { clockNow } from '../../../../lib/clock';
import { entryKeySchema, isReviewed, updateReviewSchema, type DueAnswer, type EntryKey, type FieldErrorsAnswer, type Owner, type PanelAnswer, type ReviewAnswer } from '../../contract';
import { canEdit, requireEdit, requireRead, requireSomeReadable } from '../lib/access';
import { cityToday, isDue, nextReviewDate } from '../lib/dates';
import { dueList } from '../lib/due-list';
import { DEFAULT_LOCALE } from '../lib/locales';
import { isPossibleOwner, listOwners } from '../lib/owners';
import { findReview, saveReview } from '../lib/store';
import { draftTitles, titleKey } from '../lib/titles';
import { translationState } from '../lib/translation';

type Ctx = Parameters<Core.MiddlewareHandler>[0];
interface AdminState {
  userAbility: { can(action: string, subject?: unknown): boolean };
}
const abilityOf = (ctx: Ctx) => (ctx.state as unknown as AdminState).userAbility;

function refuse(ctx: Ctx, fields: FieldErrorsAnswer['errors']): void {
  ctx.status = 400;
  ctx.body = { errors: fields } satisfies FieldErrorsAnswer;
}

/** The input, or field errors answered (400) and undefined. */
function parse<T extends z.ZodTypeAny>(ctx: Ctx, schema: T, input: unknown): z.infer<T> | undefined {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  refuse(ctx, parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || 'body', code: issue.code === 'invalid_type' && issue.received === 'undefined' ? 'required' : 'invalid' })));
  return undefined;
}

async function requireEntry(strapi: Core.Strapi, key: EntryKey): Promise<void> {
  if (!isReviewed(key.uid) || !(await draftTitles(strapi, key.uid, [key.documentId])).has(titleKey(key.documentId, key.locale))) throw new errors.NotFoundError('Entry not found');
}

async function answerFor(strapi: Core.Strapi, key: EntryKey, editable: boolean): Promise<ReviewAnswer> {
  const row = await findReview(strapi, key);
  const source = key.locale === DEFAULT_LOCALE ? null : await findReview(strapi, { ...key, locale: DEFAULT_LOCALE });
  return {
    applicable: true,
    ownerId: row?.ownerId ?? null,
    reviewDue: row?.reviewDue ?? null,
    lastReviewedAt: row?.lastReviewedAt ?? null,
    due: isDue(row?.reviewDue, cityToday(clockNow())),
    translation: translationState(key.locale, row, source),
    canEdit: editable,
  };
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The side panel: the entry's owner, review date and translation state in one locale. */
  async entry(ctx: Ctx) {
    const ability = abilityOf(ctx);
    requireSomeReadable(ability);
    const key = parse(ctx, entryKeySchema, ctx.query);
    if (!key) return;
    requireRead(ability, key.uid);
    if (!isReviewed(key.uid)) {
      ctx.body = { applicable: false } satisfies PanelAnswer;
      return;
    }
    await requireEntry(strapi, key);
    ctx.body = (await answerFor(strapi, key, canEdit(ability, key.uid))) satisfies PanelAnswer;
  },

  /** Sets the owner and the review date from the side panel; a new date or owner gets its own reminder. */
  async update(ctx: Ctx) {
    const ability = abilityOf(ctx);
    requireSomeReadable(ability);
    const input = parse(ctx, updateReviewSchema, ctx.request.body);
    if (!input) return;
    const { ownerId, reviewDue, ...key } = input;
    requireEdit(ability, key.uid);
    await requireEntry(strapi, key);
    if (ownerId !== null && !(await isPossibleOwner(strapi, ownerId))) return refuse(ctx, [{ field: 'ownerId', code: 'unknown-owner' }]);
    const before = await findReview(strapi, key);
    const changed = before?.ownerId !== ownerId || before?.reviewDue !== reviewDue;
    await saveReview(strapi, key, { ownerId, reviewDue, ...(changed ? { remindedFor: null } : {}) });
    ctx.body = await answerFor(strapi, key, true);
  },

  /** "Mark as reviewed": the next review is a full interval from today. */
  async markReviewed(ctx: Ctx) {
    const ability = abilityOf(ctx);
    requireSomeReadable(ability);
    const key = parse(ctx, entryKeySchema, ctx.request.body);
    if (!key) return;
    requireEdit(ability, key.uid);
    await requireEntry(strapi, key);
    const now = clockNow();
    await saveReview(strapi, key, { reviewDue: nextReviewDate(now), lastReviewedAt: now, remindedFor: null });
    ctx.body = await answerFor(strapi, key, true);
  },

  /** "The translation is still right": clears the flag until the default locale changes again. */
  async confirmTranslation(ctx: Ctx) {
    const ability = abilityOf(ctx);
    requireSomeReadable(ability);
    const key = parse(ctx, entryKeySchema, ctx.request.body);
    if (!key) return;
    requireEdit(ability, key.uid);
    if (key.locale === DEFAULT_LOCALE) return refuse(ctx, [{ field: 'locale', code: 'invalid' }]);
    await requireEntry(strapi, key);
    await saveReview(strapi, key, { translationConfirmedAt: new Date() });
    ctx.body = await answerFor(strapi, key, true);
  },

  /** Who may own an entry (the side panel's choice). */
  async owners(ctx: Ctx) {
    requireSomeReadable(abilityOf(ctx));
    ctx.body = { owners: await listOwners(strapi) } satisfies { owners: Owner[] };
  },

  /** The "due for review" page. */
  async due(ctx: Ctx) {
    const uids = requireSomeReadable(abilityOf(ctx));
    ctx.body = { items: await dueList(strapi, uids, clockNow()) } satisfies DueAnswer;
  },
});
