import fs from 'node:fs';
import { dropSeedTemplates, runTemplatesDir, SEED_TEMPLATES_VARIABLE } from './seed-templates';

/**
 * Opens the run's seeded-templates folder (seed-templates.ts): the test workers, started after
 * this, inherit the variable that names it. Both API projects share it; the templates are dropped
 * when the run ends.
 */
export default function openSeedTemplates(): () => Promise<void> {
  const dir = runTemplatesDir();
  fs.mkdirSync(dir, { recursive: true });
  process.env[SEED_TEMPLATES_VARIABLE] = dir;
  return () => dropSeedTemplates(dir);
}
