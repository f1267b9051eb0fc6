import net from 'node:net';

/**
 * Free ports for the reliability tests' servers, from a range of their own (1650–1699 unless
 * RELIABILITY_PORTS=first-last says otherwise) so they never take a port another suite on the
 * same machine expects. Ports handed out here are not handed out again by this process.
 */
const [FIRST, LAST] = (process.env.RELIABILITY_PORTS ?? '1650-1699').split('-').map(Number) as [number, number];
const handedOut = new Set<number>();

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export async function reliabilityPort(): Promise<number> {
  const span = LAST - FIRST + 1;
  // Files run in parallel workers: start at a different place in each so they rarely race.
  const start = (process.pid * 7 + handedOut.size) % span;
  for (let offset = 0; offset < span; offset += 1) {
    const port = FIRST + ((start + offset) % span);
    if (handedOut.has(port)) continue;
    if (await isFree(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${FIRST}-${LAST}`);
}
