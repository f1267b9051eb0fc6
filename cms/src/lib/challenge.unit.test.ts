import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { solveChallenge as altchaSolve } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { decodeChallengePayload, encodeChallengePayload, type Challenge } from '@city/shared/challenge';
import { solveChallenge } from '@city/shared/challenge-solver';
import { challengeComplexity, checkChallenge, issueChallenge, type OneTimeStore } from './challenge';

/** The rate limiter's one-time store, in memory, as the CMS without Redis has it. */
function memoryStore(): OneTimeStore & { names: string[] } {
  const until = new Map<string, number>();
  return {
    names: [],
    async claimOnce(name, ttlMs) {
      this.names.push(name);
      if ((until.get(name) ?? 0) > Date.now()) return false;
      until.set(name, Date.now() + ttlMs);
      return true;
    },
  };
}

async function solvedPayload(challenge: Challenge): Promise<string> {
  const solution = await altchaSolve({ challenge, deriveKey });
  if (!solution) throw new Error('altcha-lib did not solve the challenge');
  return encodeChallengePayload(challenge, solution);
}

let appKeys: string | undefined;
beforeEach(() => {
  appKeys = process.env.APP_KEYS;
  process.env.APP_KEYS = 'test-key-one,test-key-two';
});
afterEach(() => {
  if (appKeys === undefined) delete process.env.APP_KEYS;
  else process.env.APP_KEYS = appKeys;
});

describe('a proof-of-work challenge', () => {
  it('is solved by altcha-lib, accepted once, then refused as used', async () => {
    const challenge = await issueChallenge(Date.now(), 40);
    expect(challenge.parameters).toMatchObject({ algorithm: 'PBKDF2/SHA-256', cost: 1000 });
    const payload = await solvedPayload(challenge);
    const store = memoryStore();
    expect(await checkChallenge(payload, store)).toBe('solved');
    expect(await checkChallenge(payload, store)).toBe('used');
    expect(store.names).toEqual([`challenge:${challenge.signature}`, `challenge:${challenge.signature}`]);
  });

  it('is solved by the browser’s solver (Web Crypto) in the same format', async () => {
    const challenge = await issueChallenge(Date.now(), 40);
    const solution = await solveChallenge(challenge);
    expect(solution).toBeDefined();
    if (!solution) return;
    expect(await checkChallenge(encodeChallengePayload(challenge, solution), memoryStore())).toBe('solved');
  });

  it('expires after ten minutes', async () => {
    const issued = Date.now() - 10 * 60 * 1000 - 2000;
    const challenge = await issueChallenge(issued, 20);
    expect(challenge.parameters.expiresAt).toBe(Math.floor((issued + 10 * 60 * 1000) / 1000));
    expect(await checkChallenge(await solvedPayload(challenge), memoryStore())).toBe('expired');
    const recent = await issueChallenge(Date.now() - 9 * 60 * 1000, 20);
    expect(await checkChallenge(await solvedPayload(recent), memoryStore())).toBe('solved');
  });

  it('refuses a wrong answer, altered parameters, another CMS’s challenge and junk, and remembers none of them', async () => {
    const challenge = await issueChallenge(Date.now(), 40);
    const payload = await solvedPayload(challenge);
    const decoded = decodeChallengePayload(payload);
    if (!decoded) throw new Error('payload does not decode');
    const store = memoryStore();
    // The derived key is the proof (checked against the key the CMS signed); the counter only says where it was found.
    const wrongKey = encodeChallengePayload(challenge, { ...decoded.solution, derivedKey: '00'.repeat(32) });
    // A later expiry would keep a solution forever: the signature covers it.
    const longer = encodeChallengePayload({ ...challenge, parameters: { ...challenge.parameters, expiresAt: challenge.parameters.expiresAt + 3600 } }, decoded.solution);
    for (const bad of [wrongKey, longer, 'not base64 !', btoa('{"challenge":1}')]) expect(await checkChallenge(bad, store), bad).toBe('invalid');
    expect(await checkChallenge(undefined, store)).toBe('missing');
    expect(await checkChallenge('', store)).toBe('missing');
    process.env.APP_KEYS = 'another-city';
    expect(await checkChallenge(payload, store)).toBe('invalid');
    expect(store.names).toEqual([]);
  });

  it('takes its complexity from REQUEST_CHALLENGE_COMPLEXITY, with a default for anything unusable', async () => {
    expect(challengeComplexity({})).toBe(2000);
    expect(challengeComplexity({ REQUEST_CHALLENGE_COMPLEXITY: '500' })).toBe(500);
    for (const junk of ['0', '-3', 'x', '1.5']) expect(challengeComplexity({ REQUEST_CHALLENGE_COMPLEXITY: junk })).toBe(2000);
    // The counter the solver must reach lies between half the complexity and all of it.
    const solution = await altchaSolve({ challenge: await issueChallenge(Date.now(), 30), deriveKey });
    expect(solution?.counter).toBeGreaterThanOrEqual(15);
    expect(solution?.counter).toBeLessThanOrEqual(30);
  });
});
