import type { Core } from '@strapi/strapi';
import type { Team } from '../../contract';
import { divisionsByUser, setDivisions, staffName } from './scope';
import { deskUsers, isSupervisorUser } from './staff';

export async function team(strapi: Core.Strapi): Promise<Team> {
  const [users, divisions] = await Promise.all([deskUsers(strapi), divisionsByUser(strapi)]);
  return users.map((user) => ({
    id: user.id,
    name: staffName(user),
    email: user.email,
    roles: (user.roles ?? []).map((role) => role.name),
    supervisor: isSupervisorUser(user),
    divisions: divisions.get(user.id) ?? [],
  }));
}

/** Sets a desk user's divisions; refuses keys no department has, and people without a desk role. */
export async function updateMember(strapi: Core.Strapi, userId: number, divisions: string[], known: ReadonlySet<string>): Promise<'ok' | 'notFound' | 'unknownDivision'> {
  if (!(await deskUsers(strapi)).some((user) => user.id === userId)) return 'notFound';
  if (divisions.some((division) => !known.has(division))) return 'unknownDivision';
  await setDivisions(strapi, userId, divisions);
  return 'ok';
}
