import type { Core } from '@strapi/strapi';
import { groupSync, logSync } from '../lib/group-sync';
import { sqliteFilename } from '../lib/sqlite-file';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * On SQLite (synchronous=NORMAL, config/database.ts), a write request is answered only once the
 * write-ahead log is on disk: the fsync runs off the event loop and is shared by the requests
 * waiting for it (lib/group-sync.ts). PostgreSQL makes its own commits durable: nothing to do.
 */
const durableWrites: Core.MiddlewareFactory = (_config, { strapi }) => {
  const filename = sqliteFilename(strapi);
  if (!filename) return async (_ctx, next) => next();
  const flush = groupSync(logSync(`${filename}-wal`, filename));

  return async (ctx, next) => {
    let failure: unknown = null;
    try {
      await next();
    } catch (error) {
      failure = error ?? new Error('request failed');
    }
    if (WRITE_METHODS.has(ctx.method)) {
      try {
        await flush();
      } catch (error) {
        // What was written may not survive a power loss: say so, and let the client retry (intake
        // is idempotent by key, so a retry of a stored request gets the same reference).
        strapi.log.error(`Could not sync the database's log to disk: ${error instanceof Error ? error.message : String(error)}`);
        ctx.status = 503;
        ctx.set('Retry-After', '5');
        ctx.body = { data: null, error: { status: 503, name: 'ServiceUnavailableError', message: 'The change could not be saved safely. Try again in a moment.', details: {} } };
        return;
      }
    }
    if (failure) throw failure;
  };
};

export default durableWrites;
