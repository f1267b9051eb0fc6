import { describe, expect, it } from 'vitest';
import type { PageJob } from '../render/entry';
import { planRender, type RenderedPageRecord } from './render-plan';

const job = (file: string, props: Record<string, unknown> = {}, route = '/[lang]/services/[slug]'): PageJob => ({
  route,
  pathname: `/${file.replace(/\/index\.html$/, '')}`,
  file,
  props,
});
const record = (page: PageJob, reads: RenderedPageRecord['reads']): RenderedPageRecord => ({ route: page.route, props: JSON.stringify(page.props), reads });

describe('planRender', () => {
  const parking = job('en/services/parking/index.html', { service: { slug: 'parking', summary: 'Old' } });
  const trash = job('en/services/trash/index.html', { service: { slug: 'trash', summary: 'Same' } });
  const home = job('en/index.html', {}, '/[lang]');
  const previous = new Map([
    [parking.file, record(parking, ['globals', 'alerts'])],
    [trash.file, record(trash, ['globals', 'alerts'])],
    [home.file, record(home, ['globals', 'alerts', 'services', 'departments'])],
  ]);

  it('renders every page on a first build', () => {
    const plan = planRender([parking, trash, home], null, new Set());
    expect(plan.render.map((page) => page.file)).toEqual([parking.file, trash.file, home.file]);
    expect(plan.keep.size).toBe(0);
    expect(plan.remove).toEqual([]);
  });

  it('renders a page whose own entry changed, and the pages that list that collection, and keeps the rest', () => {
    const edited = job(parking.file, { service: { slug: 'parking', summary: 'New' } });
    const plan = planRender([edited, trash, home], previous, new Set(['services']));
    expect(plan.render.map((page) => page.file).sort()).toEqual([home.file, parking.file]);
    expect([...plan.keep.keys()]).toEqual([trash.file]);
  });

  it('renders every page that read a collection every page shows (global settings)', () => {
    const plan = planRender([parking, trash, home], previous, new Set(['globals']));
    expect(plan.render).toHaveLength(3);
  });

  it('keeps everything when nothing changed', () => {
    const plan = planRender([parking, trash, home], previous, new Set());
    expect(plan.render).toEqual([]);
    expect(plan.remove).toEqual([]);
  });

  it('removes the page of an entry that is gone and renders a new one', () => {
    const added = job('en/services/permits/index.html', { service: { slug: 'permits' } });
    const plan = planRender([trash, added, home], previous, new Set(['services']));
    expect(plan.remove).toEqual([parking.file]);
    expect(plan.render.map((page) => page.file).sort()).toEqual([home.file, added.file]);
  });

  it('renders a page whose route changed though its file did not', () => {
    const moved = { ...trash, route: '/[lang]/pages/[slug]' };
    expect(planRender([parking, moved, home], previous, new Set()).render).toEqual([moved]);
  });
});
