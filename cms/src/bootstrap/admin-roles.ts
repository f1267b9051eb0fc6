import type { Core } from '@strapi/strapi';
import { CALENDAR_UID } from '../lib/city-calendar';
import { EDITORIAL_TYPES } from './content-types';

interface AdminPermission {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}
interface AdminAction {
  actionId: string;
  section: string;
  subjects?: string[];
}
interface RoleService {
  create(attributes: { name: string; code: string; description: string }): Promise<{ id: number }>;
  assignPermissions(roleId: number, permissions: AdminPermission[]): Promise<unknown>;
  createRolesIfNoneExist(): Promise<void>;
}
interface ContentTypeService {
  getPermissionsWithNestedFields(actions: AdminAction[], options?: { restrictedSubjects?: string[] }): AdminPermission[];
}
interface PermissionService {
  actionProvider: { values(): AdminAction[] };
}
interface UserService {
  create(attributes: Record<string, unknown>): Promise<{ id: number }>;
}

export interface AdminRoleSpec {
  code: string;
  name: string;
  description: string;
  /** Content types this role may work on, with the content-manager actions it gets on them. */
  contentTypes: { uids: readonly string[]; actions: readonly string[] };
  /** Content types this role may only read in the admin. */
  readOnly?: readonly string[];
  /** RBAC conditions on the content-type permissions (e.g. only requests in the user's divisions). */
  conditions?: readonly string[];
  /** Limits an action to these fields (default: every field). */
  fieldsByAction?: Readonly<Record<string, readonly string[]>>;
  extraActions: readonly string[];
}

const CONTENT_MANAGER = 'plugin::content-manager.explorer';

export const EDITOR_ROLE: AdminRoleSpec = {
  code: 'strapi-editor',
  name: 'Editor',
  description: 'Edits and publishes the city\'s content in every language. Never sees service requests.',
  contentTypes: {
    // The city calendar is staff-only content: editors keep it, the public never reads it.
    // Reply templates: the words staff start from on the Requests desk, kept by editors.
    uids: [...EDITORIAL_TYPES.map((t) => t.uid), CALENDAR_UID, 'api::reply-template.reply-template'],
    actions: ['create', 'read', 'update', 'delete', 'publish'].map((a) => `${CONTENT_MANAGER}.${a}`),
  },
  // Editors see whether their last publish reached the site, and why not.
  readOnly: ['api::site-build.site-build'],
  extraActions: [
    // The Scheduled page and the entry's scheduling panel (src/plugins/scheduling).
    'plugin::scheduling.read',
    // The Form metrics page (src/plugins/form-metrics): counts only, nothing about a resident.
    'plugin::form-metrics.read',
    'plugin::upload.read',
    'plugin::upload.configure-view',
    'plugin::upload.assets.create',
    'plugin::upload.assets.update',
    'plugin::upload.assets.download',
    'plugin::upload.assets.copy-link',
  ],
};

/**
 * Staff who handle residents' requests: they read every request and change its status, priority,
 * division and the notes of the next change, and nothing else (no content, no settings, no media
 * library). The history, answers, contact and reference are read-only to them: the history is
 * written by the CMS from their changes (see service-request/lib/status-history.ts).
 */
export const TRIAGE_ROLE: AdminRoleSpec = {
  code: 'triage',
  name: 'Triage',
  description: 'Reads and updates service requests. Nothing else.',
  contentTypes: {
    uids: ['api::service-request.service-request'],
    actions: ['read', 'update'].map((a) => `${CONTENT_MANAGER}.${a}`),
  },
  fieldsByAction: {
    [`${CONTENT_MANAGER}.update`]: ['requestStatus', 'priority', 'divisionKey', 'nextPublicNote', 'nextInternalNote'],
  },
    // In the content manager too, a triage officer reads and changes only their divisions' requests.
  conditions: ['plugin::requests-desk.in-my-divisions'],
  extraActions: ['plugin::requests-desk.work'],
};

/**
 * Supervisors see every division's requests, on the desk and in the content manager, read the
 * dashboard and say which divisions each staff member works in.
 */
export const SUPERVISOR_ROLE: AdminRoleSpec = {
  code: 'supervisor',
  name: 'Supervisor',
  description: 'Works every division\'s service requests, reads the desk\'s dashboard and sets who works in which division.',
  contentTypes: TRIAGE_ROLE.contentTypes,
  fieldsByAction: TRIAGE_ROLE.fieldsByAction,
  extraActions: ['plugin::requests-desk.work', 'plugin::requests-desk.supervise'],
};

/** Builds the permissions of a role from its spec: every field, every locale. */
export function permissionsFor(strapi: Core.Strapi, spec: AdminRoleSpec): AdminPermission[] {
  const permissionService = strapi.service('admin::permission') as unknown as PermissionService;
  const contentTypeService = strapi.service('admin::content-type') as unknown as ContentTypeService;
  const actions = permissionService.actionProvider
    .values()
    .filter((a) => a.section === 'contentTypes' && spec.contentTypes.actions.includes(a.actionId));
  const allSubjects = Object.keys(strapi.contentTypes);
  const restrictedSubjects = allSubjects.filter((uid) => !spec.contentTypes.uids.includes(uid));
  const contentPermissions = contentTypeService
    .getPermissionsWithNestedFields(actions, { restrictedSubjects })
    // locales: null means every locale, including ones a city adds later.
    .map((p) => ({ ...p, properties: { ...p.properties, locales: null }, conditions: [...(spec.conditions ?? [])] }))
    .map((p) => {
      const fields = spec.fieldsByAction?.[p.action];
      return fields ? { ...p, properties: { ...p.properties, fields: [...fields] } } : p;
    });
  const readOnlyUids = spec.readOnly ?? [];
  const readActions = permissionService.actionProvider.values().filter((a) => a.actionId === `${CONTENT_MANAGER}.read`);
  const readOnlyPermissions = contentTypeService
    .getPermissionsWithNestedFields(readActions, { restrictedSubjects: allSubjects.filter((uid) => !readOnlyUids.includes(uid)) })
    .map((p) => ({ ...p, conditions: [] }));
  return [...contentPermissions, ...readOnlyPermissions, ...spec.extraActions.map((action) => ({ action, conditions: [] }))];
}

/** Creates the role when missing, then replaces its permissions with exactly the coded ones. */
export async function syncAdminRole(strapi: Core.Strapi, spec: AdminRoleSpec): Promise<number> {
  const roleService = strapi.service('admin::role') as unknown as RoleService;
  await roleService.createRolesIfNoneExist();
  const existing = (await strapi.db.query('admin::role').findOne({ where: { code: spec.code } })) as { id: number } | null;
  const roleId = existing
    ? existing.id
    : (await roleService.create({ name: spec.name, code: spec.code, description: spec.description })).id;
  await strapi.db.query('admin::role').update({ where: { id: roleId }, data: { name: spec.name, description: spec.description } });
  await roleService.assignPermissions(roleId, permissionsFor(strapi, spec));
  return roleId;
}

/**
 * Creates an admin account for a role when the environment names one. The password comes from the
 * environment; `npm start` generates it on first run and prints it once.
 */
export async function ensureAdminUser(
  strapi: Core.Strapi,
  account: { email?: string; password?: string; firstname: string; lastname: string; roleId: number },
): Promise<'created' | 'exists' | 'skipped'> {
  if (!account.email || !account.password) return 'skipped';
  const email = account.email.toLowerCase();
  const existing = await strapi.db.query('admin::user').findOne({ where: { email } });
  if (existing) return 'exists';
  const userService = strapi.service('admin::user') as unknown as UserService;
  await userService.create({
    email,
    password: account.password,
    firstname: account.firstname,
    lastname: account.lastname,
    isActive: true,
    roles: [account.roleId],
    registrationToken: null,
  });
  return 'created';
}
