import { placeDemoTriage } from '../bootstrap/demo-accounts';
import type { Core, UID } from '@strapi/strapi';
import { CALENDAR_UID } from '../lib/city-calendar';
import { describeBacklog, seedBacklog } from './backlog';
import { demoCity } from './content';
import { seedReplyTemplates } from './reply-templates';
import { seedAddressPoints } from './address-points';
import { localesOf } from '@city/shared/locales';
import type { DemoCity, Locale } from './types';

type Data = Record<string, unknown>;
type Filters = Record<string, string>;

/** The slice of the Document Service the seed uses, for data whose shape the seed types check. */
interface SeedDocuments {
  findFirst(params: { locale: Locale; status: 'draft'; filters?: Filters }): Promise<{ documentId: string } | null>;
  findOne(params: { documentId: string; locale: Locale; status: 'draft' }): Promise<{ documentId: string } | null>;
  create(params: { locale: Locale; data: object }): Promise<{ documentId: string }>;
  update(params: { documentId: string; locale: Locale; data: object }): Promise<unknown>;
  publish(params: { documentId: string; locale: Locale }): Promise<unknown>;
}
// Strapi's generated types would type `data` per content type; the seed's own types do that job.
const documentsOf = (strapi: Core.Strapi, uid: UID.ContentType) => strapi.documents(uid) as unknown as SeedDocuments;

export interface SeedReport {
  created: number;
  unchanged: number;
}

interface Target {
  uid: UID.ContentType;
  /** Finds the entry again by its stable key; undefined for a single type. */
  filters?: Filters;
  shared: Data;
  /** Every locale the entry is written in; the others are left for editors to add. */
  localized: Partial<Record<Locale, object>>;
  /** Relations by target uid and stable key, resolved per locale. */
  relations?: Record<string, { uid: UID.ContentType; filters: Filters }>;
}

/**
 * Loads the demo city. Idempotent: an entry (or one of its locales) that already exists is left
 * as it is, so a second run creates nothing and changes nothing, and editors' changes survive.
 */
export async function seedDemoCity(strapi: Core.Strapi, city: DemoCity = demoCity): Promise<SeedReport> {
  const report = await seedCity(strapi, city);
  // The demo triage officer's divisions come from the forms just seeded.
  await placeDemoTriage(strapi);
  await seedReplyTemplates(strapi, report);
  const addresses = await seedAddressPoints(strapi);
  if (addresses > 0) strapi.log.info(`Seed: ${addresses} demo address points loaded.`);
  strapi.log.info(`Seed: ${report.created} locale versions created, ${report.unchanged} already present.`);
  // After the triage officer's divisions: the backlog assigns requests by them.
  strapi.log.info(describeBacklog(await seedBacklog(strapi)));
  return report;
}

/** Loads any city-shaped data with the same idempotent rules; the synthetic generator uses it too. */
export async function seedCity(strapi: Core.Strapi, city: DemoCity, report: SeedReport = { created: 0, unchanged: 0 }): Promise<SeedReport> {
  for (const target of targetsOf(city)) await upsert(strapi, target, report);
  if (city.calendar) await seedCalendar(strapi, city.calendar, report);
  return report;
}

interface CalendarDocuments {
  findFirst(params: Record<string, never>): Promise<{ documentId: string } | null>;
  create(params: { data: object }): Promise<{ documentId: string }>;
}

/**
 * The city calendar: one entry in no locale and without drafts, so the per-locale upsert does not
 * fit. Created when missing, else left as editors keep it (counted like one locale version).
 */
async function seedCalendar(strapi: Core.Strapi, calendar: NonNullable<DemoCity['calendar']>, report: SeedReport): Promise<void> {
  const documents = strapi.documents(CALENDAR_UID) as unknown as CalendarDocuments;
  if (await documents.findFirst({})) {
    report.unchanged += 1;
    return;
  }
  await documents.create({ data: calendar });
  report.created += 1;
}

/** Order matters: relations point at entries created before them. */
function targetsOf(city: DemoCity): Target[] {
  const department = (slug: string) => ({ uid: 'api::department.department' as const, filters: { slug } });
  return [
    ...city.departments.map(({ slug, locales }) => ({
      uid: 'api::department.department' as const,
      filters: { slug },
      shared: { slug },
      localized: locales,
    })),
    ...city.serviceForms.map(({ code, department: dept, divisionKey, open311Public = false, serviceLevel, locales }) => ({
      uid: 'api::service-form.service-form' as const,
      filters: { code },
      shared: { code, divisionKey, open311Public, targetAmount: serviceLevel?.amount ?? null, targetUnit: serviceLevel?.unit ?? null },
      localized: locales,
      relations: { department: department(dept) },
    })),
    ...city.services.map(({ slug, audience, department: dept, serviceForm, locales }) => ({
      uid: 'api::service.service' as const,
      filters: { slug },
      shared: { slug, audience },
      localized: locales,
      relations: {
        department: department(dept),
        ...(serviceForm ? { serviceForm: { uid: 'api::service-form.service-form' as const, filters: { code: serviceForm } } } : {}),
      },
    })),
    ...city.pages.map(({ slug, locales }) => ({
      uid: 'api::page.page' as const,
      filters: { slug },
      shared: { slug },
      localized: locales,
    })),
    ...city.alerts.map(({ severity, startsAt, endsAt, locales }) => ({
      uid: 'api::alert.alert' as const,
      filters: { message: locales.en.message },
      shared: { severity, startsAt, endsAt: endsAt ?? null },
      localized: locales,
    })),
    ...(city.global ? [{ uid: 'api::global.global' as const, shared: {}, localized: city.global.locales }] : []),
  ];
}

async function upsert(strapi: Core.Strapi, target: Target, report: SeedReport): Promise<void> {
  const documents = documentsOf(strapi, target.uid);
  // The default locale holds the stable key; other locales hang off the same document.
  const existing = await documents.findFirst({ locale: 'en', status: 'draft', ...(target.filters ? { filters: target.filters } : {}) });
  let documentId = existing?.documentId;

  for (const locale of localesOf(target.localized)) {
    if (documentId) {
      const version = await documents.findOne({ documentId, locale, status: 'draft' });
      if (version) {
        report.unchanged += 1;
        continue;
      }
    }
    const data = { ...target.shared, ...target.localized[locale], ...(await resolveRelations(strapi, target, locale)) };
    if (documentId) {
      await documents.update({ documentId, locale, data });
    } else {
      documentId = (await documents.create({ locale, data })).documentId;
    }
    await documents.publish({ documentId, locale });
    report.created += 1;
  }
}

async function resolveRelations(strapi: Core.Strapi, target: Target, locale: Locale): Promise<Data> {
  const resolved: Data = {};
  for (const [field, ref] of Object.entries(target.relations ?? {})) {
    const related = await documentsOf(strapi, ref.uid).findFirst({ locale, status: 'draft', filters: ref.filters });
    if (!related) throw new Error(`Seed: ${target.uid} needs ${ref.uid} ${JSON.stringify(ref.filters)} in "${locale}", which is missing`);
    resolved[field] = { connect: [{ documentId: related.documentId, locale }] };
  }
  return resolved;
}
