import type { DateTime } from 'luxon';
import type { BacklogFileKind } from './backlog-files';
import { ACCESSIBILITY_CASES, ASSISTIVE_TECHNOLOGY, CITY_PAGES, COMPANIES, LANE_CLOSURE, ORGANIZATIONS, STREETS, TEXTS, WEBSITE_CASES, WIFI_DETAILS } from './content/backlog-residents';
import type { Locale } from './types';

/** A number in [0, 1), from a seeded generator. */
export type Random = () => number;

/** City buildings not in the Wi-Fi form's list, as the location question stores them (demo address points). */
const OTHER_BUILDINGS = [
  { address: '3600 Wheeler Ave', lat: 38.8073, long: -77.0865 },
  { address: '1108 Jefferson St', lat: 38.7985, long: -77.0545 },
  { address: '105 N Union St', lat: 38.805, long: -77.0396 },
];

export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

/** A few distinct items, at least one. */
function some<T>(random: Random, list: readonly T[], max: number): T[] {
  const wanted = 1 + Math.floor(random() * max);
  const chosen = new Set<T>();
  while (chosen.size < Math.min(wanted, list.length)) chosen.add(pick(random, list));
  return [...chosen];
}

/** A local date (YYYY-MM-DD) within the bounds the forms set, whatever year the seed runs in. */
function day(date: DateTime, min: string, max = '9999-12-31'): string {
  const iso = date.toISODate() ?? min;
  return iso < min ? min : iso > max ? max : iso;
}

const address = (random: Random) => `${100 + Math.floor(random() * 3800)} ${pick(random, STREETS)}, Alexandria, VA 223${String(Math.floor(random() * 15)).padStart(2, '0')}`;
const phone = (random: Random) => `+1 703 555 01${String(Math.floor(random() * 100)).padStart(2, '0')}`;

type Generator = (random: Random, language: Locale, received: DateTime, email: string) => Record<string, unknown>;

/**
 * Answers to each demo form (shared/fixtures/service-forms.ts), as a resident fills it in: the
 * option values, free text in their language, dates around when they wrote. The seed checks them
 * with the forms' own validation before storing, as the intake does.
 */
const GENERATORS: Record<string, Generator> = {
  'website-problem': (random, language, received, email) => {
    const problem = pick(random, WEBSITE_CASES);
    return {
      service_affected: problem.service,
      page_url: pick(random, CITY_PAGES),
      problem_type: [...problem.problems],
      description: problem.said[language],
      ...(random() < 0.6 ? { occurred_on: day(received.minus({ days: Math.floor(random() * 3) }), '2025-01-01') } : {}),
      ...(random() < 0.3 ? { account_email: email } : {}),
    };
  },
  'gis-data-request': (random, language, received) => ({
    data_layers: some(random, ['parcels', 'zoning', 'street_centerlines', 'building_footprints', 'address_points', 'aerial_imagery', 'contours'], 3),
    ...(random() < 0.7 ? { area_address: address(random) } : {}),
    intended_use: pick(random, TEXTS[language].gisUse),
    file_format: pick(random, ['shapefile', 'file_geodatabase', 'geojson', 'geojson', 'csv', 'pdf_map']),
    ...(random() < 0.5 ? { needed_by: day(received.plus({ days: 14 + Math.floor(random() * 30) }), '2026-01-01', '2027-12-31') } : {}),
    ...(random() < 0.5 ? { organization: pick(random, ORGANIZATIONS) } : {}),
    license_agreement: true,
  }),
  'it-records-request': (random, language, received) => {
    const from = received.minus({ months: 6 + Math.floor(random() * 24) });
    return {
      records_description: pick(random, TEXTS[language].recordsDescription),
      ...(random() < 0.6 ? { date_from: day(from, '2000-01-01'), date_to: day(received.minus({ days: 1 }), '2000-01-01') } : {}),
      delivery_format: pick(random, ['electronic', 'electronic', 'electronic', 'paper', 'inspect']),
      ...(random() < 0.4 ? { max_cost: pick(random, [0, 25, 50, 100, 250]) } : {}),
      cost_acknowledgment: true,
    };
  },
  'wifi-outage': (random, language, received) => {
    const problem = pick(random, ['no_network', 'cannot_connect', 'no_internet', 'no_internet', 'slow', 'no_welcome_page'] as const);
    const locationType = pick(random, ['city_hall', 'market_square', 'library', 'library', 'recreation_center', 'park', 'other']);
    return {
      location_type: locationType,
      // Asked (and required) only for another City building: one of the demo's address points.
      ...(locationType === 'other' ? { building_location: pick(random, OTHER_BUILDINGS) } : {}),
      ...(random() < 0.5 ? { location_address: address(random) } : {}),
      ...(random() < 0.4 ? { network_name: 'Alexandria-Public-WiFi' } : {}),
      problem,
      noticed_on: day(received.minus({ days: random() < 0.7 ? 0 : 1 }), '2025-01-01'),
      ...(random() < 0.6 ? { details: WIFI_DETAILS[problem][language] } : {}),
    };
  },
  'telecom-right-of-way': (random, language, received) => {
    const workType = pick(random, ['new_fiber', 'conduit', 'small_cell', 'pole_attachment', 'repair']);
    const laneClosure = random() < 0.4;
    return {
      company_name: pick(random, COMPANIES),
      // Never Dominion Energy's equipment: that answer ends the form (its exit page) and stores nothing.
      network_owner: pick(random, ['own_network', 'city_pole']),
      work_type: workType,
      // Asked only for poles and small cells: the intake keeps no answer to a question not asked.
      ...(workType === 'small_cell' || workType === 'pole_attachment' ? { pole_numbers: `AX-${100 + Math.floor(random() * 900)}` } : {}),
      work_location: address(random),
      start_date: day(received.plus({ days: 20 + Math.floor(random() * 40) }), '2026-01-01', '2027-12-31'),
      duration_days: 1 + Math.floor(random() * 60),
      lane_closure: laneClosure,
      ...(laneClosure ? { closure_details: LANE_CLOSURE[language] } : {}),
      field_supervisor_phone: phone(random),
      // The site plans (a required file question) are the plan's: FILE_QUESTIONS.
    };
  },
  'accessibility-problem': (random, language) => {
    const barrier = pick(random, ACCESSIBILITY_CASES);
    return {
      ...(random() < 0.8 ? { page_url: pick(random, CITY_PAGES) } : {}),
      barrier_type: [...barrier.barriers],
      description: barrier.said[language],
      ...(random() < 0.6 ? { assistive_technology: pick(random, ASSISTIVE_TECHNOLOGY) } : {}),
      alternative_format: pick(random, ['none', 'none', 'plain_text', 'large_print', 'braille', 'audio']),
    };
  },
};

/**
 * The demo forms' file questions: which kind of file residents attach there, and how many of
 * them do. The site plans are required, so every application has one; a screenshot is optional
 * and about one report in five comes with one.
 */
export const FILE_QUESTIONS: Readonly<Record<string, { key: string; kind: BacklogFileKind; share: number }>> = {
  'website-problem': { key: 'screenshot', kind: 'screenshot', share: 0.2 },
  'accessibility-problem': { key: 'attachment', kind: 'screenshot', share: 0.2 },
  'telecom-right-of-way': { key: 'site_plans', kind: 'site-plan', share: 1 },
};

/** The demo forms the backlog knows how to answer. */
export const BACKLOG_FORM_CODES = Object.keys(GENERATORS);

/** A resident's answers to the form with this code; none for a form the demo does not know. */
export function answersFor(random: Random, formCode: string, language: Locale, received: DateTime, email: string): Record<string, unknown> {
  return GENERATORS[formCode]?.(random, language, received, email) ?? {};
}
