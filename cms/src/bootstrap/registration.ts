import type { Core } from '@strapi/strapi';

/**
 * The portal has no resident accounts, so nobody may register one. The REST route is closed by the
 * public role's permissions, but the GraphQL `register` mutation skips those and only reads this
 * setting (users-permissions' "allow_register", on by default): with it on, anyone could create
 * an account over GraphQL (found by cms/tests/reliability/permissions.reliability.test.ts).
 */
interface SettingsStore {
  get(): Promise<Record<string, unknown> | null | undefined>;
  set(params: { value: Record<string, unknown> }): Promise<unknown>;
}

export async function closeRegistration(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' }) as unknown as SettingsStore;
  const advanced = (await store.get()) ?? {};
  if (advanced.allow_register !== false) await store.set({ value: { ...advanced, allow_register: false } });
}
