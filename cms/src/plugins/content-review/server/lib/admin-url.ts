import type { Core } from '@strapi/strapi';
import type { EntryKey } from '../../contract';

/**
 * The entry's page in the admin, for the reminder's link: the admin's absolute address when it has
 * one, else the CMS's public address (PUBLIC_URL) or this server's, and the admin's path.
 */
export function adminEntryUrl(strapi: Core.Strapi, key: EntryKey): string {
  const adminPath = String(strapi.config.get('admin.url', '/admin') || '/admin');
  const server = String(strapi.config.get('server.url', '') || `http://localhost:${String(strapi.config.get('server.port', 1337))}`);
  const admin = /^https?:\/\//.test(adminPath) ? adminPath : `${server.replace(/\/+$/, '')}/${adminPath.replace(/^\/+/, '')}`;
  const url = new URL(`${admin.replace(/\/+$/, '')}/content-manager/collection-types/${key.uid}/${encodeURIComponent(key.documentId)}`);
  url.searchParams.set('plugins[i18n][locale]', key.locale);
  return url.href;
}
