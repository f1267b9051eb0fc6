import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureCmsEnv, generatePassword, parseEnv } from './env';

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
