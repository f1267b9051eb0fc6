import crypto from 'node:crypto';
import net from 'node:net';
import type { Core } from '@strapi/strapi';
import Redis from 'ioredis';
import { PUBLISHER_SECRET_HEADER, VISITOR_IP_HEADER } from '@city/shared/forms';

/**
 * Per-IP limits on submitting and on looking up requests: a fixed window per bucket and address.
 * Counters live in memory, or in Redis when REDIS_URL is set so that every CMS instance behind a
 * load balancer counts together. RATE_LIMIT_DISABLED=true lifts them (benchmarks only).
 */
export type Bucket = 'submit' | 'lookup';

export interface RateLimitSettings {
  disabled: boolean;
  limits: Record<Bucket, { max: number; windowMs: number }>;
}

export function rateLimitSettings(env: NodeJS.ProcessEnv = process.env): RateLimitSettings {
  const int = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
  };
  return {
    disabled: env.RATE_LIMIT_DISABLED === 'true',
    limits: {
      submit: { max: int('RATE_LIMIT_SUBMIT_MAX', 10), windowMs: int('RATE_LIMIT_SUBMIT_WINDOW_MS', 10 * 60_000) },
      lookup: { max: int('RATE_LIMIT_LOOKUP_MAX', 30), windowMs: int('RATE_LIMIT_LOOKUP_WINDOW_MS', 10 * 60_000) },
    },
  };
}

export interface RateDecision {
  allowed: boolean;
  /** Seconds until the window resets, for Retry-After. */
  retryAfterS: number;
}

interface Counter {
  /** Counts one hit and returns the count so far in the window and the ms left in it. */
  increment(key: string, windowMs: number): Promise<{ count: number; ttlMs: number }>;
  close(): Promise<void>;
}

function memoryCounter(): Counter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [key, window] of windows) if (window.resetAt <= now) windows.delete(key);
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

export interface RateLimiter {
  hit(bucket: Bucket, ip: string): Promise<RateDecision>;
  close(): Promise<void>;
}

export function createRateLimiter(strapi: Core.Strapi, settings: RateLimitSettings = rateLimitSettings()): RateLimiter {
  const redisUrl = process.env.REDIS_URL;
  const counter = redisUrl ? redisCounter(redisUrl, strapi.log) : memoryCounter();
  const prefix = process.env.RATE_LIMIT_PREFIX ?? 'portal:rate';
  return {
    async hit(bucket, ip) {
      if (settings.disabled) return { allowed: true, retryAfterS: 0 };
      const { max, windowMs } = settings.limits[bucket];
      try {
        const { count, ttlMs } = await counter.increment(`${prefix}:${bucket}:${ip}`, windowMs);
        return { allowed: count <= max, retryAfterS: Math.max(1, Math.ceil(ttlMs / 1000)) };
      } catch (error) {
        // Redis down: keep taking requests (the city would rather get spam than lose a report).
        strapi.log.warn(`Rate limit unavailable, allowing: ${error instanceof Error ? error.message : String(error)}`);
        return { allowed: true, retryAfterS: 0 };
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
