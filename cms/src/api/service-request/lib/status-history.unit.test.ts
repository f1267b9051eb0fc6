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

  it('shows the resident their own replies, closures with their reason and duplicates, never assignments or priorities', () => {
    const history = [
      received,
      { kind: 'status' as const, status: 'waiting_for_resident' as const, at: '2026-05-05T09:00:00.000Z', publicNote: 'Which floor?' },
      { kind: 'assignment' as const, status: 'waiting_for_resident' as const, at: '2026-05-05T09:30:00.000Z', detail: 'Sam Staff' },
      { kind: 'resident_reply' as const, status: 'in_review' as const, at: '2026-05-05T10:00:00.000Z', publicNote: 'Second floor.', detail: 'router.png' },
      { kind: 'priority' as const, status: 'in_review' as const, at: '2026-05-05T10:30:00.000Z', detail: 'high' },
      { kind: 'duplicate' as const, status: 'closed' as const, at: '2026-05-06T09:00:00.000Z', detail: 'ALX-7K4M-2Q9P' },
      { kind: 'closure' as const, status: 'closed' as const, at: '2026-05-07T09:00:00.000Z', detail: 'fixed', publicNote: 'Replaced the router.' },
      // A reason nobody can translate reads as the status alone.
      { kind: 'closure' as const, status: 'resolved' as const, at: '2026-05-08T09:00:00.000Z', detail: 'whatever' },
    ];
    expect(publicTimeline(history, received.at)).toEqual([
      { kind: 'received', status: 'submitted', at: received.at },
      { kind: 'status', status: 'waiting_for_resident', at: '2026-05-05T09:00:00.000Z', publicNote: 'Which floor?' },
      { kind: 'resident_reply', status: 'in_review', at: '2026-05-05T10:00:00.000Z', publicNote: 'Second floor.', detail: 'router.png' },
      { kind: 'duplicate', status: 'closed', at: '2026-05-06T09:00:00.000Z', detail: 'ALX-7K4M-2Q9P' },
      { kind: 'closure', status: 'closed', at: '2026-05-07T09:00:00.000Z', detail: 'fixed', publicNote: 'Replaced the router.' },
      { kind: 'status', status: 'resolved', at: '2026-05-08T09:00:00.000Z' },
    ]);
  });
});
