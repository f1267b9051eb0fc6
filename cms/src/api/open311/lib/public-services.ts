import type { Core, UID } from '@strapi/strapi';

/**
 * Which services' requests Open311 may show: a service form's "Requests listed publicly" box
 * (`open311Public`, not public unless ticked). Ticking takes effect when the form is published;
 * unticking hides the requests at once, even before it is published, because every version of the
 * form (draft and published, each language) must say public.
 */
const FORM_UID = 'api::service-form.service-form';

export interface FormVisibilityRow {
  code?: unknown;
  open311Public?: unknown;
  publishedAt?: unknown;
}

/** The codes whose every version is ticked public and of which at least one version is published. */
export function publicCodesOf(rows: readonly FormVisibilityRow[]): string[] {
  const published = new Set<string>();
  const hidden = new Set<string>();
  for (const row of rows) {
    if (typeof row.code !== 'string') continue;
    if (row.open311Public !== true && row.open311Public !== 1) hidden.add(row.code);
    else if (row.publishedAt) published.add(row.code);
  }
  return [...published].filter((code) => !hidden.has(code)).sort();
}

interface FormRows {
  findMany(params: { select: string[] }): Promise<FormVisibilityRow[]>;
}

export async function publicServiceCodes(strapi: Core.Strapi): Promise<string[]> {
  const rows = await (strapi.db.query(FORM_UID as UID.Schema) as unknown as FormRows).findMany({ select: ['code', 'open311Public', 'publishedAt'] });
  return publicCodesOf(rows);
}
