import type { Core, UID } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '@city/shared/locales';
import { FORM_UID } from '../../../lib/constants';

/**
 * Which services' requests Open311 may show: a service form's "Requests listed publicly" box
 * (`open311Public`, not public unless ticked). Ticking takes effect when the form is published;
 * unticking the default language's draft hides the requests at once, before it is published. Every
 * published version (each language) and the default language's draft must be ticked. Other
 * languages' drafts do not count: Strapi does not always copy this shared box into them.
 */

export interface FormVisibilityRow {
  code?: unknown;
  locale?: unknown;
  open311Public?: unknown;
  publishedAt?: unknown;
}

/** The codes ticked public in every published version and in the default language's draft, with at least one published. */
export function publicCodesOf(rows: readonly FormVisibilityRow[], defaultLocale: string = DEFAULT_LOCALE): string[] {
  const published = new Set<string>();
  const hidden = new Set<string>();
  for (const row of rows) {
    if (typeof row.code !== 'string') continue;
    if (!row.publishedAt && row.locale !== defaultLocale) continue;
    if (row.open311Public !== true && row.open311Public !== 1) hidden.add(row.code);
    else if (row.publishedAt) published.add(row.code);
  }
  return [...published].filter((code) => !hidden.has(code)).sort();
}

interface FormRows {
  findMany(params: { select: string[] }): Promise<FormVisibilityRow[]>;
}

export async function publicServiceCodes(strapi: Core.Strapi): Promise<string[]> {
  const rows = await (strapi.db.query(FORM_UID as UID.Schema) as unknown as FormRows).findMany({ select: ['code', 'locale', 'open311Public', 'publishedAt'] });
  return publicCodesOf(rows);
}
