import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_LOGINS, ensureCmsEnv, generatePassword, parseEnv } from './env';

describe('ensureCmsEnv', () => {
  it('writes fresh secrets once and keeps them on the next start', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-env-'));
    fs.mkdirSync(path.join(root, 'cms'));
    const first = ensureCmsEnv(root);
    expect(first.created).toBe(true);
    expect(first.values.APP_KEYS?.split(',')).toHaveLength(4);
    expect(fs.statSync(first.file).mode & 0o077).toBe(0);
    const second = ensureCmsEnv(root);
    expect(second.created).toBe(false);
    expect(second.values).toEqual(first.values);
  });

  it('generates different secrets for different installs', () => {
    const a = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-env-a-'));
    const b = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-env-b-'));
    fs.mkdirSync(path.join(a, 'cms'));
    fs.mkdirSync(path.join(b, 'cms'));
    expect(ensureCmsEnv(a).values.JWT_SECRET).not.toBe(ensureCmsEnv(b).values.JWT_SECRET);
  });
});

describe('demo logins', () => {
  const freshRoot = () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-logins-'));
    fs.mkdirSync(path.join(root, 'cms'));
    return root;
  };

  it('writes an editor, a triage and an administrator login on first run, each with its own password', () => {
    const env = ensureCmsEnv(freshRoot());
    const passwords = DEMO_LOGINS.map((login) => env.values[login.passwordKey]);
    expect(DEMO_LOGINS.map((login) => env.values[login.emailKey])).toEqual(['editor@alexandria.example', 'triage@alexandria.example', 'admin@alexandria.example']);
    expect(new Set(passwords).size).toBe(DEMO_LOGINS.length);
    for (const login of DEMO_LOGINS) expect(env.generated).toContain(login.passwordKey);
    expect(parseEnv(fs.readFileSync(env.file, 'utf8'))).toEqual(env.values);
  });

  it('generates nothing on the next start, so passwords are printed once', () => {
    const root = freshRoot();
    ensureCmsEnv(root);
    expect(ensureCmsEnv(root).generated).toEqual([]);
  });

  it('adds the missing logins to an older cms/.env and keeps what it had', () => {
    const root = freshRoot();
    const file = path.join(root, 'cms', '.env');
    fs.writeFileSync(file, 'JWT_SECRET=kept\nEDITOR_EMAIL=me@city.example\nEDITOR_PASSWORD=Kept-Password-1', { mode: 0o600 });
    const env = ensureCmsEnv(root);
    expect(env.values.EDITOR_PASSWORD).toBe('Kept-Password-1');
    expect(env.values.EDITOR_EMAIL).toBe('me@city.example');
    expect(env.generated.sort()).toEqual(['ADMIN_EMAIL', 'ADMIN_PASSWORD', 'SUPERVISOR_EMAIL', 'SUPERVISOR_PASSWORD', 'TRIAGE_EMAIL', 'TRIAGE_PASSWORD']);
    const stored = parseEnv(fs.readFileSync(file, 'utf8'));
    expect(stored.JWT_SECRET).toBe('kept');
    expect(stored.ADMIN_PASSWORD).toBe(env.values.ADMIN_PASSWORD);
    expect(stored.TRIAGE_EMAIL).toBe('triage@alexandria.example');
  });
});

describe('generatePassword', () => {
  it('meets the admin password rules (upper, lower, digit, 8+ characters)', () => {
    const password = generatePassword();
    expect(password).toMatch(/[A-Z]/);
    expect(password).toMatch(/[a-z]/);
    expect(password).toMatch(/\d/);
    expect(password.length).toBeGreaterThanOrEqual(8);
    expect(generatePassword()).not.toBe(password);
  });
});

describe('parseEnv', () => {
  it('reads KEY=value lines and skips comments', () => {
    expect(parseEnv('# comment\nA=1\nB="two words"\n\nlower=no')).toEqual({ A: '1', B: 'two words' });
  });
});
