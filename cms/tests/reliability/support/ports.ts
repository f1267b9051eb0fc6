import net from 'node:net';

/**
 * Free ports for the reliability tests' servers, from a range of their own (1650–1699 unless
 * RELIABILITY_PORTS=first-last says otherwise) so they never take a port another suite on the
 * same machine expects.
 *
 * Test files run in parallel worker processes, and a port that looks free may belong to a CMS
 * another file has just killed and is about to start again: two files on one port then talk to
 * each other's CMS. So each worker slot (VITEST_POOL_ID) owns its own share of the range, and
 * within a process a port is never handed out twice.
 */
const [FIRST, LAST] = (process.env.RELIABILITY_PORTS ?? '1650-1699').split('-').map(Number) as [number, number];
const SLOTS = 4;
const SLOT_WIDTH = Math.floor((LAST - FIRST + 1) / SLOTS);
const handedOut = new Set<number>();

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** This worker's share of the range: pool ids start at 1. */
export function slotRange(poolId = Number(process.env.VITEST_POOL_ID ?? 1)): [number, number] {
  const slot = (Math.max(1, poolId) - 1) % SLOTS;
  const first = FIRST + slot * SLOT_WIDTH;
  return [first, first + SLOT_WIDTH - 1];
}

export async function reliabilityPort(): Promise<number> {
  const [first, last] = slotRange();
  for (let port = first; port <= last; port += 1) {
    if (handedOut.has(port)) continue;
    if (await isFree(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${first}-${last} (this worker's share of ${FIRST}-${LAST})`);
}
