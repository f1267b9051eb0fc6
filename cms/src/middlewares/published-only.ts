import type { Core } from '@strapi/strapi';
import { isUnder } from './path-canonical';

/**
 * The content API serves published content only. Strapi lets any role that may `find` ask for
 * `status=draft`; a city must never leak an unpublished page, so that parameter is refused here.
 * Editors preview drafts in the admin, which does not go through /api.
 * Open311 is exempt: its `status=open|closed` filters requests by state and serves no content.
 * The path is canonical (canonical-path runs first); letter case is ignored as well, so the check
 * never depends on how the router matches.
 */
const OPEN311_PREFIX = '/api/open311/';

const publishedOnly: Core.MiddlewareFactory = () => async (ctx, next) => {
  if (isUnder(ctx.path, '/api/') && !isUnder(ctx.path, OPEN311_PREFIX)) {
    const status = (ctx.query as Record<string, unknown>).status;
    if (status !== undefined && status !== 'published') {
      ctx.status = 400;
      ctx.body = {
        data: null,
        error: { status: 400, name: 'ValidationError', message: 'Only published content is served.', details: { key: 'status' } },
      };
      return;
    }
  }
  await next();
};

export default publishedOnly;
