import { describe, expect, it } from 'vitest';
import { publicTimeline } from './status-history';

const received = { status: 'submitted' as const, at: '2026-05-04T14:30:00.000Z' };

describe('publicTimeline', () => {
  it('starts with "received" and adds each status change with its public note, oldest first', () => {
    expect(
      publicTimeline(
        [
          received,
          { status: 'in_progress', at: '2026-05-05T16:05:00.000Z', publicNote: 'Fixing it.' },
          { status: 'in_review', at: '2026-05-05T09:00:00.000Z' },
        ],
        '2026-05-04T14:30:01.000Z',
      ),
    ).toEqual([
      { kind: 'received', status: 'submitted', at: '2026-05-04T14:30:01.000Z' },
      { kind: 'status', status: 'in_review', at: '2026-05-05T09:00:00.000Z' },
      { kind: 'status', status: 'in_progress', at: '2026-05-05T16:05:00.000Z', publicNote: 'Fixing it.' },
    ]);
  });

  it('leaves out an entry that only carried an internal note, and keeps a reply without a new status', () => {
    const history = [
      received,
      { status: 'in_review' as const, at: '2026-05-05T09:00:00.000Z' },
      // Staff wrote only an internal note: the entry has the same status and no public note.
      { status: 'in_review' as const, at: '2026-05-05T10:00:00.000Z' },
      { status: 'in_review' as const, at: '2026-05-05T11:00:00.000Z', publicNote: 'We need one more day.' },
    ];
    expect(publicTimeline(history, received.at)).toEqual([
      { kind: 'received', status: 'submitted', at: received.at },
      { kind: 'status', status: 'in_review', at: '2026-05-05T09:00:00.000Z' },
      { kind: 'status', status: 'in_review', at: '2026-05-05T11:00:00.000Z', publicNote: 'We need one more day.' },
    ]);
  });

  it('says "received" at the request’s creation when the history lacks the intake’s entry', () => {
    expect(publicTimeline([{ status: 'resolved', at: '2026-05-06T09:00:00.000Z' }], '2026-05-04T14:30:00.000Z')).toEqual([
      { kind: 'received', status: 'submitted', at: '2026-05-04T14:30:00.000Z' },
      { kind: 'status', status: 'resolved', at: '2026-05-06T09:00:00.000Z' },
    ]);
    expect(publicTimeline([], '2026-05-04T14:30:00.000Z')).toEqual([{ kind: 'received', status: 'submitted', at: '2026-05-04T14:30:00.000Z' }]);
  });
});
