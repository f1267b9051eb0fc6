import type { Core } from '@strapi/strapi';
import { adminWording } from '../admin-wording';

/**
 * How the admin shows each content type and component, set in code at every start like the roles,
 * so it cannot drift: English labels and descriptions (the admin translates them into the signed-in
 * user's language in the browser, src/admin/wording.ts), the title shown in lists and
 * relations, list columns, field order, and which internal fields are read-only or hidden.
 */
type Row = readonly (readonly [field: string, size: number])[];

interface ViewSpec {
  /** The field that names an entry in lists, relations and dynamic-zone headers. */
  mainField?: string;
  list?: readonly string[];
  edit?: readonly Row[];
  readOnly?: readonly string[];
  hidden?: readonly string[];
  sort?: { by: string; order: 'ASC' | 'DESC' };
}

const formField = (extra: readonly Row[] = []): ViewSpec => ({
  mainField: 'label',
  edit: [[['label', 12]], [['hint', 12]], [['required', 4], ['key', 8]], ...extra, [['showWhen', 12]]],
});

export const VIEW_SPECS: Record<string, ViewSpec> = {
  'api::department.department': {
    mainField: 'name',
    list: ['name', 'summary', 'updatedAt'],
    edit: [[['name', 6], ['slug', 6]], [['summary', 12]], [['body', 12]], [['goals', 12]], [['divisions', 12]], [['documents', 12]], [['contact', 12]], [['services', 6]]],
  },
  'api::service.service': {
    mainField: 'title',
    list: ['title', 'department', 'audience', 'serviceForm', 'updatedAt'],
    edit: [[['title', 6], ['slug', 6]], [['summary', 12]], [['body', 12]], [['department', 6], ['audience', 6]], [['topic', 6], ['timeToComplete', 6]], [['keywords', 12]], [['serviceForm', 6]]],
  },
  'api::service-form.service-form': {
    mainField: 'title',
    list: ['title', 'code', 'questionCount', 'divisionKey', 'department', 'updatedAt'],
    hidden: ['questionCount'],
    edit: [[['title', 6], ['code', 6]], [['introduction', 12]], [['fields', 12]], [['steps', 12]], [['onePerPage', 6]], [['exitPages', 12]], [['department', 6], ['divisionKey', 6]], [['responseTime', 6], ['targetAmount', 3], ['targetUnit', 3]], [['open311Public', 6]], [['confirmationText', 12]], [['services', 6]]],
  },
  'api::page.page': {
    mainField: 'title',
    list: ['title', 'slug', 'updatedAt'],
    edit: [[['title', 6], ['slug', 6]], [['summary', 12]], [['body', 12]]],
  },
  'api::alert.alert': {
    mainField: 'message',
    list: ['message', 'severity', 'startsAt', 'endsAt'],
    edit: [[['message', 12]], [['severity', 4]], [['startsAt', 6], ['endsAt', 6]]],
  },
  'api::global.global': {},
  'api::site-build.site-build': {
    mainField: 'buildId',
    list: ['outcome', 'startedAt', 'seconds', 'problem'],
    readOnly: ['outcome', 'buildId', 'startedAt', 'finishedAt', 'seconds', 'problem', 'log'],
    sort: { by: 'startedAt', order: 'DESC' },
  },
  'api::service-request.service-request': {
    mainField: 'reference',
    // Due beside received, so staff sorting or scanning the list see what is late.
    list: ['reference', 'requestStatus', 'divisionKey', 'serviceForm', 'priority', 'createdAt', 'dueAt'],
    readOnly: ['reference', 'formCode', 'serviceForm', 'formSnapshot', 'answers', 'attachments', 'contact', 'language', 'channel', 'statusHistory', 'dueAt', 'closureReason', 'closureDetail', 'referralUrl', 'duplicateOf', 'firstResponseAt', 'closedAt', 'updatesOptOut'],
    // Written by the Requests desk (the requests-desk plugin), which names people instead of ids.
    hidden: ['idempotencyKey', 'contactEmailHash', 'fingerprint', 'assigneeId'],
    sort: { by: 'createdAt', order: 'DESC' },
  },
  'api::reply-template.reply-template': {
    mainField: 'title',
    list: ['title', 'serviceForms', 'updatedAt'],
    edit: [[['title', 12]], [['body', 12]], [['serviceForms', 12]]],
  },
  'api::city-calendar.city-calendar': {
    edit: [
      [['timeZone', 6]],
      [['workdayStart', 6], ['workdayEnd', 6]],
      [['monday', 3], ['tuesday', 3], ['wednesday', 3], ['thursday', 3]],
      [['friday', 3], ['saturday', 3], ['sunday', 3]],
      [['holidays', 12]],
    ],
  },
  'api::open311.open311-client': {
    mainField: 'name',
    list: ['name', 'enabled', 'keyPrefix', 'createdAt'],
    readOnly: ['keyPrefix'],
    hidden: ['keyHash'],
  },
  'api::open311.open311-submission': {
    mainField: 'reference',
    list: ['reference', 'client', 'createdAt'],
    readOnly: ['reference', 'details', 'client'],
    hidden: ['token', 'detailsHash'],
    sort: { by: 'createdAt', order: 'DESC' },
  },
  'api::address-point.address-point': {
    mainField: 'address',
    list: ['address', 'place', 'lat', 'long'],
    // Editing one point by hand would be lost at the next import, which replaces them all.
    readOnly: ['address', 'searchKey', 'lat', 'long', 'externalId', 'place', 'placeKey'],
    hidden: ['searchKey', 'placeKey'],
    sort: { by: 'address', order: 'ASC' },
  },
  // Written and read by code only (hidden from the menus); if opened, nothing is editable and the secrets are not shown.
  'api::form-save.form-save': {
    mainField: 'formCode',
    list: ['formCode', 'language', 'expiresAt', 'usedAt'],
    readOnly: ['formCode', 'language', 'expiresAt', 'usedAt'],
    hidden: ['tokenHash', 'sealed'],
    sort: { by: 'expiresAt', order: 'DESC' },
  },
  'api::outbox-message.outbox-message': {
    mainField: 'subject',
    list: ['subject', 'recipient', 'state', 'attempts', 'sentAt'],
    readOnly: ['kind', 'recipient', 'subject', 'text', 'html', 'requestReference', 'state', 'attempts', 'nextAttemptAt', 'sentAt', 'lastError'],
    hidden: ['lockedUntil'],
    sort: { by: 'createdAt', order: 'DESC' },
  },
  'content.contact': { mainField: 'email' },
  'content.document': { mainField: 'title' },
  'content.link': { mainField: 'label' },
  'content.list-item': { mainField: 'text' },
  'department.division': { mainField: 'name', edit: [[['name', 8], ['key', 4]], [['summary', 12]], [['responsibilities', 12]]] },
  'form-field.short-text': formField([[['minLength', 4], ['maxLength', 4]], [['pattern', 6], ['patternDescription', 6]]]),
  'form-field.long-text': formField([[['minLength', 4], ['maxLength', 4]]]),
  'form-field.email': formField(),
  'form-field.phone': formField(),
  'form-field.address': formField(),
  'form-field.location': formField(),
  'form-field.checkbox': formField(),
  'form-field.date': formField([[['minDate', 4], ['maxDate', 4]]]),
  'form-field.number': formField([[['min', 4], ['max', 4], ['integer', 4]]]),
  'form-field.single-choice': formField([[['options', 12]]]),
  'form-field.multiple-choice': formField([[['options', 12]], [['minSelected', 4], ['maxSelected', 4]]]),
  'form-field.file-upload': formField([[['accept', 6], ['maxSizeMb', 3], ['maxFiles', 3]]]),
  'form-field.option': { mainField: 'label', edit: [[['label', 8], ['value', 4]]] },
  'form-flow.show-when': { mainField: 'question', edit: [[['question', 6], ['operator', 6]], [['values', 12]]] },
  'form-flow.step': { mainField: 'title', edit: [[['title', 6], ['startsAt', 6]], [['showWhen', 12]]] },
  'form-flow.exit-page': { mainField: 'title', edit: [[['title', 12]], [['body', 12]], [['showWhen', 12]]] },
  'calendar.holiday': { mainField: 'name', edit: [[['date', 4], ['name', 8]]] },
  'request.contact': { mainField: 'name', readOnly: ['name', 'email', 'phone'] },
  'request.status-change': { mainField: 'status', readOnly: ['status', 'publicNote', 'internalNote', 'at', 'by'] },
};

interface FieldMetadata {
  edit?: Record<string, unknown>;
  list?: Record<string, unknown>;
}
export interface ViewConfiguration {
  settings?: Record<string, unknown>;
  metadatas?: Record<string, FieldMetadata>;
  layouts?: { list?: string[]; edit?: { name: string; size: number }[][] };
}
interface ConfigurationService {
  findConfiguration(model: unknown): Promise<ViewConfiguration & { uid: string }>;
  updateConfiguration(model: unknown, configuration: ViewConfiguration): Promise<unknown>;
}

/** The configuration that results from applying a spec and the English wording to Strapi's. */
export function configuredView(current: ViewConfiguration, spec: ViewSpec, wording: Record<string, { label: string; description: string }>): ViewConfiguration {
  const metadatas = { ...current.metadatas };
  for (const [field, meta] of Object.entries(metadatas)) {
    const words = wording[field];
    const edit: Record<string, unknown> = { ...meta.edit };
    if (words) Object.assign(edit, { label: words.label, description: words.description });
    if (spec.readOnly?.includes(field)) edit.editable = false;
    if (spec.hidden?.includes(field)) edit.visible = false;
    metadatas[field] = { ...meta, edit, list: words ? { ...meta.list, label: words.label } : meta.list };
  }
  const hidden = new Set(spec.hidden ?? []);
  const exists = (name: string) => name in metadatas;
  const strapiRows = current.layouts?.edit ?? [];
  const codedRows = (spec.edit ?? []).map((row) => row.filter(([name]) => exists(name)).map(([name, size]) => ({ name, size })));
  // A field the spec does not place (a new attribute) keeps Strapi's place at the end, never vanishes.
  const placed = new Set(codedRows.flat().map((field) => field.name));
  const remaining = strapiRows.map((row) => row.filter((field) => !placed.has(field.name)));
  const edit = [...codedRows, ...remaining].map((row) => row.filter((field) => !hidden.has(field.name))).filter((row) => row.length > 0);
  return {
    ...current,
    settings: {
      ...current.settings,
      ...(spec.mainField ? { mainField: spec.mainField } : {}),
      ...(spec.sort ? { defaultSortBy: spec.sort.by, defaultSortOrder: spec.sort.order } : {}),
    },
    metadatas,
    layouts: { ...current.layouts, list: spec.list ? spec.list.filter(exists) : current.layouts?.list, edit },
  };
}

export async function configureAdminViews(strapi: Core.Strapi): Promise<void> {
  const contentManager = strapi.plugin('content-manager');
  for (const [uid, spec] of Object.entries(VIEW_SPECS)) {
    const isComponent = !uid.includes('::');
    const model = isComponent ? strapi.components[uid as keyof typeof strapi.components] : strapi.contentType(uid as Parameters<typeof strapi.contentType>[0]);
    if (!model) {
      strapi.log.warn(`Admin views: ${uid} does not exist`);
      continue;
    }
    const service = contentManager.service(isComponent ? 'components' : 'content-types') as ConfigurationService;
    const { uid: _uid, ...current } = await service.findConfiguration(model);
    await service.updateConfiguration(model, configuredView(current, spec, { ...adminWording.en['*'], ...adminWording.en[uid] }));
  }
}
