import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

/**
 * A PostgreSQL server of this test's own: initdb into a temporary folder, started with pg_ctl on
 * a free port, restarted at will, and removed at the end. The machine's shared server is never
 * restarted (other suites use it). PostgreSQL refuses to run as root, so when the tests run as
 * root the commands run as the `postgres` OS user.
 */
const run = promisify(execFile);

export interface PostgresCluster {
  port: number;
  /** A connection URL for a database on this cluster. */
  url(database: string): string;
  createDatabase(name: string): Promise<void>;
  /** Stops the server (`fast`: clean shutdown, clients disconnected; `immediate`: like a crash, recovery on start). */
  stopServer(mode: 'fast' | 'immediate'): Promise<void>;
  startServer(): Promise<void>;
  destroy(): Promise<void>;
}

function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((version) => path.join(root, version, 'bin')).find((dir) => fs.existsSync(path.join(dir, 'pg_ctl')));
  if (!found) throw new Error('pg_ctl was not found under /usr/lib/postgresql/*/bin');
  return found;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

export async function createPostgresCluster(port: number, parentDir = path.join(os.tmpdir(), 'reliability-helper')): Promise<PostgresCluster> {
  const bin = postgresBin();
  fs.mkdirSync(parentDir, { recursive: true });
  const baseDir = fs.mkdtempSync(path.join(parentDir, 'pg-'));
  const dataDir = path.join(baseDir, 'data');
  const socketDir = path.join(baseDir, 'socket');
  const logFile = path.join(baseDir, 'server.log');
  fs.mkdirSync(socketDir);
  if (isRoot()) {
    fs.chmodSync(parentDir, 0o755);
    await run('chown', ['-R', 'postgres:postgres', baseDir]);
  }
  const pgCommand = async (command: string, args: string[]) => {
    const [file, fullArgs] = isRoot() ? ['runuser', ['-u', 'postgres', '--', path.join(bin, command), ...args]] : [path.join(bin, command), args];
    await run(file, fullArgs, { timeout: 120_000 });
  };
  await pgCommand('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  // fsync stays on (the default): a restart must not lose a committed row for the test to pass.
  const options = `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c max_connections=60`;
  const startServer = () => pgCommand('pg_ctl', ['-D', dataDir, '-l', logFile, '-o', options, '-w', '-t', '60', 'start']);
  const stopServer = (mode: 'fast' | 'immediate') => pgCommand('pg_ctl', ['-D', dataDir, '-m', mode, '-w', '-t', '60', 'stop']);
  await startServer();
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;

  return {
    port,
    url,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
    },
    stopServer,
    startServer,
    async destroy() {
      await stopServer('immediate').catch(() => undefined);
      fs.rmSync(baseDir, { recursive: true, force: true });
    },
  };
}
