import type { Core } from '@strapi/strapi';
import type { Person } from '../../contract';
import { divisionsByUser, staffName, type Scope } from './scope';

const DESK_ROLE_CODES = ['triage', 'supervisor'];

interface UserRow {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  email: string;
  preferedLanguage?: string | null;
  isActive?: boolean;
  roles?: { code: string; name: string }[];
}

/** Active admin users with a desk role. */
export async function deskUsers(strapi: Core.Strapi): Promise<UserRow[]> {
  const users = (await strapi.db.query('admin::user').findMany({
    where: { isActive: true, roles: { code: { $in: DESK_ROLE_CODES } } },
    select: ['id', 'firstname', 'lastname', 'email', 'preferedLanguage'],
    populate: { roles: { select: ['code', 'name'] } },
    orderBy: [{ firstname: 'asc' }, { lastname: 'asc' }],
  })) as UserRow[];
  return users;
}

export const isSupervisorUser = (user: UserRow): boolean => (user.roles ?? []).some((role) => role.code === 'supervisor');

/** Who a request in `divisionKey` can be given to: supervisors, and staff of that division. */
export async function assignableStaff(strapi: Core.Strapi, scope: Scope): Promise<Person[]> {
  const [users, divisions] = await Promise.all([deskUsers(strapi), divisionsByUser(strapi)]);
  const sharesADivision = (user: UserRow) => (divisions.get(user.id) ?? []).some((division) => scope.divisions?.includes(division));
  return users.filter((user) => scope.divisions === null || isSupervisorUser(user) || sharesADivision(user)).map((user) => ({ id: user.id, name: staffName(user) }));
}

export async function personById(strapi: Core.Strapi, id: number | null | undefined): Promise<Person | null> {
  if (!id) return null;
  const user = (await strapi.db.query('admin::user').findOne({ where: { id }, select: ['id', 'firstname', 'lastname', 'email'] })) as UserRow | null;
  return user ? { id: user.id, name: staffName(user) } : null;
}

export async function peopleByIds(strapi: Core.Strapi, ids: number[]): Promise<Map<number, Person>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const users = (await strapi.db.query('admin::user').findMany({ where: { id: { $in: unique } }, select: ['id', 'firstname', 'lastname', 'email'] })) as UserRow[];
  return new Map(users.map((user) => [user.id, { id: user.id, name: staffName(user) }]));
}
