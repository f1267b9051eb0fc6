import type { Core } from '@strapi/strapi';
import type { Team } from '../../contract';
import { divisionsOf, setDivisions, staffName } from './scope';
import { deskUsers, isSupervisorUser } from './staff';

export async function team(strapi: Core.Strapi): Promise<Team> {
  const users = await deskUsers(strapi);
  return Promise.all(
    users.map(async (user) => ({
      id: user.id,
      name: staffName(user),
      email: user.email,
      roles: (user.roles ?? []).map((role) => role.name),
      supervisor: isSupervisorUser(user),
      divisions: await divisionsOf(strapi, user.id),
    })),
  );
}

/** Sets a desk user's divisions; refuses keys no department has, and people without a desk role. */
export async function updateMember(strapi: Core.Strapi, userId: number, divisions: string[], known: ReadonlySet<string>): Promise<'ok' | 'notFound' | 'unknownDivision'> {
  if (!(await deskUsers(strapi)).some((user) => user.id === userId)) return 'notFound';
  if (divisions.some((division) => !known.has(division))) return 'unknownDivision';
  await setDivisions(strapi, userId, divisions);
  return 'ok';
}
