import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChallengeRequiredError, checkBotSignals, ConfirmationRequiredError, isConfirmed, issueConfirmation } from './abuse';

const KEY = '5f0c3a52-7d1e-4b8e-9a51-0c7e2b9d1f00';
const NOW = 1_800_000_000_000;
const resident = { channel: 'web_nojs' as const, idempotencyKey: KEY, locale: 'es' };

let minFill: string | undefined;
beforeEach(() => {
  minFill = process.env.REQUEST_MIN_FILL_MS;
  process.env.REQUEST_MIN_FILL_MS = '3000';
});
afterEach(() => {
  if (minFill === undefined) delete process.env.REQUEST_MIN_FILL_MS;
  else process.env.REQUEST_MIN_FILL_MS = minFill;
});

const refusal = (run: () => void): ConfirmationRequiredError | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof ConfirmationRequiredError) return error;
    throw error;
  }
};

describe('a confirmation proof', () => {
  it('holds for its own key until it expires, and for nothing else', () => {
    const token = issueConfirmation(KEY, NOW);
    expect(isConfirmed(token, KEY, NOW)).toBe(true);
    expect(isConfirmed(token, KEY, NOW + 30 * 60 * 1000)).toBe(true);
    expect(isConfirmed(token, KEY, NOW + 30 * 60 * 1000 + 1)).toBe(false);
    expect(isConfirmed(token, `${KEY.slice(0, -1)}1`, NOW)).toBe(false);
    const [expires, mac] = token.split('.');
    expect(isConfirmed(`${Number(expires) + 1}.${mac}`, KEY, NOW)).toBe(false);
    for (const junk of [undefined, '', 'x', `${expires}.`, `${expires}.${'A'.repeat(43)}`]) expect(isConfirmed(junk, KEY, NOW)).toBe(false);
  });
});

describe('the robot checks of a resident’s submission', () => {
  it('asks a form sent too fast to confirm, in the resident’s language, with a proof for the same key', () => {
    const error = refusal(() => checkBotSignals({ ...resident, startedAt: NOW - 1000 }, NOW));
    expect(error?.reason).toBe('too_fast');
    expect(error?.fieldErrors).toEqual([{ field: 'confirmation', message: expect.stringContaining('todavía no se ha enviado') }]);
    expect(isConfirmed(error?.confirmation, KEY, NOW)).toBe(true);
  });

  it('lets the confirmed send through however fast, and one sent slowly without asking', () => {
    const confirmation = issueConfirmation(KEY, NOW);
    expect(refusal(() => checkBotSignals({ ...resident, startedAt: NOW - 10, confirmation }, NOW))).toBeUndefined();
    expect(refusal(() => checkBotSignals({ ...resident, startedAt: NOW - 3000 }, NOW))).toBeUndefined();
    expect(refusal(() => checkBotSignals({ ...resident }, NOW))).toBeUndefined();
  });

  it('never takes a proof while the honeypot is filled', () => {
    const confirmation = issueConfirmation(KEY, NOW);
    const error = refusal(() => checkBotSignals({ ...resident, channel: 'web', startedAt: NOW - 60_000, honeypot: 'http://spam.example', confirmation }, NOW));
    expect(error?.reason).toBe('honeypot');
  });

  it('leaves Open311 clients to their key', () => {
    expect(refusal(() => checkBotSignals({ ...resident, channel: 'open311', startedAt: NOW, honeypot: 'x' }, NOW))).toBeUndefined();
  });
});

describe('a challenge asked of a send past the allowance', () => {
  it('is a field error on `challenge` in the resident’s language, carrying the challenge to solve', () => {
    const challenge = {
      parameters: { algorithm: 'PBKDF2/SHA-256' as const, nonce: 'ab', salt: 'cd', cost: 1000, keyLength: 32, keyPrefix: 'ef', expiresAt: 1_800_000_600 },
      signature: '01',
    };
    const error = new ChallengeRequiredError('es', challenge, 'missing');
    expect(error.fieldErrors).toEqual([{ field: 'challenge', message: expect.stringContaining('no es automática') }]);
    expect(error.details).toEqual({ challenge, errors: error.fieldErrors });
    expect(new ChallengeRequiredError('en', challenge, 'used').message).toContain('not automated');
  });
});
