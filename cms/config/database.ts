import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { keepSqlitePrivate } from '../src/lib/sqlite-modes';

/**
 * PostgreSQL when DATABASE_URL is set (production), otherwise an embedded SQLite file under
 * cms/data/ so a newcomer needs no database server.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const url = env('DATABASE_URL', '');
  if (url) {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: url,
          ssl: env.bool('DATABASE_SSL', false) ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) } : false,
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }
  // Compiled config lives in dist/config, so the app root is two levels up.
  const appRoot = path.resolve(__dirname, '..', '..');
  const filename = path.resolve(appRoot, env('DATABASE_FILENAME', 'data/portal.db'));
  keepSqlitePrivate(filename);
  return {
    connection: {
      client: 'sqlite',
      connection: { filename },
      useNullAsDefault: true,
      pool: { afterCreate: sqliteSettings },
    },
  };
};

/**
 * The CMS connection's own checkpoint mark (pages of 4 KB, 64 MB): SQLite's default is 1,000
 * pages, each checkpoint two fsyncs on the event loop. Here a worker thread copies the log into
 * the database as it grows (bootstrap/wal-checkpoints.ts), and the CMS connection checkpoints
 * only at this mark, copying the little the worker has not, so that the log can start over.
 */
export const CHECKPOINT_MARK_PAGES = 16_384;

interface SqliteConnection {
  pragma(source: string): unknown;
}

/**
 * A write-ahead log: a commit appends to one file instead of writing a rollback journal, the
 * database and the journal's deletion, and readers (the tests' and benchmarks' own connections)
 * no longer wait for writers. synchronous=NORMAL: a commit does not fsync on the event loop
 * (better-sqlite3 is synchronous, and on a busy disk those fsyncs stopped the whole CMS); the
 * global::durable-writes middleware fsyncs the log, shared and off the event loop, before a write
 * request is answered, so an acknowledged write survives a power loss as with synchronous=FULL.
 * The mode is stored in the file; the log is folded back into it when the last connection
 * closes, so a stopped CMS leaves a single file to copy.
 */
function sqliteSettings(connection: SqliteConnection, done: (error: Error | null, connection: SqliteConnection) => void): void {
  try {
    connection.pragma('journal_mode = WAL');
    connection.pragma('synchronous = NORMAL');
    connection.pragma(`wal_autocheckpoint = ${CHECKPOINT_MARK_PAGES}`);
    done(null, connection);
  } catch (error) {
    done(error instanceof Error ? error : new Error(String(error)), connection);
  }
}
