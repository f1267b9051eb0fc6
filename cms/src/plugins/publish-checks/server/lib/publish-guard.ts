import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkEntry, thresholdsFromEnv, type Finding } from '@city/shared/publish-checks';
import { DEFAULT_LOCALE, isEditorial, LOCALE_CODES } from './editorial';
import { loadDraft } from './run-checks';
import { refusalMessage } from './message';
import { currentAdminLanguage } from '../../../../lib/admin-language';

interface DocumentContext {
  uid: string;
  action: string;
  params: { documentId?: string; locale?: string | string[]; status?: string; data?: Record<string, unknown> };
}

/** The locales a publish call covers: one, several, every one ('*'), or the default. */
function localesOf(locale: string | string[] | undefined): string[] {
  if (locale === '*') return [...LOCALE_CODES];
  if (Array.isArray(locale)) return locale;
  return [locale ?? DEFAULT_LOCALE];
}

const blockingOf = (entry: Record<string, unknown>, locale: string): Finding[] =>
  checkEntry(entry, { locale, thresholds: thresholdsFromEnv(process.env) }).blocking;

/** Refused in the editor's admin language; `code` and the findings let any other client word it itself. */
function refuse(strapi: Core.Strapi, findings: Finding[], uid: string): never {
  throw new errors.ValidationError(refusalMessage(findings, uid, currentAdminLanguage(strapi)), { code: 'publish-checks.refused', publishChecks: findings });
}

/**
 * Publishing an editorial entry with an accessibility error is refused, however it is published:
 * the content manager's Publish (Document Service `publish`, also behind "save and publish"), code
 * calling `publish`, or `create`/`update` with `status: 'published'`, which publish inside the
 * Document Service without passing through `publish`'s middlewares. Warnings never stop publishing.
 */
export function registerPublishGuard(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const { uid, action, params } = context as unknown as DocumentContext;
    if (!isEditorial(uid)) return next();

    if (action === 'publish' && params.documentId) {
      const findings: Finding[] = [];
      for (const locale of localesOf(params.locale)) {
        const draft = await loadDraft(strapi, uid, params.documentId, locale);
        if (draft) findings.push(...blockingOf(draft, locale));
      }
      if (findings.length > 0) refuse(strapi, findings, uid);
    }

    if ((action === 'create' || action === 'update') && params.status === 'published') {
      const locale = typeof params.locale === 'string' ? params.locale : DEFAULT_LOCALE;
      const current = action === 'update' && params.documentId ? await loadDraft(strapi, uid, params.documentId, locale) : null;
      const findings = blockingOf({ ...(current ?? {}), ...(params.data ?? {}) }, locale);
      if (findings.length > 0) refuse(strapi, findings, uid);
    }
    return next();
  });
}
