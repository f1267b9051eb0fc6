import type { Core } from '@strapi/strapi';
import { z } from 'zod';

/** The admin's two languages. */
export const ADMIN_LANGUAGES = ['en', 'es'] as const;
export type AdminLanguage = (typeof ADMIN_LANGUAGES)[number];

const isAdminLanguage = (value: string): value is AdminLanguage => (ADMIN_LANGUAGES as readonly string[]).includes(value);

/** What the admin's auth leaves on the request: the signed-in user (with the language set in their profile). */
const requestSchema = z.object({
  state: z.object({ user: z.object({ preferedLanguage: z.string().nullish() }).nullish() }).nullish(),
  headers: z.record(z.string(), z.unknown()).nullish(),
});

/** The first admin language in an Accept-Language header, by the browser's order of preference. */
function fromAcceptLanguage(header: unknown): AdminLanguage | undefined {
  if (typeof header !== 'string') return undefined;
  const ranked = header
    .split(',')
    .map((part, order) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const quality = Number(rest.find((item) => item.trim().startsWith('q='))?.trim().slice(2) ?? '1');
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', quality: Number.isFinite(quality) ? quality : 0, order };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  return ranked.map((entry) => entry.base).find(isAdminLanguage);
}

/**
 * The language the editor reads the admin in: the one chosen in their profile (Strapi keeps it as
 * `preferedLanguage`), else the browser's (the admin's own default when none was chosen), else English.
 */
export function adminLanguageOf(request: unknown): AdminLanguage {
  const parsed = requestSchema.safeParse(request);
  if (!parsed.success) return 'en';
  const chosen = parsed.data.state?.user?.preferedLanguage;
  if (chosen) return isAdminLanguage(chosen) ? chosen : 'en';
  return fromAcceptLanguage(parsed.data.headers?.['accept-language']) ?? 'en';
}

/** The admin language of the request being served (English outside a request: scripts, cron). */
export const currentAdminLanguage = (strapi: Core.Strapi): AdminLanguage => adminLanguageOf(strapi.requestContext.get());
