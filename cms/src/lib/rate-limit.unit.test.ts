import { describe, expect, it } from 'vitest';
import { PUBLISHER_SECRET_HEADER, VISITOR_IP_HEADER } from '@city/shared/forms';
import type { Core } from '@strapi/strapi';
import { addressKey, createRateLimiter, rateLimitAddress, rateLimitSettings, type RateLimitSettings } from './rate-limit';

const SECRET = 'publisher-secret-0123456789';
const asking = (headers: Record<string, string | string[] | undefined>) => ({ ip: '127.0.0.1', headers });

describe('the address a look-up counts against', () => {
  it('is the resident’s address the publisher names, with the publisher’s secret', () => {
    expect(rateLimitAddress(asking({ [PUBLISHER_SECRET_HEADER]: SECRET, [VISITOR_IP_HEADER]: '203.0.113.7' }), SECRET)).toBe('203.0.113.7');
    expect(rateLimitAddress(asking({ [PUBLISHER_SECRET_HEADER]: [SECRET], [VISITOR_IP_HEADER]: ' 2001:db8::1 ' }), SECRET)).toBe('2001:db8::1');
  });

  it('ignores a forged visitor header: no secret, a wrong one, one of another length, or an empty one', () => {
    for (const secret of [undefined, 'wrong-secret-0123456789abc', 'x', '', `${SECRET}x`]) {
      const headers = { [VISITOR_IP_HEADER]: '203.0.113.7', ...(secret === undefined ? {} : { [PUBLISHER_SECRET_HEADER]: secret }) };
      expect(rateLimitAddress(asking(headers), SECRET), `secret ${JSON.stringify(secret)}`).toBe('127.0.0.1');
    }
  });

  it('trusts nobody when the CMS has no secret, even a request that sends an empty one', () => {
    expect(rateLimitAddress(asking({ [PUBLISHER_SECRET_HEADER]: '', [VISITOR_IP_HEADER]: '203.0.113.7' }), '')).toBe('127.0.0.1');
  });

  it('keeps the socket address when the named one is not an IP address', () => {
    for (const visitor of ['', 'evil', '203.0.113.7, 10.0.0.1', '999.1.1.1']) {
      expect(rateLimitAddress(asking({ [PUBLISHER_SECRET_HEADER]: SECRET, [VISITOR_IP_HEADER]: visitor }), SECRET)).toBe('127.0.0.1');
    }
  });

  it('is the socket address for everyone else', () => {
    expect(rateLimitAddress({ ip: '198.51.100.4', headers: {} }, SECRET)).toBe('198.51.100.4');
  });
});

describe('the key an address counts under', () => {
  it('is an IPv6 address’s /64, however it is written', () => {
    const home = ['2001:db8:1:2::1', '2001:db8:1:2:ffff:ffff:ffff:fffe', '2001:0DB8:0001:0002:0:0:0:9', '2001:db8:1:2::192.0.2.1', ' 2001:db8:1:2::5 '];
    for (const address of home) expect(addressKey(address), address).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });

  it('is an IPv4 address as it is, also when written IPv4-mapped', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:cb00:7107')).toBe('203.0.113.7');
  });
});

describe('a rate limiter in memory', () => {
  const strapi = { log: { warn: () => undefined } } as unknown as Core.Strapi;
  const settings = (max: number): RateLimitSettings => ({
    disabled: false,
    limits: { submit: { max, windowMs: 60_000 }, lookup: { max, windowMs: 60_000 }, open311: { max, windowMs: 60_000 }, addresses: { max, windowMs: 60_000 }, metrics: { max, windowMs: 60_000 } },
  });

  it('peeks without counting, and counts what is hit', async () => {
    const limiter = createRateLimiter(strapi, settings(2));
    try {
      for (let i = 0; i < 5; i += 1) expect((await limiter.peek('submit', '198.51.100.1')).allowed).toBe(true);
      expect((await limiter.hit('submit', '198.51.100.1')).allowed).toBe(true);
      expect((await limiter.peek('submit', '198.51.100.1')).allowed).toBe(true);
      expect((await limiter.hit('submit', '198.51.100.1')).allowed).toBe(true);
      const full = await limiter.peek('submit', '198.51.100.1');
      expect(full.allowed).toBe(false);
      expect(full.retryAfterS).toBeGreaterThan(0);
      // Another bucket and another address have budgets of their own.
      expect((await limiter.peek('lookup', '198.51.100.1')).allowed).toBe(true);
      expect((await limiter.peek('submit', '198.51.100.2')).allowed).toBe(true);
    } finally {
      await limiter.close();
    }
  });

  it('counts a whole IPv6 /64 together, and other /64s apart', async () => {
    const limiter = createRateLimiter(strapi, settings(2));
    try {
      await limiter.hit('submit', '2001:db8:5:6::1');
      await limiter.hit('submit', '2001:db8:5:6::2');
      expect((await limiter.peek('submit', '2001:db8:5:6:abcd::9')).allowed).toBe(false);
      expect((await limiter.peek('submit', '2001:db8:5:7::1')).allowed).toBe(true);
    } finally {
      await limiter.close();
    }
  });
});

const silentStrapi = { log: { warn: () => undefined } } as unknown as Core.Strapi;

describe('the in-memory rate limiter', () => {
  it('allows max hits per window and address, then refuses until the window ends', async () => {
    const settings = rateLimitSettings({ RATE_LIMIT_SUBMIT_MAX: '2', RATE_LIMIT_SUBMIT_WINDOW_MS: '300' });
    const limiter = createRateLimiter(silentStrapi, settings);
    try {
      expect((await limiter.hit('submit', '10.0.0.1')).allowed).toBe(true);
      expect((await limiter.hit('submit', '10.0.0.1')).allowed).toBe(true);
      const third = await limiter.hit('submit', '10.0.0.1');
      expect(third).toEqual({ allowed: false, belowCeiling: true, retryAfterS: 1 });
      // Another address and another bucket count apart.
      expect((await limiter.hit('submit', '10.0.0.2')).allowed).toBe(true);
      expect((await limiter.hit('lookup', '10.0.0.1')).allowed).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 350));
      expect((await limiter.hit('submit', '10.0.0.1')).allowed).toBe(true);
    } finally {
      await limiter.close();
    }
  });

  it('is lifted by RATE_LIMIT_DISABLED=true', async () => {
    const limiter = createRateLimiter(silentStrapi, rateLimitSettings({ RATE_LIMIT_DISABLED: 'true', RATE_LIMIT_SUBMIT_MAX: '1' }));
    const decisions = await Promise.all(Array.from({ length: 5 }, () => limiter.hit('submit', '10.0.0.1')));
    expect(decisions.every((decision) => decision.allowed)).toBe(true);
    await limiter.close();
  });
});

describe('the submit ceiling and one-time names', () => {
  it('says past the allowance whether a submission is still below the ceiling (5 × the allowance by default)', async () => {
    expect(rateLimitSettings({ RATE_LIMIT_SUBMIT_MAX: '4' }).limits.submit).toMatchObject({ max: 4, ceiling: 20 });
    expect(rateLimitSettings({ RATE_LIMIT_SUBMIT_MAX: '4', RATE_LIMIT_SUBMIT_CEILING: '2' }).limits.submit.ceiling).toBe(4);
    const limiter = createRateLimiter(silentStrapi, rateLimitSettings({ RATE_LIMIT_SUBMIT_MAX: '1', RATE_LIMIT_SUBMIT_CEILING: '3' }));
    try {
      const seen: [boolean, boolean][] = [];
      for (let i = 0; i < 4; i += 1) {
        const { allowed, belowCeiling } = await limiter.peek('submit', '10.0.0.9');
        seen.push([allowed, belowCeiling]);
        await limiter.hit('submit', '10.0.0.9');
      }
      expect(seen).toEqual([[true, true], [false, true], [false, true], [false, false]]);
      // Other buckets have no room above their max.
      await limiter.hit('lookup', '10.0.0.9');
      expect(await limiter.peek('lookup', '10.0.0.9')).toMatchObject({ allowed: true, belowCeiling: true });
    } finally {
      await limiter.close();
    }
  });

  it('claims a name once until its time is up', async () => {
    const limiter = createRateLimiter(silentStrapi, rateLimitSettings({}));
    try {
      expect(await limiter.claimOnce('challenge:abc', 200)).toBe(true);
      expect(await limiter.claimOnce('challenge:abc', 200)).toBe(false);
      expect(await limiter.claimOnce('challenge:abd', 200)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect(await limiter.claimOnce('challenge:abc', 200)).toBe(true);
    } finally {
      await limiter.close();
    }
  });
});
