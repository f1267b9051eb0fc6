import { describe, expect, it } from 'vitest';
import { changedDrafts } from './preview-content';

const stamp = (documentId: string, updatedAt: string | null) => ({ documentId, updatedAt, publishedAt: null });

describe('changedDrafts', () => {
  const published = [stamp('a', '2026-12-01T10:00:00.000Z'), stamp('b', '2026-12-01T10:00:00.000Z')];

  it('leaves out a draft saved with its published version (a few milliseconds apart)', () => {
    expect(changedDrafts([stamp('a', '2026-12-01T10:00:00.004Z')], published)).toEqual([]);
  });

  it('reads a draft saved after its publication, and one never published', () => {
    const drafts = [stamp('a', '2026-12-01T10:00:00.004Z'), stamp('b', '2026-12-01T10:05:00.000Z'), stamp('new', '2026-12-01T09:00:00.000Z')];
    expect(changedDrafts(drafts, published)).toEqual(['b', 'new']);
  });

  it('reads a draft whose dates cannot be compared rather than hide its changes', () => {
    expect(changedDrafts([stamp('a', null)], published)).toEqual(['a']);
    expect(changedDrafts([stamp('b', '2026-12-01T10:05:00.000Z')], [stamp('b', null)])).toEqual(['b']);
  });
});
