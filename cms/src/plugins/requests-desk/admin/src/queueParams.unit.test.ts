import { describe, expect, it } from 'vitest';
import { queueQuerySchema } from '../../contract';
import { queueSearchParams, readQueueQuery } from './queueParams';

describe('the queue’s filters in the URL', () => {
  it('reads the filters the URL holds, with the contract’s defaults for the rest', () => {
    const query = readQueueQuery(new URLSearchParams('queue=mine&status=open&assignee=7&overdue=true&q=ana&sort=dueAt&order=asc&page=2'));
    expect(query).toEqual({ ...queueQuerySchema.parse({}), queue: 'mine', status: 'open', assignee: 7, overdue: true, q: 'ana', sort: 'dueAt', order: 'asc', page: 2 });
  });

  it('drops a value the contract refuses and keeps the others', () => {
    const query = readQueueQuery(new URLSearchParams('status=lost&priority=high&page=0&from=yesterday'));
    expect(query.status).toBeUndefined();
    expect(query.from).toBeUndefined();
    expect(query.page).toBe(1);
    expect(query.priority).toBe('high');
  });

  it('writes only what differs from the defaults, and reads back the same filters', () => {
    const query = readQueueQuery(new URLSearchParams('division=gis&to=2026-12-01&sort=createdAt&order=desc&page=1'));
    const params = queueSearchParams(query);
    expect(params.toString()).toBe('division=gis&to=2026-12-01');
    expect(readQueueQuery(params)).toEqual(query);
  });
});
