import { describe, expect, it } from 'vitest';
import { resumeTokenSchema } from '@city/shared/forms';
import { formSaveSecret, newResumeToken, openAnswers, saveState, sealAnswers, tokenHash } from './seal';

const SECRET = 'app-key-one,app-key-two';
const answers = { values: { answers: { where: '12 King St', kinds: ['a', 'b'] }, contact: { name: 'José Núñez', email: 'jose@example.com' } }, screen: 'step-2' };

describe('saved answers: tokens', () => {
  it('makes long random tokens the resume link accepts, each different, stored only as a hash', () => {
    const tokens = new Set(Array.from({ length: 50 }, newResumeToken));
    expect(tokens.size).toBe(50);
    for (const token of tokens) {
      expect(resumeTokenSchema.safeParse(token).success).toBe(true);
      // 32 bytes of randomness
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      expect(tokenHash(token)).toMatch(/^[0-9a-f]{64}$/);
      expect(tokenHash(token)).not.toContain(token);
    }
    const [first] = tokens;
    expect(tokenHash(first!)).toBe(tokenHash(first!));
  });
});

describe('saved answers: encryption', () => {
  it('round-trips under the same secret and hash, with nothing readable in the sealed value', () => {
    const hash = tokenHash(newResumeToken());
    const sealed = sealAnswers(answers, hash, SECRET);
    expect(openAnswers(sealed, hash, SECRET)).toEqual(answers);
    const bytes = Buffer.from(sealed, 'base64url').toString('latin1');
    for (const typed of ['José', 'jose@example.com', 'King', 'where', 'step-2']) expect(bytes).not.toContain(typed);
    // A fresh IV each time.
    expect(sealAnswers(answers, hash, SECRET)).not.toBe(sealed);
  });

  it('opens nothing under another secret, for another row, changed, or junk', () => {
    const hash = tokenHash(newResumeToken());
    const sealed = sealAnswers(answers, hash, SECRET);
    expect(openAnswers(sealed, hash, 'another-secret')).toBeUndefined();
    expect(openAnswers(sealed, hash, '')).toBeUndefined();
    // Bound to its row: a sealed value copied onto another token's row does not open there.
    expect(openAnswers(sealed, tokenHash(newResumeToken()), SECRET)).toBeUndefined();
    const flipped = `${sealed.slice(0, 20)}${sealed[20] === 'A' ? 'B' : 'A'}${sealed.slice(21)}`;
    expect(openAnswers(flipped, hash, SECRET)).toBeUndefined();
    for (const junk of [null, undefined, '', '%%%', 'A'.repeat(40)]) expect(openAnswers(junk, hash, SECRET)).toBeUndefined();
  });

  it('takes its key from FORM_SAVE_KEY, else APP_KEYS, and refuses to work without either', () => {
    expect(formSaveSecret({ FORM_SAVE_KEY: 'k', APP_KEYS: 'a' })).toBe('k');
    expect(formSaveSecret({ APP_KEYS: 'a,b' })).toBe('a,b');
    expect(() => formSaveSecret({})).toThrow(/FORM_SAVE_KEY or APP_KEYS/);
  });
});

describe('saved answers: expiry', () => {
  const now = Date.parse('2026-12-03T09:00:00Z');
  it('is ready until it expires, then expired; once used it says used, even after expiry', () => {
    expect(saveState({ expiresAt: new Date(now + 1).toISOString() }, now)).toBe('ready');
    expect(saveState({ expiresAt: new Date(now).toISOString() }, now)).toBe('expired');
    expect(saveState({ expiresAt: new Date(now - 1000) }, now)).toBe('expired');
    expect(saveState({ expiresAt: new Date(now + 1000), usedAt: new Date(now - 10) }, now)).toBe('used');
    expect(saveState({ expiresAt: new Date(now - 1000), usedAt: new Date(now - 2000) }, now)).toBe('used');
  });
});
