import i18next, { type i18n as I18nInstance } from 'i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../locales/index.js';
import { en, type Messages } from './en.js';
import { es } from './es.js';

export { en, es, type Messages };

/** Every language's interface strings. `satisfies` makes a language missing here a type error. */
export const resources = { en, es } satisfies Record<Locale, Messages>;

/** Dotted paths to every string in `Messages`, e.g. `'service.start'`. */
type KeyPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : KeyPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type MessageKey = KeyPaths<Messages>;

/** A missing, empty or extra string in one language, or interpolation that differs from English. */
export interface CompletenessProblem {
  locale: string;
  key: string;
  problem: 'missing' | 'empty' | 'extra' | 'placeholders differ';
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();

function flatten(value: unknown, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.set(prefix, value);
  }
  return into;
}

/**
 * Compares each language with English. The type system already catches this at compile time; this
 * check also runs when the site builds (`createI18n`), so a build that skipped type checking fails too.
 */
export function findCompletenessProblems(all: Record<string, unknown> = resources): CompletenessProblem[] {
  const reference = flatten(all.en);
  const problems: CompletenessProblem[] = [];
  for (const [locale, messages] of Object.entries(all)) {
    if (locale === 'en') continue;
    const strings = flatten(messages);
    for (const [key, english] of reference) {
      const text = strings.get(key);
      if (text === undefined) problems.push({ locale, key, problem: 'missing' });
      else if (typeof text !== 'string' || text.trim() === '') problems.push({ locale, key, problem: 'empty' });
      else if (typeof english === 'string' && placeholders(english).join() !== placeholders(text).join()) {
        problems.push({ locale, key, problem: 'placeholders differ' });
      }
    }
    for (const key of strings.keys()) if (!reference.has(key)) problems.push({ locale, key, problem: 'extra' });
  }
  return problems;
}

export function assertComplete(all: Record<string, unknown> = resources): void {
  const problems = findCompletenessProblems(all);
  if (problems.length > 0) {
    const lines = problems.map((p) => `  ${p.locale}: ${p.key} (${p.problem})`).join('\n');
    throw new Error(`Interface strings are incomplete:\n${lines}`);
  }
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export interface PageI18n {
  locale: Locale;
  t: Translate;
  /** Text direction for `<html dir>`. */
  dir: 'ltr' | 'rtl';
}

let shared: I18nInstance | undefined;
const byLocale = new Map<Locale, PageI18n>();

/**
 * The interface strings of one language. One i18next instance serves the whole process and is
 * never switched between languages: each language gets a `t` fixed to it (`getFixedT`), so
 * concurrent renders in different languages cannot change each other's text. Creating an
 * instance per component cost most of the build's rendering time (about 5 ms each, a dozen per
 * page), so each language's `t` is made once and reused. Values are HTML-escaped by the template
 * engine, not here.
 */
export function createI18n(locale: Locale): PageI18n {
  const known = byLocale.get(locale);
  if (known) return known;
  if (!shared) {
    assertComplete();
    shared = i18next.createInstance();
    void shared.init({
      lng: DEFAULT_LOCALE,
      supportedLngs: [...LOCALES],
      // A key missing in Spanish must never quietly show English: the checks above forbid it.
      fallbackLng: false,
      resources: Object.fromEntries(LOCALES.map((code) => [code, { translation: resources[code] }])),
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
    });
  }
  const fixed = shared.getFixedT(locale);
  // Most strings take no values; i18next's lookup is slow enough to matter over thousands of pages.
  const plain = new Map<MessageKey, string>();
  const t: Translate = (key, values) => {
    if (values) return fixed(key, values) as string;
    let text = plain.get(key);
    if (text === undefined) {
      text = fixed(key, {}) as string;
      plain.set(key, text);
    }
    return text;
  };
  const made: PageI18n = Object.freeze({ locale, t, dir: shared.dir(locale) });
  byLocale.set(locale, made);
  return made;
}
