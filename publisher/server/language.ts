import { DEFAULT_LOCALE, LOCALES, type Locale } from '@city/shared/locales';

/**
 * The site's language that a browser's Accept-Language asks for most: the highest `q` first, a
 * regional tag matching its language (`ar-EG` is `ar`), the default language when none matches.
 * `/` sends a visitor there; the chooser page at `/index.html` still lists every language.
 */
export function preferredLocale(header: string | string[] | undefined, locales: readonly Locale[] = LOCALES, fallback: Locale = DEFAULT_LOCALE): Locale {
  const ranges = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.split(';').map((item) => item.trim());
      const q = params.find((param) => /^q=/i.test(param));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((range) => range.tag !== '' && range.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  for (const { tag } of ranges) {
    const found = locales.find((locale) => tag === locale || tag.startsWith(`${locale}-`));
    if (found) return found;
  }
  return fallback;
}
