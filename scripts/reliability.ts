// `npm run test:reliability`: runs the reliability suite at full size, reruns the
// hardening and publishing-safety tests of items 5 and 6, tries `npm audit`, and writes
// docs/reliability.md from what was measured. `-- --short` runs the short form `npm test` uses;
// `-- --report-only` rewrites the report from the last run's figures.
// Exits non-zero when a test failed; the report is written either way, failures included.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { FIGURES_DIR, readAllFigures, ROOT_DIR, type SectionFigures } from '../cms/tests/reliability/support/figures';

const short = process.argv.includes('--short');
const skipItems56 = process.argv.includes('--no-hardening');
/** Rewrites the report from the last run's figures without running anything (after editing the template). */
const reportOnly = process.argv.includes('--report-only');
const bin = (name: string) => path.join(ROOT_DIR, 'node_modules', '.bin', name);
const REPORT = path.join(ROOT_DIR, 'docs', 'reliability.md');
const env = { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', RELIABILITY_SCALE: short ? 'short' : 'full' };

/** What vitest's JSON reporter writes (the parts the report reads). */
const vitestReportSchema = z.object({
  numTotalTests: z.number(),
  numPassedTests: z.number(),
  numFailedTests: z.number(),
  testResults: z.array(
    z.object({
      name: z.string(),
      assertionResults: z.array(z.object({ fullName: z.string(), status: z.string(), duration: z.number().nullish(), failureMessages: z.array(z.string()).default([]) })),
    }),
  ),
});
type VitestReport = z.infer<typeof vitestReportSchema>;

const runSchema = z.object({ ok: z.boolean(), seconds: z.number() });
type Run = z.infer<typeof runSchema> & { report: VitestReport | undefined };

function readRun(outFile: string): Run | undefined {
  const runFile = outFile.replace(/\.json$/, '.run.json');
  if (!fs.existsSync(runFile)) return undefined;
  const parsed = fs.existsSync(outFile) ? vitestReportSchema.safeParse(JSON.parse(fs.readFileSync(outFile, 'utf8'))) : undefined;
  return { ...runSchema.parse(JSON.parse(fs.readFileSync(runFile, 'utf8'))), report: parsed?.success ? parsed.data : undefined };
}

function vitest(label: string, args: string[], outFile: string): Run | undefined {
  if (reportOnly) return readRun(outFile);
  console.log(`\n━━ ${label}`);
  const started = Date.now();
  const result = spawnSync(bin('vitest'), ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${outFile}`], { cwd: ROOT_DIR, stdio: 'inherit', env });
  const run = { ok: result.status === 0, seconds: (Date.now() - started) / 1000 };
  fs.writeFileSync(outFile.replace(/\.json$/, '.run.json'), JSON.stringify(run));
  return readRun(outFile);
}

// ---------------------------------------------------------------------------------------------
// Run

if (!reportOnly) fs.rmSync(FIGURES_DIR, { recursive: true, force: true });
fs.mkdirSync(FIGURES_DIR, { recursive: true });
const suite = vitest(`reliability suite (${short ? 'short' : 'full size'})`, ['--project', 'reliability'], path.join(FIGURES_DIR, '_vitest-reliability.json'));
const items56 = skipItems56
  ? undefined
  : vitest(
      'items 5 and 6: hardening and publishing safety (existing tests, rerun)',
      ['--project', 'unit', '--project', 'api-sqlite', 'publisher/server/publisher.unit.test.ts', 'cms/tests/hardening.api.test.ts', 'cms/tests/publishing-safety.api.test.ts'],
      path.join(FIGURES_DIR, '_vitest-hardening.json'),
    );

console.log('\n━━ item 8: npm audit --omit=dev');
const audit = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: ROOT_DIR, encoding: 'utf8', env, timeout: 120_000 });
const auditBody = (() => {
  try {
    return JSON.parse(audit.stdout) as { statusCode?: number; message?: string; metadata?: { vulnerabilities?: Record<string, number> } };
  } catch {
    return undefined;
  }
})();
const listing = spawnSync('npm', ['ls', '--omit=dev', '--depth=0', '--json'], { cwd: ROOT_DIR, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
const allProduction = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: ROOT_DIR, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });

// ---------------------------------------------------------------------------------------------
// Report

const cell = (value: string | number) => String(value).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const table = (columns: string[], rows: (string | number)[][]) =>
  [`| ${columns.map(cell).join(' | ')} |`, `| ${columns.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');

const sections = readAllFigures();
const mark = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? '✅' : '❌');

function sectionMarkdown(section: SectionFigures): string {
  const parts = [`### ${section.title}`, '', `Measured ${section.measuredAt.slice(0, 16).replace('T', ' ')} UTC, ${section.scale === 'full' ? 'full size' : 'short form'}, ${section.durationSeconds.toFixed(0)} s.`, ''];
  parts.push(table(['figure', 'value', 'must be', ''], section.figures.map((figure) => [figure.label, figure.value, figure.must ?? '', mark(figure.ok)])), '');
  for (const extra of section.tables) {
    const long = extra.rows.length > 40;
    if (long) parts.push(`<details><summary>${extra.title} (${extra.rows.length} rows)</summary>`, '');
    else parts.push(`**${extra.title}**`, '');
    parts.push(table(extra.columns, extra.rows), '');
    if (long) parts.push('</details>', '');
  }
  for (const note of section.notes) parts.push(`- ${note}`);
  parts.push('');
  return parts.join('\n');
}

interface NpmListing {
  dependencies?: Record<string, { version?: string; dependencies?: Record<string, { version?: string }> }>;
}
const npmListing = (() => {
  try {
    return JSON.parse(listing.stdout) as NpmListing;
  } catch {
    return {};
  }
})();
const productionRows: string[][] = [];
for (const [name, info] of Object.entries(npmListing.dependencies ?? {})) {
  productionRows.push([name, info.version ?? '', 'site']);
  for (const [inner, innerInfo] of Object.entries(info.dependencies ?? {})) if (name.startsWith('@city/')) productionRows.push([inner, innerInfo.version ?? '', name]);
}
const packageCount = allProduction.stdout.split('\n').filter((line) => line.includes('node_modules')).length;

const invariantRows = sections.flatMap((section) => section.figures.filter((figure) => figure.must).map((figure) => [`${section.item}`, section.title, figure.label, figure.value, figure.must ?? '', mark(figure.ok)]));
const failedInvariants = invariantRows.filter((row) => row[5] === '❌').length;

const testList = (report: VitestReport | undefined) =>
  report ? table(['test', 'result'], report.testResults.flatMap((file) => file.assertionResults.map((test) => [`${path.relative(ROOT_DIR, file.name)} › ${test.fullName}`, test.status === 'passed' ? '✅ passed' : `❌ ${test.status}`]))) : '_The tests did not report (see the run’s output)._';

const markdown = `# Reliability and security figures

Generated by \`npm run test:reliability\` (scripts/reliability.ts) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${sections.length > 0 && sections.every((section) => section.scale === 'full') ? 'full size' : '**short form** (the one `npm test` runs)'}. Every figure below was measured by a test in \`cms/tests/reliability/\` that fails when its invariant breaks; the tests write their figures to \`.cache/reliability/\` and this file is made from them. Issue 7 is the specification.

- Run it: \`npm run test:reliability\` (full size, about 5 minutes on 2 cores), or \`npm run test:reliability -- --short\` (\`-- --report-only\` rewrites this file from the last run). \`npm test\` runs the short form as one of its steps.
- Suite: ${suite?.ok ? 'passed' : '**FAILED**'} in ${suite?.seconds.toFixed(0) ?? '?'} s${suite?.report ? ` (${suite.report.numPassedTests}/${suite.report.numTotalTests} tests)` : ''}. Invariants broken: **${failedInvariants}**.

## Summary

${table(['item', 'section', 'figure', 'value', 'must be', ''], invariantRows)}

## 1–4, 7: measured

${sections.map(sectionMarkdown).join('\n')}
## 5 and 6: hardening and publishing safety

These are the existing tests of items 5 and 6 (cms/tests/hardening.api.test.ts: production mode, introspection and playground off, depth and amount limits, no stack traces, strict parameters, CORS for the site's origin only; publisher/server/publisher.unit.test.ts: the site's real headers, CSP without inline script, HSTS, nosniff, Referrer-Policy, Permissions-Policy; cms/tests/publishing-safety.api.test.ts: a build broken by content never replaces the live site, and editors see why), rerun here so the report says how they fared today.

${skipItems56 ? '_Skipped (--no-hardening)._' : `${items56?.ok ? 'Passed' : '**FAILED**'} in ${items56?.seconds.toFixed(0)} s.\n\n${testList(items56?.report)}`}

## 8: dependencies

\`npm audit --omit=dev\` ${auditBody?.statusCode === 405 || /405/.test(auditBody?.message ?? audit.stderr) ? `**could not be measured on this machine**: the registry mirror answers \`${(auditBody?.message ?? audit.stderr.split('\n')[0] ?? '').trim()}\` (it serves packages, not the advisory endpoint). No figure is claimed; run \`npm audit --omit=dev\` against registry.npmjs.org (CI with internet) to get one. Any high or critical finding must then be fixed or explained as unreachable here.` : auditBody?.metadata?.vulnerabilities ? `found: ${Object.entries(auditBody.metadata.vulnerabilities).map(([level, count]) => `${count} ${level}`).join(', ')}.` : `exited with ${audit.status}: ${(audit.stderr || audit.stdout).slice(0, 300)}`}

Production dependency tree (\`npm ls --omit=dev --depth=0\`, with the workspaces' own direct dependencies): ${packageCount} packages installed in all. Strapi is pinned at 5.54.0 (every \`@strapi/*\`).

${table(['package', 'version', 'required by'], productionRows)}

## What the tests found, and what was done

Fixed while writing these tests (each fix is small and local, and the test that found it guards it):

- **Malformed multipart bodies answered 500** (Strapi's body parser rethrows formidable's errors), on the no-JS form and Open311 alike: \`curl -X POST /api/service-requests/submit -H 'content-type: multipart/form-data; boundary=x' --data-binary '--x\\r\\nContent-Disposition: form-data; name="a"\\r\\n\\r\\nb'\`. Now 400 (cms/src/middlewares/body-errors.ts).
- **A PostgreSQL restart killed the CMS process**: knex leaves the rejections of queries in flight on a dropped connection unhandled, and Node ends the process on them. They are now logged (cms/src/bootstrap/database-outages.ts); any other unhandled rejection still ends the process.
- **Anyone could register an account through GraphQL** (\`mutation { register(input: {...}) { jwt } }\`), although the REST route was closed: users-permissions' \`allow_register\` is now off (cms/src/bootstrap/registration.ts).
- **Any admin (the Editor, Triage) could send e-mail as the city** through Strapi's \`POST /email\`, change the i18n settings (\`PUT /i18n/settings\`) and rewrite how components show in the admin (\`PUT /content-manager/components/:uid/configuration\`): each now needs a permission only the super admin holds (cms/src/extensions/).
- **The Editor could upload SVG, HTML and JavaScript files**, served from the CMS's own origin with \`script-src 'self'\`: an HTML upload loading an uploaded script would run with an administrator's session. The upload plugin now refuses active types (cms/config/plugins.ts, \`security.deniedTypes\`).

Found and left to Strapi (admin routes, no data exposed; each is a row of the permission matrix's "Unexpected answers" above): some answer 500 to input they should refuse with a 4xx — the content manager's relations routes to an admin without read permission on the type (instead of 403), \`GET /admin/license-trial-time-left\` (an Enterprise route), \`POST /admin/webhooks/:id/trigger\` with an unknown id, \`PUT /admin/homepage/layout\` and \`POST /email\` with a malformed body; and the super admin gets 403 from a few single-type routes called without their usual parameters.

## Not covered

- \`npm audit\` (above): no advisory data reachable from this machine.
- The bad-input and retry figures come from one CMS instance per database; the Redis-backed rate limiter (several instances) is not under test here, rate limits being lifted for these tests.
- Crashes: the CMS is killed between and during requests at random, not at chosen points inside a transaction; SQLite runs with Strapi's defaults. The PostgreSQL cluster is the test's own (fsync on), restarted with \`fast\` and \`immediate\` stops; disk-full and network partitions are not simulated.
- The permission matrix probes writes with empty bodies and missing ids (so nothing real changes): it proves who is refused, not what a permitted write would do.
`;

fs.mkdirSync(path.dirname(REPORT), { recursive: true });
fs.writeFileSync(REPORT, markdown);
console.log(`\nWrote ${path.relative(ROOT_DIR, REPORT)}: ${sections.length} sections, ${invariantRows.length} invariants, ${failedInvariants} broken.`);
process.exit(suite?.ok && (skipItems56 || items56?.ok) && failedInvariants === 0 ? 0 : 1);
