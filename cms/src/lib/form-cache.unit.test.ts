import type { Core } from '@strapi/strapi';
import { describe, expect, it } from 'vitest';
import { cachedPublishedForm, formVersion, watchFormChanges } from './form-cache';

/**
 * The cache against a fake database: `published` is the published row the version check reads
 * (as another CMS instance would leave it), `write` a lifecycle event on this instance.
 */
function fakeStrapi() {
  const state: { published: { id: number; updatedAt: string } | null; handlers: Record<string, () => Promise<void>> } = { published: { id: 1, updatedAt: '2025-01-01T00:00:00.000Z' }, handlers: {} };
  const strapi = {
    components: { 'form-field.short-text': {}, 'request.contact': {} },
    db: {
      query: () => ({ findOne: async () => state.published }),
      inTransaction: () => false,
      lifecycles: {
        subscribe: (subscriber: Record<string, unknown>) => {
          for (const [event, handler] of Object.entries(subscriber)) if (typeof handler === 'function') state.handlers[event] = handler as () => Promise<void>;
        },
      },
    },
  } as unknown as Core.Strapi;
  return { strapi, state };
}

describe('cachedPublishedForm', () => {
  it('loads once while the published row is the same, and again as soon as another row is published', async () => {
    const { strapi, state } = fakeStrapi();
    let loads = 0;
    const load = async () => {
      loads += 1;
      return state.published ? { value: `form ${state.published.id}`, version: formVersion(state.published) } : undefined;
    };
    expect(await cachedPublishedForm(strapi, 'test-a', 'code', 'en', load)).toBe('form 1');
    expect(await cachedPublishedForm(strapi, 'test-a', 'code', 'en', load)).toBe('form 1');
    expect(loads).toBe(1);

    // Published again elsewhere: a new row, seen by the version check alone.
    state.published = { id: 2, updatedAt: '2025-01-02T00:00:00.000Z' };
    expect(await cachedPublishedForm(strapi, 'test-a', 'code', 'en', load)).toBe('form 2');
    expect(loads).toBe(2);

    // Unpublished: nothing, without loading.
    state.published = null;
    expect(await cachedPublishedForm(strapi, 'test-a', 'code', 'en', load)).toBeUndefined();
    expect(loads).toBe(2);
  });

  it('forgets everything on a write to a watched type, and shares one load between concurrent callers', async () => {
    const { strapi, state } = fakeStrapi();
    watchFormChanges(strapi);
    expect(Object.keys(state.handlers)).toEqual(expect.arrayContaining(['afterCreate', 'afterUpdate', 'afterDelete', 'afterDeleteMany']));
    let loads = 0;
    const load = async () => {
      loads += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { value: `load ${loads}`, version: formVersion({ id: 1, updatedAt: '2025-01-01T00:00:00.000Z' }) };
    };
    const together = await Promise.all([1, 2, 3].map(() => cachedPublishedForm(strapi, 'test-b', 'code', 'en', load)));
    expect(together).toEqual(['load 1', 'load 1', 'load 1']);
    await state.handlers.afterUpdate?.();
    expect(await cachedPublishedForm(strapi, 'test-b', 'code', 'en', load)).toBe('load 2');
  });

  it('does not keep a value read from another row than the one checked', async () => {
    const { strapi } = fakeStrapi();
    let loads = 0;
    const load = async () => {
      loads += 1;
      return { value: 'newer', version: formVersion({ id: 9, updatedAt: '2025-01-03T00:00:00.000Z' }) };
    };
    expect(await cachedPublishedForm(strapi, 'test-c', 'code', 'en', load)).toBe('newer');
    expect(await cachedPublishedForm(strapi, 'test-c', 'code', 'en', load)).toBe('newer');
    expect(loads).toBe(2);
  });
});
