import type { Core, UID } from '@strapi/strapi';
import type { z } from 'zod';
import { REQUEST_UID } from '../../../lib/constants';
import { storedRequestSchema } from '../../../lib/stored-request';
import { isUpdatesSignature } from './update-links';

/** What the opt-out page needs of a request: its language and whether update emails are off. */
const preferenceSchema = storedRequestSchema.pick({ reference: true, language: true, updatesOptOut: true });
export type UpdatesPreference = z.infer<typeof preferenceSchema>;

interface RequestRows {
  findOne(params: { where: Record<string, unknown>; select: string[] }): Promise<unknown>;
  updateMany(params: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<{ count: number }>;
}
const requestRows = (strapi: Core.Strapi) => strapi.db.query(REQUEST_UID as UID.Schema) as unknown as RequestRows;

/**
 * The request a signed opt-out link names. A wrong signature and an unknown reference give the
 * same answer (undefined), so the link cannot be used to find out which references exist.
 */
export async function findSignedRequest(strapi: Core.Strapi, reference: string, signature: string): Promise<UpdatesPreference | undefined> {
  if (!isUpdatesSignature(reference, signature)) return undefined;
  const raw = await requestRows(strapi).findOne({ where: { reference }, select: Object.keys(preferenceSchema.shape) });
  return raw ? preferenceSchema.parse(raw) : undefined;
}

/**
 * Turns a request's update emails off or on. Straight to the row with updateMany: Strapi's timestamp
 * subscriber moves `updatedAt` on update() but not on updateMany() with one object, and the resident's
 * "last updated" date on the track page is about the request, not about their email preference.
 */
export async function setUpdatesOptOut(strapi: Core.Strapi, reference: string, optOut: boolean): Promise<void> {
  await requestRows(strapi).updateMany({ where: { reference }, data: { updatesOptOut: optOut } });
}
