import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { Owner } from '../../contract';

const adminUserSchema = z.object({
  id: z.number(),
  firstname: z.string().nullish(),
  lastname: z.string().nullish(),
  email: z.string(),
  preferedLanguage: z.string().nullish(),
  isActive: z.boolean().nullish(),
  blocked: z.boolean().nullish(),
});
export type AdminUser = z.infer<typeof adminUserSchema>;

export const ownerName = (user: Pick<AdminUser, 'firstname' | 'lastname' | 'email'>): string => [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email;

const FIELDS = ['id', 'firstname', 'lastname', 'email', 'preferedLanguage', 'isActive', 'blocked'];
const canOwn = (user: AdminUser) => user.isActive !== false && user.blocked !== true;

/** The admin users who may own an entry: active and not blocked. Names only leave the server, never emails. */
export async function listOwners(strapi: Core.Strapi): Promise<Owner[]> {
  const users = z.array(adminUserSchema).parse(await strapi.db.query('admin::user').findMany({ select: FIELDS, orderBy: [{ firstname: 'asc' }, { lastname: 'asc' }] }));
  return users.filter(canOwn).map((user) => ({ id: user.id, name: ownerName(user) }));
}

/** Admin users by id (the reminder sweep and the due list read several at once). */
export async function usersById(strapi: Core.Strapi, ids: number[]): Promise<Map<number, AdminUser>> {
  if (ids.length === 0) return new Map();
  const users = z.array(adminUserSchema).parse(await strapi.db.query('admin::user').findMany({ select: FIELDS, where: { id: { $in: [...new Set(ids)] } } }));
  return new Map(users.map((user) => [user.id, user]));
}

export async function isPossibleOwner(strapi: Core.Strapi, id: number): Promise<boolean> {
  const user = (await usersById(strapi, [id])).get(id);
  return Boolean(user && canOwn(user));
}
