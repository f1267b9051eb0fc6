import type { Core } from '@strapi/strapi';

interface ConnectionConfig {
  client?: string;
  connection?: { filename?: string };
}

/** The SQLite database file this CMS runs on (config/database.ts), or undefined on PostgreSQL. */
export function sqliteFilename(strapi: Core.Strapi): string | undefined {
  const database = strapi.config.get('database.connection') as ConnectionConfig;
  return database.client === 'sqlite' ? database.connection?.filename || undefined : undefined;
}
