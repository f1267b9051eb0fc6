import type { Core } from '@strapi/strapi';
import { z } from 'zod';

export const MEMBER_UID = 'plugin::requests-desk.desk-member';
export const WORK_ACTION = 'plugin::requests-desk.work';
export const SUPERVISE_ACTION = 'plugin::requests-desk.supervise';
export const IN_MY_DIVISIONS = 'plugin::requests-desk.in-my-divisions';

/** The signed-in staff member as the admin's auth leaves them on the context. */
export interface StaffUser {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  email?: string;
  preferedLanguage?: string | null;
}

/** What a staff member may see: every division (supervisors) or the listed ones. */
export interface Scope {
  user: StaffUser;
  supervisor: boolean;
  /** null: every division, and requests that have none. */
  divisions: string[] | null;
  /** The admin language the user reads the desk in. */
  language: 'en' | 'es';
}

const divisionsSchema = z.array(z.string()).catch([]);

export async function divisionsOf(strapi: Core.Strapi, userId: number): Promise<string[]> {
  const member = (await strapi.db.query(MEMBER_UID).findOne({ where: { userId } })) as { divisions?: unknown } | null;
  return member ? divisionsSchema.parse(member.divisions) : [];
}

/** Every desk member's divisions, by admin user id, in one read. */
export async function divisionsByUser(strapi: Core.Strapi): Promise<Map<number, string[]>> {
  const members = (await strapi.db.query(MEMBER_UID).findMany({ select: ['userId', 'divisions'] })) as { userId: number; divisions?: unknown }[];
  return new Map(members.map((member) => [member.userId, divisionsSchema.parse(member.divisions)]));
}

export async function setDivisions(strapi: Core.Strapi, userId: number, divisions: string[]): Promise<void> {
  const unique = [...new Set(divisions)].sort();
  const existing = (await strapi.db.query(MEMBER_UID).findOne({ where: { userId } })) as { id: number } | null;
  if (existing) await strapi.db.query(MEMBER_UID).update({ where: { id: existing.id }, data: { divisions: unique } });
  else await strapi.db.query(MEMBER_UID).create({ data: { userId, divisions: unique } });
}

interface Ability {
  can(action: string, subject?: unknown): boolean;
}

export const staffName = (user: Pick<StaffUser, 'firstname' | 'lastname' | 'email'>): string =>
  [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email || '';

export async function scopeOf(strapi: Core.Strapi, user: StaffUser, ability: Ability): Promise<Scope> {
  const supervisor = ability.can(SUPERVISE_ACTION);
  const language = user.preferedLanguage === 'es' ? 'es' : 'en';
  return { user, supervisor, divisions: supervisor ? null : await divisionsOf(strapi, user.id), language };
}

/**
 * Limits a knex query of requests to the scope's divisions (none listed: nothing; knex writes an
 * empty IN as a false condition, where a made-up key with a NUL made PostgreSQL fail).
 */
export function withinScope<T extends { whereIn(column: string, values: readonly string[]): T }>(builder: T, scope: Scope, column = 'r.division_key'): T {
  return scope.divisions === null ? builder : builder.whereIn(column, scope.divisions);
}

export const inScope = (scope: Scope, divisionKey: string | null | undefined): boolean =>
  scope.divisions === null || (typeof divisionKey === 'string' && scope.divisions.includes(divisionKey));

interface ActionProvider {
  registerMany(actions: Record<string, unknown>[]): Promise<void>;
}
interface ConditionProvider {
  register(condition: Record<string, unknown>): Promise<void>;
}

/**
 * The desk's permissions: `work` (Triage, Supervisor) and `supervise` (Supervisor), and a condition
 * that limits the content manager's view of requests to the user's divisions, so the same scoping
 * holds outside the desk's own routes.
 */
export async function registerDeskPermissions(strapi: Core.Strapi): Promise<void> {
  const permissions = strapi.service('admin::permission') as unknown as { actionProvider: ActionProvider; conditionProvider: ConditionProvider };
  await permissions.actionProvider.registerMany([
    { section: 'plugins', displayName: 'Work requests in my divisions', uid: 'work', pluginName: 'requests-desk' },
    { section: 'plugins', displayName: 'Supervise every division', uid: 'supervise', pluginName: 'requests-desk' },
  ]);
  await permissions.conditionProvider.register({
    displayName: 'Request is in one of my divisions',
    name: 'in-my-divisions',
    plugin: 'requests-desk',
    async handler(user: StaffUser) {
      return { divisionKey: { $in: await divisionsOf(strapi, user.id) } };
    },
  });
}
