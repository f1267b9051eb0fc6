import type { Core } from '@strapi/strapi';
import type { Open311Error, Open311Format } from './spec';
import { open311Locale, type Open311ParameterError } from './submission';
import { toXml, type XmlValue } from './xml';
import type { Locale } from '@city/shared/locales';

/**
 * Writing Open311 answers: the format comes from the path's extension (`.xml` or `.json`); every
 * answer, errors included, is a well-formed document of that format. An unknown extension gets a
 * JSON 404.
 */
export type Ctx = Parameters<Core.MiddlewareHandler>[0];

export function formatOf(ctx: Ctx): Open311Format | undefined {
  const format = (ctx.params as Record<string, string | undefined>).format;
  return format === 'xml' || format === 'json' ? format : undefined;
}

/** The language of messages: the `locale` body or query parameter (a language of shared/i18n), English when absent. */
export function localeOf(ctx: Ctx): Locale | undefined {
  const body = (ctx.request as { body?: unknown }).body;
  const fromBody = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).locale : undefined;
  return open311Locale(fromBody ?? (ctx.query as Record<string, unknown>).locale);
}

/** Sends a resource: JSON as is, XML under `root` with the specification's list item names. */
export function send(ctx: Ctx, format: Open311Format, root: string, value: XmlValue, status = 200): void {
  ctx.status = status;
  // Answers depend on live data and on the key: no shared cache may keep them.
  ctx.set('Cache-Control', 'no-store');
  if (format === 'xml') {
    ctx.type = 'application/xml; charset=utf-8';
    ctx.body = toXml(root, value);
  } else {
    ctx.type = 'application/json; charset=utf-8';
    ctx.body = JSON.stringify(value);
  }
}

/** Sends the specification's error list: `[{ code, description }]`, `code` being the HTTP status. */
export function sendErrors(ctx: Ctx, format: Open311Format | undefined, status: number, descriptions: string[]): void {
  const errors: Open311Error[] = descriptions.map((description) => ({ code: status, description }));
  send(ctx, format ?? 'json', 'errors', errors, status);
}

/** Parameter errors as descriptions: `attribute[page_url]: Enter a full web address…`. */
export function describeParameterErrors(errors: Open311ParameterError[]): string[] {
  return errors.map((error) => `${error.field}: ${error.message}`);
}
