import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  rest: {
    defaultLimit: env.int('API_DEFAULT_LIMIT', 25),
    // A cap keeps one request from reading the whole database.
    maxLimit: env.int('API_MAX_LIMIT', 100),
    withCount: true,
    // Unknown query parameters are refused instead of silently ignored.
    strictParams: true,
  },
});
