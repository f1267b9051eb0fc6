import type { Core } from '@strapi/strapi';

type PopulateTree = Record<string, unknown>;

/**
 * A route middleware that sets the populate tree for an API, so clients never need to know
 * which relations and components to ask for. Whatever populate the client sent is replaced.
 */
export const populateMiddleware =
  (populate: PopulateTree): Core.MiddlewareFactory =>
  () =>
  async (ctx, next) => {
    ctx.query = { ...ctx.query, populate };
    await next();
  };
