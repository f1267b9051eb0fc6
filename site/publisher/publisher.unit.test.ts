import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DebouncedRunner } from './debounce';
import { securityHeaders } from './headers';
import { affectsSite } from './server';
import { resolveFile } from './static';

describe('resolveFile', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'publisher-root-'));
  fs.mkdirSync(path.join(root, 'en', 'services', 'wifi'), { recursive: true });
  fs.writeFileSync(path.join(root, 'en', 'services', 'wifi', 'index.html'), 'wifi');
  fs.writeFileSync(path.join(root, '404.html'), 'missing');
  fs.writeFileSync(path.join(os.tmpdir(), 'publisher-secret.txt'), 'secret');

  it('finds directory index pages with and without a trailing slash', () => {
    expect(resolveFile(root, '/en/services/wifi/')).toBe(path.join(root, 'en', 'services', 'wifi', 'index.html'));
    expect(resolveFile(root, '/en/services/wifi?x=1')).toBe(path.join(root, 'en', 'services', 'wifi', 'index.html'));
  });

  it('never leaves the site folder', () => {
    expect(resolveFile(root, '/../publisher-secret.txt')).toBeNull();
    expect(resolveFile(root, '/%2e%2e/publisher-secret.txt')).toBeNull();
    expect(resolveFile(root, '/en/%00')).toBeNull();
    expect(resolveFile(root, '/%E0%A4%A')).toBeNull();
  });

  it('answers null for a page that does not exist', () => {
    expect(resolveFile(root, '/en/nothing-here')).toBeNull();
  });
});

describe('DebouncedRunner', () => {
  afterEach(() => vi.useRealTimers());

  it('coalesces a burst of requests into one run', async () => {
    vi.useFakeTimers();
    const task = vi.fn(async () => 'built');
    const runner = new DebouncedRunner(task, 100);
    for (let i = 0; i < 5; i += 1) runner.request();
    await vi.advanceTimersByTimeAsync(150);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs exactly once more when asked during a run, so the last change is published', async () => {
    vi.useFakeTimers();
    let finish: () => void = () => undefined;
    const task = vi.fn(() => new Promise<string>((resolve) => (finish = () => resolve('built'))));
    const runner = new DebouncedRunner(task, 10);
    runner.request();
    await vi.advanceTimersByTimeAsync(20);
    expect(task).toHaveBeenCalledTimes(1);
    runner.request();
    await vi.advanceTimersByTimeAsync(20);
    runner.request();
    await vi.advanceTimersByTimeAsync(20);
    expect(task).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(1);
    expect(task).toHaveBeenCalledTimes(2);
    finish();
    await vi.advanceTimersByTimeAsync(50);
    expect(task).toHaveBeenCalledTimes(2);
  });
});

describe('affectsSite', () => {
  it('skips private service requests and rebuilds for content', () => {
    expect(affectsSite(JSON.stringify({ event: 'entry.create', model: 'service-request' }))).toBe(false);
    expect(affectsSite(JSON.stringify({ event: 'entry.publish', model: 'service' }))).toBe(true);
    expect(affectsSite('not json')).toBe(true);
  });
});

describe('securityHeaders', () => {
  it('allows no inline script and only the CMS as a cross-origin target', () => {
    const headers = securityHeaders('https://cms.example.gov', { https: true });
    const csp = headers['Content-Security-Policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain('connect-src \'self\' https://cms.example.gov');
    expect(headers['Strict-Transport-Security']).toMatch(/max-age=\d+/);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});
