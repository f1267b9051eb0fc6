import type { Core } from '@strapi/strapi';
import { canonicalPath } from './path-canonical';

/**
 * First in the chain: every later middleware, the router and every check see one spelling of the
 * path (see path-canonical.ts). A malformed escape, an encoded slash, backslash or NUL, or a
 * `.`/`..` segment is refused: decoding it would name another route or file.
 */
const MESSAGES = {
  escape: 'The address has a malformed or forbidden percent-escape.',
  segment: 'The address has a "." or ".." segment.',
};

const canonical: Core.MiddlewareFactory = () => async (ctx, next) => {
  const result = canonicalPath(ctx.path);
  if (!result.ok) {
    ctx.status = 400;
    ctx.body = { data: null, error: { status: 400, name: 'BadRequestError', message: MESSAGES[result.reason], details: { key: 'path' } } };
    return;
  }
  if (result.path !== ctx.path) ctx.path = result.path;
  await next();
};

export default canonical;
