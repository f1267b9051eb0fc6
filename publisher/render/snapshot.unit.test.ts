import { LOCALES, type Locale } from '@city/shared/locales';
import { describe, expect, it } from 'vitest';
import { createCmsClient } from '../../site/loaders/strapi';
import { ContentSnapshot } from './snapshot';

/**
 * The performance figures are read on demand: on the first sync, when the publisher asks (daily,
 * after closures), and when the services they name change; never on an ordinary publish.
 */
interface GraphqlRequest {
  operationName: string;
  variables: { locale: Locale; filters?: unknown };
}

const footerLinks = ['accessibility', 'privacy', 'public_records', 'contact'].map((purpose) => ({ label: purpose, href: `/en/pages/${purpose}`, purpose }));
const global = (locale: Locale) => ({ documentId: 'g', locale, updatedAt: '2026-05-01T12:00:00.000Z', siteName: 'City', tagline: null, navigation: [], footerLinks });
const service = (locale: Locale, updatedAt: string) => ({
  documentId: 'svc',
  locale,
  updatedAt,
  slug: 'report-a-public-wifi-outage',
  title: `Wi-Fi (${locale})`,
  summary: 'A summary.',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Body text.' }] }],
  audience: 'residents',
  topic: 'Topic',
  keywords: null,
  timeToComplete: null,
  department: { slug: 'it', name: 'IT' },
  serviceForm: null,
});
const connection = (nodes: unknown[]) => ({ nodes, pageInfo: { page: 1, pageCount: nodes.length > 0 ? 1 : 0, total: nodes.length } });
const FIELDS: Record<string, string> = { Departments: 'departments_connection', Services: 'services_connection', Pages: 'pages_connection', Alerts: 'alerts_connection', ServiceForms: 'serviceForms_connection' };

/** A CMS with one service and some figures, both changeable; counts the figures' reads. */
function fakeCms() {
  const state = { received: 3, serviceUpdatedAt: '2026-05-01T12:00:00.000Z', figureReads: 0 };
  const respond = ({ operationName, variables }: GraphqlRequest): unknown => {
    const { locale } = variables;
    if (operationName === 'Global') return { data: { global: global(locale) } };
    if (operationName === 'ServicePerformance') {
      state.figureReads += 1;
      const month = { month: '2026-12', received: state.received, resolved: 1, medianDaysToResolve: 1.5, resolvedWithTarget: 0, resolvedWithinTarget: 0, shareWithinTarget: null };
      return { data: { servicePerformance: { timeZone: 'America/New_York', months: ['2026-12'], services: [{ formCode: 'wifi-outage', title: 'Wi-Fi', serviceSlug: null, months: [month] }] } } };
    }
    const [, type, kind] = /^(\w+?)(Page|Stamps)$/.exec(operationName) ?? [];
    const field = FIELDS[type ?? ''];
    if (!field) throw new Error(`unexpected ${operationName}`);
    const services = type === 'Services' ? [service(locale, state.serviceUpdatedAt)] : [];
    const nodes = kind === 'Stamps' ? services.map((entry) => ({ documentId: entry.documentId, updatedAt: entry.updatedAt, publishedAt: entry.updatedAt })) : services;
    return { data: { [field]: connection(nodes) } };
  };
  const fetchImpl: typeof fetch = async (_input, init) => new Response(JSON.stringify(respond(JSON.parse(String(init?.body)) as GraphqlRequest)), { status: 200, headers: { 'content-type': 'application/json' } });
  return { state, snapshot: new ContentSnapshot({ client: createCmsClient('http://cms.test', fetchImpl), cmsUrl: 'http://cms.test' }) };
}

describe('the performance figures in the publisher’s content snapshot', () => {
  it('are read on the first sync, in every language', async () => {
    const { state, snapshot } = fakeCms();
    const first = await snapshot.sync();
    expect(first.changed.has('performance')).toBe(true);
    expect(state.figureReads).toBe(LOCALES.length);
    expect(snapshot.collections().performance.map((entry) => [entry.locale, entry.services[0]?.months[0]?.received])).toEqual(LOCALES.map((locale) => [locale, 3]));
  });

  it('are not read again on an ordinary publish, even when they moved', async () => {
    const { state, snapshot } = fakeCms();
    await snapshot.sync();
    state.received = 4;
    const publish = await snapshot.sync();
    expect(state.figureReads).toBe(LOCALES.length);
    expect(publish.changed.has('performance')).toBe(false);
    expect(snapshot.collections().performance[0]?.services[0]?.months[0]?.received).toBe(3);
  });

  it('are read again when asked, and count as changed only when they did', async () => {
    const { state, snapshot } = fakeCms();
    await snapshot.sync();
    const same = await snapshot.sync({ refresh: new Set(['performance']) });
    expect(state.figureReads).toBe(2 * LOCALES.length);
    expect(same.changed.has('performance')).toBe(false);
    state.received = 5;
    const moved = await snapshot.sync({ refresh: new Set(['performance']) });
    expect(moved.changed.has('performance')).toBe(true);
    expect(snapshot.collections().performance[1]?.services[0]?.months[0]?.received).toBe(5);
  });

  it('are read again when a service they name changes', async () => {
    const { state, snapshot } = fakeCms();
    await snapshot.sync();
    state.serviceUpdatedAt = '2026-06-01T12:00:00.000Z';
    const publish = await snapshot.sync();
    expect(publish.changed.has('services')).toBe(true);
    expect(state.figureReads).toBe(2 * LOCALES.length);
  });
});
