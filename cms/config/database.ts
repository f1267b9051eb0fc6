import path from 'node:path';
import type { Core } from '@strapi/strapi';

/**
 * PostgreSQL when DATABASE_URL is set (production), otherwise an embedded SQLite file under
 * cms/data/ so a newcomer needs no database server.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const url = env('DATABASE_URL', '');
  if (url) {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: url,
          ssl: env.bool('DATABASE_SSL', false) ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) } : false,
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }
  // Compiled config lives in dist/config, so the app root is two levels up.
  const appRoot = path.resolve(__dirname, '..', '..');
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.resolve(appRoot, env('DATABASE_FILENAME', 'data/portal.db')) },
      useNullAsDefault: true,
    },
  };
};
