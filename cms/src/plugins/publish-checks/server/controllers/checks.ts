import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkRequestSchema, type CheckAnswer } from '../../contract';
import { EDITORIAL_UIDS, isEditorial } from '../lib/editorial';
import { loadDraft, runChecks } from '../lib/run-checks';

type Ctx = Parameters<Core.MiddlewareHandler>[0];
interface AdminState {
  userAbility: { can(action: string, subject?: unknown): boolean };
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The findings for a document's saved draft in one locale, as Publish would see them (and the warnings). */
  async check(ctx: Ctx) {
    const { userAbility } = ctx.state as unknown as AdminState;
    const canRead = (uid: string) => userAbility.can('plugin::content-manager.explorer.read', uid);
    // Refused before the body is read: those who may read no editorial type learn nothing here.
    if (!EDITORIAL_UIDS.some(canRead)) throw new errors.ForbiddenError();
    const parsed = checkRequestSchema.safeParse(ctx.request.body);
    if (!parsed.success) {
      ctx.status = 400;
      ctx.body = { errors: parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || 'body', code: issue.code === 'invalid_type' ? 'required' : 'invalid' })) };
      return;
    }
    const { uid, documentId, locale } = parsed.data;
    // The same right as opening the entry in the content manager: the findings quote its text.
    if (!canRead(uid)) throw new errors.ForbiddenError();
    if (!isEditorial(uid)) {
      ctx.body = { applicable: false } satisfies CheckAnswer;
      return;
    }
    const draft = await loadDraft(strapi, uid, documentId, locale);
    if (!draft) throw new errors.NotFoundError('Document not found');
    ctx.body = { applicable: true, ...(await runChecks(strapi, uid, documentId, draft, locale)) } satisfies CheckAnswer;
  },
});
