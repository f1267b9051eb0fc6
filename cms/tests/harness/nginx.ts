import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CMS_DIR } from './cms';

export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const NGINX_TEMPLATE = path.resolve(CMS_DIR, '..', 'deploy', 'nginx', 'city-portal.conf.template');

/** The variables docs/deploy.md passes to envsubst, and only those (nginx's own $variables stay). */
export const TEMPLATE_VARIABLES = ['LISTEN', 'SERVER_NAME', 'PUBLISH_ROOT', 'CMS_UPSTREAM', 'SITE_UPSTREAM', 'PUBLIC_ORIGIN'] as const;
export type TemplateValues = Record<(typeof TEMPLATE_VARIABLES)[number], string>;

/** What `envsubst '${LISTEN} …'` does to the template. */
export function renderTemplate(template: string, values: TemplateValues): string {
  let text = template;
  for (const name of TEMPLATE_VARIABLES) text = text.split(`\${${name}}`).join(values[name]);
  const left = /\$\{[A-Z_]+\}/.exec(text.replace(/^\s*#.*$/gm, ''));
  if (left) throw new Error(`the template uses ${left[0]}, which docs/deploy.md does not pass to envsubst`);
  return text;
}

export interface RunningNginx {
  url: string;
  logs(): string;
  stop(): Promise<void>;
}

/**
 * Runs Debian's nginx in the foreground with the shipped site config in a minimal main config of
 * its own (pid, logs and temp files in a temp folder), as /etc/nginx/nginx.conf would include it.
 */
export async function startNginx(port: number, values: Omit<TemplateValues, 'LISTEN'>): Promise<RunningNginx> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-nginx-'));
  const site = path.join(dir, 'city-portal.conf');
  fs.writeFileSync(site, renderTemplate(fs.readFileSync(NGINX_TEMPLATE, 'utf8'), { ...values, LISTEN: `127.0.0.1:${port}` }));
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  const main = [
    // As root, workers would run as nobody, who cannot read the test's private temp folders.
    process.getuid?.() === 0 ? 'user root root;' : '',
    'worker_processes 1;',
    `pid ${path.join(dir, 'nginx.pid')};`,
    `error_log ${path.join(dir, 'error.log')} warn;`,
    'events { worker_connections 256; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    `  access_log ${path.join(dir, 'access.log')};`,
    `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join(' ')}`,
    `  include ${site};`,
    '}',
  ].join('\n');
  const config = path.join(dir, 'nginx.conf');
  fs.writeFileSync(config, main);
  const check = spawnSync(NGINX_PATH, ['-t', '-p', dir, '-c', config], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused the config:\n${check.stderr}`);

  const child: ChildProcess = spawn(NGINX_PATH, ['-p', dir, '-c', config, '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited:\n${output}`);
    try {
      await fetch(`${url}/robots-probe`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port}:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const readLog = (name: string) => (fs.existsSync(path.join(dir, name)) ? fs.readFileSync(path.join(dir, name), 'utf8') : '');
  return {
    url,
    logs: () => `${output}${readLog('error.log')}${readLog('access.log')}`,
    stop: async () => {
      if (child.exitCode === null) {
        const done = new Promise((resolve) => child.once('exit', resolve));
        // SIGQUIT: nginx's graceful stop.
        child.kill('SIGQUIT');
        await done;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
