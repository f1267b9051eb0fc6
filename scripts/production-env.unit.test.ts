import { describe, expect, it } from 'vitest';
import { cmsProcessEnv, readProductionEnv, STRAPI_SECRETS } from './production-env';

const KEY = 'c2VjcmV0LXZhbHVlLTAxMjM0NTY3ODk=';
const complete: Record<string, string> = {
  APP_KEYS: `${KEY},${KEY}x`,
  API_TOKEN_SALT: KEY,
  ADMIN_JWT_SECRET: KEY,
  TRANSFER_TOKEN_SALT: KEY,
  JWT_SECRET: KEY,
  ENCRYPTION_KEY: KEY,
  PUBLISH_WEBHOOK_SECRET: KEY,
  SITE_URL: 'https://www.alexandria.example',
  PUBLIC_URL: 'https://www.alexandria.example',
  DATABASE_URL: 'postgres://portal@127.0.0.1:5432/portal',
};
const without = (...names: string[]) => Object.fromEntries(Object.entries(complete).filter(([name]) => !names.includes(name)));

describe('the production environment', () => {
  it('accepts a complete environment, with loopback defaults for the ports', () => {
    const result = readProductionEnv(complete);
    if (!result.ok) throw new Error(result.message);
    expect(result.env).toMatchObject({
      HOST: '127.0.0.1',
      PORT: 1337,
      SITE_PORT: 4321,
      PUBLISH_PORT: 4322,
      DATABASE_URL: complete.DATABASE_URL,
    });
  });

  it('names every missing variable at once, not only the first', () => {
    const result = readProductionEnv({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.missing.sort()).toEqual([...STRAPI_SECRETS, 'PUBLISH_WEBHOOK_SECRET', 'SITE_URL', 'PUBLIC_URL', 'DATABASE_URL'].sort());
    for (const name of result.missing) expect(result.message).toContain(name);
  });

  it('counts an empty value as missing', () => {
    const result = readProductionEnv({
      ...complete,
      JWT_SECRET: '  ',
      ENCRYPTION_KEY: '',
    });
    expect(result.ok ? [] : result.missing).toEqual(['JWT_SECRET', 'ENCRYPTION_KEY']);
  });

  it('takes an explicit SQLite file instead of PostgreSQL, but not both', () => {
    expect(
      readProductionEnv({
        ...without('DATABASE_URL'),
        DATABASE_FILENAME: '/var/lib/city-portal/portal.db',
      }).ok,
    ).toBe(true);
    const both = readProductionEnv({
      ...complete,
      DATABASE_FILENAME: '/var/lib/city-portal/portal.db',
    });
    expect(both.ok ? [] : both.invalid).toEqual([expect.stringMatching(/^DATABASE_FILENAME: set either/)]);
  });

  it('refuses wrong values with the field and the reason', () => {
    const result = readProductionEnv({
      ...complete,
      SITE_URL: 'www.alexandria.example',
      DATABASE_URL: 'mysql://db/portal',
      ADMIN_JWT_SECRET: 'short',
      APP_KEYS: `${KEY},x`,
      PORT: 'eighty',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.missing).toEqual([]);
    expect(result.invalid.map((line) => line.split(':')[0]).sort()).toEqual(['ADMIN_JWT_SECRET', 'APP_KEYS', 'DATABASE_URL', 'PORT', 'SITE_URL']);
  });
});

describe('the CMS process environment', () => {
  it('is production, reads no cms/.env, never seeds, and sends webhooks to the publisher on loopback', () => {
    const result = readProductionEnv({ ...complete, PUBLISH_PORT: '5002' });
    if (!result.ok) throw new Error(result.message);
    const env = cmsProcessEnv(
      {
        ...complete,
        NODE_ENV: 'development',
        SEED_IF_EMPTY: 'true',
        COMPILE_CMS: 'true',
      },
      result.env,
    );
    expect(env).toMatchObject({
      NODE_ENV: 'production',
      ENV_PATH: '/dev/null',
      PUBLISH_WEBHOOK_URL: 'http://127.0.0.1:5002/publish',
      CORS_ORIGINS: 'https://www.alexandria.example',
    });
    expect(env.SEED_IF_EMPTY).toBeUndefined();
    expect(env.COMPILE_CMS).toBeUndefined();
  });
});
