import type { Core } from '@strapi/strapi';
import { REQUEST_UID } from '../api/service-request/domain/constants';
import { syncAdminRole, TRIAGE_ROLE } from './admin-roles';

interface FieldMetadata {
  edit?: Record<string, unknown>;
  list?: Record<string, unknown>;
}
interface Configuration {
  settings?: Record<string, unknown>;
  metadatas?: Record<string, FieldMetadata>;
  layouts?: { list?: string[]; edit?: unknown };
}
interface ContentTypesService {
  findConfiguration(contentType: unknown): Promise<Configuration & { uid: string }>;
  updateConfiguration(contentType: unknown, configuration: Configuration): Promise<unknown>;
}

/** What staff see in the admin list of requests; they can filter by any of these. */
const LIST_COLUMNS = ['reference', 'requestStatus', 'divisionKey', 'serviceForm', 'priority', 'createdAt'];
const LABELS: Record<string, { label: string; description?: string; editable?: boolean }> = {
  reference: { label: 'Reference', editable: false },
  requestStatus: { label: 'Status', description: 'Changing it adds a line to the history and, with a public note, emails the resident.' },
  divisionKey: { label: 'Division' },
  serviceForm: { label: 'Service form', editable: false },
  priority: { label: 'Priority' },
  createdAt: { label: 'Received' },
  nextPublicNote: { label: 'Public note for the next change', description: 'The resident reads it in the email and the status look-up. Saved into the history, then cleared.' },
  nextInternalNote: { label: 'Internal note for the next change', description: 'Staff only. Saved into the history, then cleared.' },
  statusHistory: { label: 'History', description: 'Written by the CMS.', editable: false },
  answers: { label: 'Answers', editable: false },
  formSnapshot: { label: 'Form as answered', editable: false },
  contact: { label: 'Resident', editable: false },
};

/** Lists requests newest first with the columns triage needs. */
async function configureAdminList(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('content-manager').service('content-types') as ContentTypesService;
  const contentType = strapi.contentType(REQUEST_UID);
  const { uid: _uid, ...current } = await service.findConfiguration(contentType);
  const metadatas = { ...current.metadatas };
  for (const [field, meta] of Object.entries(LABELS)) {
    const existing = metadatas[field] ?? {};
    metadatas[field] = {
      ...existing,
      edit: { ...existing.edit, label: meta.label, ...(meta.description ? { description: meta.description } : {}), ...(meta.editable === false ? { editable: false } : {}) },
      list: { ...existing.list, label: meta.label },
    };
  }
  await service.updateConfiguration(contentType, {
    ...current,
    settings: { ...current.settings, mainField: 'reference', defaultSortBy: 'createdAt', defaultSortOrder: 'DESC', filterable: true, searchable: true, pageSize: 20 },
    metadatas,
    layouts: { ...current.layouts, list: LIST_COLUMNS },
  });
}

/** The Triage role and the admin list of requests (its demo account: demo-accounts.ts). */
export async function ensureTriage(strapi: Core.Strapi): Promise<void> {
  await syncAdminRole(strapi, TRIAGE_ROLE);
  await configureAdminList(strapi);
}
