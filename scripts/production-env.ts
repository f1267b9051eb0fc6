// The environment `npm run serve` needs: one schema, so a half-configured production never starts.
import { z } from 'zod';

/** Strapi's secrets: without any of them the CMS would start with a weaker or broken setup. */
export const STRAPI_SECRETS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'] as const;

const required = z.string({ required_error: 'missing' }).trim().min(1, 'missing');
const secret = required.pipe(z.string().min(16, 'too short: generate it with `openssl rand -base64 32`'));
const httpUrl = required.pipe(z.string().refine((value) => URL.canParse(value) && /^https?:\/\//.test(value), 'must be an http:// or https:// address'));
const port = (fallback: number) => z.coerce.number().int().min(1).max(65_535).default(fallback);
const optional = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));

const settingsSchema = z.object({
  APP_KEYS: required.refine((value) => value.split(',').every((key) => key.trim().length >= 16), 'a comma-separated list of keys, each at least 16 characters'),
  API_TOKEN_SALT: secret,
  ADMIN_JWT_SECRET: secret,
  TRANSFER_TOKEN_SALT: secret,
  JWT_SECRET: secret,
  ENCRYPTION_KEY: secret,
  PUBLISH_WEBHOOK_SECRET: secret,
  /** The public address of the site (sitemap, canonical links, where the no-JS form returns). */
  SITE_URL: httpUrl,
  /** The public address of the CMS (links in emails and the admin). Behind one nginx: the site's origin. */
  PUBLIC_URL: httpUrl,
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PORT: port(1337),
  SITE_HOST: z.string().trim().min(1).default('127.0.0.1'),
  SITE_PORT: port(4321),
  PUBLISH_PORT: port(4322),
  PUBLISH_DIR: optional,
  CORS_ORIGINS: optional,
  PUBLIC_CMS_URL: optional,
});

/** PostgreSQL; or, for a single small server, an explicit SQLite file in DATABASE_FILENAME. */
const databaseSchema = z.object({ DATABASE_URL: optional, DATABASE_FILENAME: optional }).superRefine((env, context) => {
  if (env.DATABASE_URL) {
    if (!/^postgres(ql)?:\/\//.test(env.DATABASE_URL)) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['DATABASE_URL'],
        message: 'must be a postgres:// connection string',
      });
    }
    if (env.DATABASE_FILENAME) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['DATABASE_FILENAME'],
        message: 'set either DATABASE_URL or DATABASE_FILENAME, not both',
      });
    }
    return;
  }
  if (!env.DATABASE_FILENAME) {
    context.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['DATABASE_URL'],
      message: 'missing (or DATABASE_FILENAME, to choose SQLite explicitly)',
    });
  }
});

// An intersection checks both parts even when one fails, so every problem is named at once.
export const productionEnvSchema = settingsSchema.and(databaseSchema);

export type ProductionEnv = z.infer<typeof productionEnvSchema>;

export type ProductionEnvResult = { ok: true; env: ProductionEnv } | { ok: false; missing: string[]; invalid: string[]; message: string };

/** Reads the production environment, or says every variable that is missing or wrong, at once. */
export function readProductionEnv(source: NodeJS.ProcessEnv): ProductionEnvResult {
  const parsed = productionEnvSchema.safeParse(source);
  if (parsed.success) return { ok: true, env: parsed.data };
  const missing: string[] = [];
  const invalid: string[] = [];
  for (const issue of parsed.error.issues) {
    const name = String(issue.path[0] ?? '');
    if (issue.message === 'missing' || issue.message.startsWith('missing ')) {
      if (!missing.includes(name)) missing.push(name);
    } else {
      invalid.push(`${name}: ${issue.message}`);
    }
  }
  const lines = ['npm run serve: the production environment is incomplete; nothing was started.'];
  if (missing.length > 0) lines.push(`Missing: ${missing.join(', ')}`);
  for (const line of invalid) lines.push(`Invalid ${line}`);
  lines.push('Set them in the service manager (see docs/deploy.md). For DATABASE_URL, DATABASE_FILENAME chooses SQLite instead.');
  return { ok: false, missing, invalid, message: lines.join('\n') };
}

/** The CMS process's environment: production, and nothing read from cms/.env (ENV_PATH=/dev/null). */
export function cmsProcessEnv(source: NodeJS.ProcessEnv, env: ProductionEnv): NodeJS.ProcessEnv {
  const { SEED_IF_EMPTY: _seed, COMPILE_CMS: _compile, ...rest } = source;
  return {
    ...rest,
    NODE_ENV: 'production',
    STRAPI_TELEMETRY_DISABLED: 'true',
    // Strapi loads dotenv from ENV_PATH, else cms/.env: a developer's file must never configure production.
    ENV_PATH: '/dev/null',
    HOST: env.HOST,
    PORT: String(env.PORT),
    DATABASE_URL: env.DATABASE_URL ?? '',
    ...(env.DATABASE_FILENAME ? { DATABASE_FILENAME: env.DATABASE_FILENAME } : {}),
    CORS_ORIGINS: env.CORS_ORIGINS ?? new URL(env.SITE_URL).origin,
    PUBLISH_WEBHOOK_URL: `http://127.0.0.1:${env.PUBLISH_PORT}/publish`,
  };
}
