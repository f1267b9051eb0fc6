import Database from 'better-sqlite3';
import pg from 'pg';

/** Rows in a table, read straight from the database a CMS runs on (SQLite file or PostgreSQL URL). */
export async function countRows(env: Record<string, string>, table: string): Promise<number> {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table name: ${table}`);
  if (env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try {
      return Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]?.n ?? 0);
    } finally {
      await client.end();
    }
  }
  const db = new Database(env.DATABASE_FILENAME as string, { readonly: true, fileMustExist: true });
  try {
    return Number((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
  } finally {
    db.close();
  }
}

/** How many of these references a table holds (each at most once: the column is unique). */
export async function countReferences(env: Record<string, string>, table: string, references: string[]): Promise<number> {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table name: ${table}`);
  if (references.length === 0) return 0;
  if (env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try {
      return Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table} WHERE reference = ANY($1)`, [references])).rows[0]?.n ?? 0);
    } finally {
      await client.end();
    }
  }
  const db = new Database(env.DATABASE_FILENAME as string, { readonly: true, fileMustExist: true });
  try {
    let found = 0;
    const unique = [...new Set(references)];
    for (let start = 0; start < unique.length; start += 500) {
      const chunk = unique.slice(start, start + 500);
      found += Number((db.prepare(`SELECT count(*) AS n FROM ${table} WHERE reference IN (${chunk.map(() => '?').join(',')})`).get(...chunk) as { n: number }).n);
    }
    return found;
  } finally {
    db.close();
  }
}
