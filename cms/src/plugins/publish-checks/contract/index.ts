import { z } from 'zod';
import type { CheckResult } from '@city/shared/publish-checks';

/** What the side panel and the server say to each other: one schema for the request, a type for the answer. */
export const PLUGIN_ID = 'publish-checks';

export const checkRequestSchema = z.object({
  uid: z.string().min(1).max(200),
  documentId: z.string().min(1).max(100),
  locale: z.string().min(2).max(20).optional(),
});
export type CheckRequest = z.infer<typeof checkRequestSchema>;

/** Types outside the editorial ones (requests, settings) are not checked: the panel stays hidden. */
export type CheckAnswer = { applicable: false } | ({ applicable: true } & CheckResult);

export { isEditorial } from '../server/lib/editorial';
