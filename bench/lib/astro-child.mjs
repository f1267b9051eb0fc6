// Runs one Astro step (`sync` = fetch content only, `build` = fetch and render) in its own process
// and prints its duration and peak memory, which a parent process cannot read for a child.
import { build, sync } from 'astro';

const [step, root] = process.argv.slice(2);
const started = performance.now();
if (step === 'sync') await sync({ root, logLevel: 'warn' });
else if (step === 'build') await build({ root, logLevel: 'warn' });
else throw new Error(`unknown step ${step}`);
const seconds = (performance.now() - started) / 1000;
console.log(`BENCH ${JSON.stringify({ step, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 })}`);
process.exit(0);
