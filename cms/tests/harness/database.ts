import { createRequire } from 'node:module';
import pg from 'pg';

/**
 * Reads the CMS's own database directly (never through the CMS), to count what was really stored.
 * `env` is the CMS's environment: DATABASE_URL for PostgreSQL, DATABASE_FILENAME for SQLite.
 */
interface SqliteDatabase {
  prepare(sql: string): { all(...params: unknown[]): unknown[] };
  pragma(source: string): unknown;
  close(): void;
}
const requireFromHere = createRequire(__filename);

/** One statement on its own connection; `?` placeholders, as SQLite takes them, become `$1`, `$2`… */
async function queryPostgres(url: string, sql: string, params: unknown[]): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let index = 0;
    return await client.query(sql.replace(/\?/g, () => `$${++index}`), params);
  } finally {
    await client.end();
  }
}

export async function queryRows<T = Record<string, unknown>>(env: Record<string, string>, sql: string, params: unknown[] = []): Promise<T[]> {
  if (env.DATABASE_URL) return (await queryPostgres(env.DATABASE_URL, sql, params)).rows as T[];
  const Database = requireFromHere('better-sqlite3') as new (file: string, options: { readonly: boolean; timeout: number }) => SqliteDatabase;
  const db = new Database(env.DATABASE_FILENAME ?? '', { readonly: true, timeout: 10_000 });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

export async function countRows(env: Record<string, string>, table: string, where = '1=1', params: unknown[] = []): Promise<number> {
  const rows = await queryRows<{ n: number | string }>(env, `SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`, params);
  return Number(rows[0]?.n ?? 0);
}

interface WritableSqliteDatabase {
  prepare(sql: string): { run(...params: unknown[]): { changes: number } };
  close(): void;
}

/**
 * Writes to the CMS's database directly, past every check the CMS makes: for content that did not
 * come through the CMS's validation (an import, an older version, a bug), to see what the site
 * does with it. Returns the number of rows changed.
 */
export async function executeSql(env: Record<string, string>, sql: string, params: unknown[] = []): Promise<number> {
  if (env.DATABASE_URL) return (await queryPostgres(env.DATABASE_URL, sql, params)).rowCount ?? 0;
  const Database = requireFromHere('better-sqlite3') as new (file: string, options: { timeout: number }) => WritableSqliteDatabase;
  const db = new Database(env.DATABASE_FILENAME ?? '', { timeout: 10_000 });
  try {
    return db.prepare(sql).run(...params).changes;
  } finally {
    db.close();
  }
}
