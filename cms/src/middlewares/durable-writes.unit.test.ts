import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { afterEach, describe, expect, it } from 'vitest';
import durableWrites from './durable-writes';

interface FakeContext {
  method: string;
  status: number;
  body: unknown;
  headers: Record<string, string>;
  set(name: string, value: string): void;
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** The middleware for a SQLite file in a fresh folder (its log exists only when `withLog`). */
function middlewareFor(client: string, { withLog }: { withLog: boolean }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'durable-writes-'));
  dirs.push(dir);
  const filename = path.join(dir, 'portal.db');
  if (withLog) fs.writeFileSync(`${filename}-wal`, '');
  const errors: string[] = [];
  const strapi = { config: { get: () => ({ client, connection: { filename } }) }, log: { error: (m: string) => errors.push(m) } } as unknown as Core.Strapi;
  const middleware = durableWrites({}, { strapi }) as unknown as (ctx: FakeContext, next: () => Promise<void>) => Promise<void>;
  return { middleware, errors };
}

function context(method: string): FakeContext {
  return {
    method,
    status: 200,
    body: { data: 'stored' },
    headers: {},
    set(name, value) {
      this.headers[name] = value;
    },
  };
}

describe('durable-writes middleware', () => {
  it('answers a write on SQLite once the log is synced', async () => {
    const { middleware } = middlewareFor('sqlite', { withLog: true });
    const ctx = context('POST');
    await middleware(ctx, async () => undefined);
    expect(ctx.status).toBe(200);
    expect(ctx.body).toEqual({ data: 'stored' });
  });

  it('answers 503 with Retry-After, not the success, when the log cannot be synced', async () => {
    const { middleware, errors } = middlewareFor('sqlite', { withLog: false });
    const ctx = context('POST');
    await middleware(ctx, async () => undefined);
    expect(ctx.status).toBe(503);
    expect(ctx.headers['Retry-After']).toBe('5');
    expect(errors.join()).toMatch(/ENOENT/);
  });

  it('does not sync for reads, nor on PostgreSQL', async () => {
    for (const [client, method] of [
      ['sqlite', 'GET'],
      ['postgres', 'POST'],
    ]) {
      const { middleware } = middlewareFor(client as string, { withLog: false });
      const ctx = context(method as string);
      await middleware(ctx, async () => undefined);
      expect(ctx.status).toBe(200);
    }
  });

  it('passes on the error of a failed write after syncing', async () => {
    const { middleware } = middlewareFor('sqlite', { withLog: true });
    await expect(middleware(context('PUT'), async () => Promise.reject(new Error('validation failed')))).rejects.toThrow('validation failed');
  });
});
