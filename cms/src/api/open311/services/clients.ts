import type { Core, UID } from '@strapi/strapi';
import { z } from 'zod';
import { CLIENT_UID } from '../lib/constants';
import { generateApiKey, hashApiKey, keyPrefixOf, MIN_KEY_LENGTH } from '../lib/keys';

/**
 * The applications allowed to submit through Open311. A key is printed once when it is made and
 * only its hash is kept; staff revoke a client by unticking "Enabled" in the admin.
 */
export const clientSchema = z.object({
  id: z.number(),
  documentId: z.string(),
  name: z.string(),
  enabled: z.boolean().nullish().transform((value) => value !== false),
});
export type Open311Client = z.infer<typeof clientSchema>;

interface ClientQuery {
  findOne(params: { where: Record<string, unknown>; select?: string[] }): Promise<unknown>;
}
interface ClientDocuments {
  create(params: { data: Record<string, unknown> }): Promise<unknown>;
}

/** Reads go straight to the table (one indexed look-up per request); writes through the Document Service, which gives each row its documentId. */
const clientRows = (strapi: Core.Strapi) => strapi.db.query(CLIENT_UID as UID.Schema) as unknown as ClientQuery;
const clientDocuments = (strapi: Core.Strapi) => strapi.documents(CLIENT_UID as UID.ContentType) as unknown as ClientDocuments;
const SELECT = ['id', 'documentId', 'name', 'enabled'];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The enabled client this key belongs to, or undefined for an unknown or revoked key. */
  async verify(key: string): Promise<Open311Client | undefined> {
    if (key.length < MIN_KEY_LENGTH || key.length > 200) return undefined;
    const row = await clientRows(strapi).findOne({ where: { keyHash: hashApiKey(key) }, select: SELECT });
    const client = row ? clientSchema.parse(row) : undefined;
    return client?.enabled ? client : undefined;
  },

  /** A new client with a fresh key; the key is returned once and never stored. */
  async create(name: string): Promise<{ client: Open311Client; key: string }> {
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.length > 120) throw new Error('A client name of 1 to 120 characters is required.');
    const key = generateApiKey();
    const row = await clientDocuments(strapi).create({ data: { name: trimmed, enabled: true, keyHash: hashApiKey(key), keyPrefix: keyPrefixOf(key) } });
    return { client: clientSchema.parse(row), key };
  },

  /**
   * Makes sure a client with this key exists (the demo key from OPEN311_DEMO_KEY). An existing
   * client keeps its enabled flag: a key revoked in the admin stays revoked across restarts.
   */
  async ensure(name: string, key: string): Promise<'created' | 'present'> {
    if (key.length < MIN_KEY_LENGTH) throw new Error(`An Open311 key must be at least ${MIN_KEY_LENGTH} characters.`);
    const keyHash = hashApiKey(key);
    const existing = await clientRows(strapi).findOne({ where: { keyHash }, select: ['id'] });
    if (existing) return 'present';
    await clientDocuments(strapi).create({ data: { name, enabled: true, keyHash, keyPrefix: keyPrefixOf(key) } });
    return 'created';
  },
});

export type ClientsService = ReturnType<typeof import('./clients').default>;
export const open311Clients = (strapi: Core.Strapi): ClientsService => strapi.service('api::open311.clients') as unknown as ClientsService;
