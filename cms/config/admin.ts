import type { Core } from '@strapi/strapi';
import { previewOrigin, previewUrl } from '../src/lib/preview/preview-link';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
  // "Open preview" shows the entry rendered by the publisher, as the live site would show it once
  // published, from a signed link that expires (src/lib/preview). Strapi adds the site's origin to
  // the admin's frame-src, so the admin can frame it; the publisher lets only the admin frame it.
  preview: {
    enabled: true,
    config: {
      allowedOrigins: [previewOrigin()],
      handler: (uid: string, request: { documentId?: string | null; locale?: string | null; status?: string | null }) => previewUrl(uid, request),
    },
  },
});
