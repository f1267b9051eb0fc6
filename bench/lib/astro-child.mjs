// Runs `astro build` in its own process and prints its duration and peak memory, which a parent
// process cannot read for a child. It also prints Astro's own phase timings (ASTRO_TIMER_PATH), so page rendering
// ("Static generate") is told apart from fetching and from bundling the islands with Vite.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'astro';

const [step, root] = process.argv.slice(2);
const timerPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'astro-timer-')), 'stats.json');
process.env.ASTRO_TIMER_PATH = timerPath;
const started = performance.now();
if (step === 'build') await build({ root, logLevel: 'warn' });
else throw new Error(`unknown step ${step}`);
const seconds = (performance.now() - started) / 1000;
/** @type {Record<string, { elapsedTime: number }>} */
const phases = fs.existsSync(timerPath) ? JSON.parse(fs.readFileSync(timerPath, 'utf8')) : {};
fs.rmSync(path.dirname(timerPath), { recursive: true, force: true });
const phaseSeconds = Object.fromEntries(Object.entries(phases).map(([name, stat]) => [name, stat.elapsedTime / 1000]));
console.log(`BENCH ${JSON.stringify({ step, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, phaseSeconds })}`);
process.exit(0);
