import crypto from 'node:crypto';
import net from 'node:net';
import type { Core } from '@strapi/strapi';
import Redis from 'ioredis';
import { PUBLISHER_SECRET_HEADER, VISITOR_IP_HEADER } from '@city/shared/forms';

/**
 * Limits on submitting and on looking up requests: a fixed window per bucket and key. A visitor's
 * key is their address, IPv6 by its /64 (one household or device gets a whole /64, and can pick any
 * address in it); an Open311 client's is its key. Submissions count only once stored (intake), so a
 * resident's validation errors spend nothing; look-ups count each time. Counters live in memory, or
 * in Redis when REDIS_URL is set so that every CMS instance behind a load balancer counts together.
 * RATE_LIMIT_DISABLED=true lifts them (benchmarks only).
 *
 * A bucket may have a ceiling above its `max`: past `max` the caller decides what more it asks for
 * (the island's submissions: a solved proof-of-work challenge, lib/challenge.ts), up to the ceiling.
 * The same store also remembers one-time names (`claimOnce`), so a solved challenge is accepted once
 * across every instance.
 */
export type Bucket = 'submit' | 'lookup' | 'open311' | 'addresses' | 'metrics';

export interface RateLimitSettings {
  disabled: boolean;
  /** `ceiling` (at least `max`; `max` when absent): see `RateDecision.belowCeiling`. */
  limits: Record<Bucket, { max: number; windowMs: number; ceiling?: number }>;
}

export function rateLimitSettings(env: NodeJS.ProcessEnv = process.env): RateLimitSettings {
  const int = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
  };
  const submitMax = int('RATE_LIMIT_SUBMIT_MAX', 10);
  return {
    disabled: env.RATE_LIMIT_DISABLED === 'true',
    limits: {
      // People sharing an address (a library, a service center, a business) go on past the allowance
      // with a solved challenge each, up to the ceiling; a ceiling at or below the allowance turns that off.
      submit: { max: submitMax, windowMs: int('RATE_LIMIT_SUBMIT_WINDOW_MS', 10 * 60_000), ceiling: Math.max(submitMax, int('RATE_LIMIT_SUBMIT_CEILING', 5 * submitMax)) },
      lookup: { max: int('RATE_LIMIT_LOOKUP_MAX', 30), windowMs: int('RATE_LIMIT_LOOKUP_WINDOW_MS', 10 * 60_000) },
      // One 311 app speaks for many residents: its own, larger budget, by key rather than address.
      open311: { max: int('RATE_LIMIT_OPEN311_MAX', 300), windowMs: int('RATE_LIMIT_OPEN311_WINDOW_MS', 10 * 60_000) },
      // The location question searches as the resident types (the island waits for a pause): generous, but a brake on scraping.
      addresses: { max: int('RATE_LIMIT_ADDRESSES_MAX', 300), windowMs: int('RATE_LIMIT_ADDRESSES_WINDOW_MS', 10 * 60_000) },
      // The form's metrics beacons (api/form-metric): a few per page of a fill; past this, they are dropped.
      metrics: { max: int('RATE_LIMIT_METRICS_MAX', 300), windowMs: int('RATE_LIMIT_METRICS_WINDOW_MS', 10 * 60_000) },
    },
  };
}

export interface RateDecision {
  allowed: boolean;
  /** Whether it is (for a hit: was) within the bucket's ceiling, which is `max` unless set higher. */
  belowCeiling: boolean;
  /** Seconds until the window resets, for Retry-After. */
  retryAfterS: number;
}

interface Counter {
  /** Counts one hit and returns the count so far in the window and the ms left in it. */
  increment(key: string, windowMs: number): Promise<{ count: number; ttlMs: number }>;
  /** The count so far in the window, without counting. */
  read(key: string): Promise<{ count: number; ttlMs: number }>;
  /** True the first time a key is claimed until ttlMs pass, false while it is remembered. */
  claim(key: string, ttlMs: number): Promise<boolean>;
  close(): Promise<void>;
}

function memoryCounter(): Counter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  const claims = new Map<string, number>();
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [key, window] of windows) if (window.resetAt <= now) windows.delete(key);
    for (const [key, until] of claims) if (until <= now) claims.delete(key);
  }, 60_000);
  sweep.unref();
  return {
    async increment(key, windowMs) {
      const now = Date.now();
      let window = windows.get(key);
      if (!window || window.resetAt <= now) {
        window = { count: 0, resetAt: now + windowMs };
        windows.set(key, window);
      }
      window.count += 1;
      return { count: window.count, ttlMs: window.resetAt - now };
    },
    async read(key) {
      const now = Date.now();
      const window = windows.get(key);
      return window && window.resetAt > now ? { count: window.count, ttlMs: window.resetAt - now } : { count: 0, ttlMs: 0 };
    },
    async claim(key, ttlMs) {
      const now = Date.now();
      const until = claims.get(key);
      if (until !== undefined && until > now) return false;
      claims.set(key, now + ttlMs);
      return true;
    },
    async close() {
      clearInterval(sweep);
    },
  };
}

function redisCounter(url: string, log: Core.Strapi['log']): Counter {
  // Commands wait for the connection (the first requests after boot), but never longer than
  // commandTimeout: a Redis outage must not hang submissions.
  const redis = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: Number(process.env.RATE_LIMIT_REDIS_TIMEOUT_MS ?? 500) });
  redis.on('error', (error: Error) => log.warn(`Rate limit Redis: ${error.message}`));
  return {
    async increment(key, windowMs) {
      // SET NX starts the window once; INCR counts; PTTL tells how long is left. One round trip.
      const replies = await redis.multi().set(key, '0', 'PX', windowMs, 'NX').incr(key).pttl(key).exec();
      const count = Number(replies?.[1]?.[1] ?? 0);
      const ttlMs = Number(replies?.[2]?.[1] ?? windowMs);
      return { count, ttlMs: ttlMs > 0 ? ttlMs : windowMs };
    },
    async read(key) {
      const replies = await redis.multi().get(key).pttl(key).exec();
      const count = Number(replies?.[0]?.[1] ?? 0);
      const ttlMs = Number(replies?.[1]?.[1] ?? 0);
      return { count: Number.isFinite(count) ? count : 0, ttlMs: ttlMs > 0 ? ttlMs : 0 };
    },
    async claim(key, ttlMs) {
      // SET NX is atomic: of two instances claiming the same key at once, one gets OK.
      return (await redis.set(key, '1', 'PX', Math.max(1, Math.ceil(ttlMs)), 'NX')) === 'OK';
    },
    async close() {
      redis.disconnect();
    },
  };
}

/** The parts of a Koa request that say who is asking. */
export interface AskingRequest {
  /** The socket's address (or X-Forwarded-For's with TRUST_PROXY). */
  ip: string;
  headers: Record<string, string | string[] | undefined>;
}

const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Constant-time, also in the length: both sides are hashed to 32 bytes first. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => crypto.createHash('sha256').update(text).digest();
  return crypto.timingSafeEqual(digest(given), digest(expected));
}

/** The request comes from the site's publisher: it holds the secret both share (none configured: nobody does). */
export function fromPublisher(request: Pick<AskingRequest, 'headers'>, secret: string = process.env.PUBLISH_WEBHOOK_SECRET ?? ''): boolean {
  const given = firstValue(request.headers[PUBLISHER_SECRET_HEADER]);
  return Boolean(secret && given && sameSecret(given, secret));
}

/**
 * The address a request counts against. The site's publisher looks requests up for residents
 * without JavaScript, so every such look-up would come from the publisher's own address and share
 * one budget; it names the resident's address instead (shared/forms/forwarded.ts). That name is
 * believed only with the publisher's secret, and only when it is an IP address; otherwise the
 * request counts against its own address, as any other.
 */
export function rateLimitAddress(request: AskingRequest, secret: string = process.env.PUBLISH_WEBHOOK_SECRET ?? ''): string {
  const given = firstValue(request.headers[PUBLISHER_SECRET_HEADER]);
  const visitor = firstValue(request.headers[VISITOR_IP_HEADER])?.trim();
  // No secret configured means nobody is trusted: an empty header would otherwise match it.
  if (!secret || !given || !visitor || !sameSecret(given, secret)) return request.ip;
  return net.isIP(visitor) ? visitor : request.ip;
}

/** Hextets of an IPv6 address, or undefined when it is not one. */
function ipv6Groups(address: string): number[] | undefined {
  if (!net.isIPv6(address)) return undefined;
  let text = address.split('%')[0] ?? '';
  // An embedded IPv4 tail (::ffff:192.0.2.1) as two hextets.
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/**
 * The key a visitor's address counts under: an IPv4 address as it is (also when written as an
 * IPv4-mapped IPv6 address), an IPv6 address by its /64 network.
 */
export function addressKey(address: string): string {
  const groups = ipv6Groups(address.trim());
  if (!groups) return address.trim();
  const mapped = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  if (mapped) return [groups[6] ?? 0, groups[7] ?? 0].flatMap((group) => [group >> 8, group & 0xff]).join('.');
  return `${groups.slice(0, 4).map((group) => group.toString(16)).join(':')}::/64`;
}

export interface RateLimiter {
  /** Counts one and says whether it was within the limit. */
  hit(bucket: Bucket, key: string): Promise<RateDecision>;
  /** Says whether one more would be within the limit, without counting it. */
  peek(bucket: Bucket, key: string): Promise<RateDecision>;
  /** True the first time `name` is claimed within ttlMs, on every instance that shares the store. */
  claimOnce(name: string, ttlMs: number): Promise<boolean>;
  close(): Promise<void>;
}

export function createRateLimiter(strapi: Core.Strapi, settings: RateLimitSettings = rateLimitSettings()): RateLimiter {
  const redisUrl = process.env.REDIS_URL;
  const counter = redisUrl ? redisCounter(redisUrl, strapi.log) : memoryCounter();
  const prefix = process.env.RATE_LIMIT_PREFIX ?? 'portal:rate';
  const unavailable = (error: unknown) => {
    // Redis down: keep taking requests (the city would rather get spam than lose a report).
    strapi.log.warn(`Rate limit unavailable, allowing: ${error instanceof Error ? error.message : String(error)}`);
  };
  const decide = async (bucket: Bucket, key: string, count: boolean): Promise<RateDecision> => {
    if (settings.disabled) return { allowed: true, belowCeiling: true, retryAfterS: 0 };
    const { max, windowMs } = settings.limits[bucket];
    const ceiling = Math.max(max, settings.limits[bucket].ceiling ?? max);
    const counterKey = `${prefix}:${bucket}:${bucket === 'open311' ? key : addressKey(key)}`;
    try {
      if (count) {
        const { count: seen, ttlMs } = await counter.increment(counterKey, windowMs);
        return { allowed: seen <= max, belowCeiling: seen <= ceiling, retryAfterS: Math.max(1, Math.ceil(ttlMs / 1000)) };
      }
      const { count: seen, ttlMs } = await counter.read(counterKey);
      return { allowed: seen < max, belowCeiling: seen < ceiling, retryAfterS: Math.max(1, Math.ceil(ttlMs / 1000)) };
    } catch (error) {
      unavailable(error);
      return { allowed: true, belowCeiling: true, retryAfterS: 0 };
    }
  };
  return {
    hit: (bucket, key) => decide(bucket, key, true),
    peek: (bucket, key) => decide(bucket, key, false),
    claimOnce: async (name, ttlMs) => {
      try {
        return await counter.claim(`${prefix}:once:${name}`, ttlMs);
      } catch (error) {
        // As the limits themselves: without the store, the request is taken rather than lost.
        unavailable(error);
        return true;
      }
    },
    close: () => counter.close(),
  };
}

let shared: RateLimiter | undefined;
/** The process's limiter, created on first use. */
export function rateLimiter(strapi: Core.Strapi): RateLimiter {
  shared ??= createRateLimiter(strapi);
  return shared;
}
export async function closeRateLimiter(): Promise<void> {
  await shared?.close();
  shared = undefined;
}
