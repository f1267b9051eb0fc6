import { syntheticDatabase } from '/work/main/bench/synthetic-cache';
const log = (m: string) => console.log(new Date().toISOString(), m);
await syntheticDatabase(1000, log);
await syntheticDatabase(5000, log);
process.exit(0);
