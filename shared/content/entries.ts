import { z } from 'zod';
import { LOCALES } from '../locales/index.js';
import { blocksSchema } from './blocks.js';
import { isSafeHref } from './urls.js';

/**
 * What the site's content loader receives from the CMS's GraphQL API for each entry, and stores
 * unchanged after validation. Nullable fields are the ones editors may leave empty.
 */

/** Lower-case words joined by hyphens; the same in every language. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
export const localeSchema = z.enum(LOCALES);
/** An ISO 8601 timestamp as Strapi sends it. */
export const timestampSchema = z.string().datetime({ offset: true });
export const safeHrefSchema = z.string().min(1).refine(isSafeHref, 'must be a site path (/...) or an http(s), mailto: or tel: URL');

const entryBase = {
  /** Strapi's id, shared by all locale versions of one entry. */
  documentId: z.string().min(1),
  locale: localeSchema,
  /** When an editor last changed this locale version; shown as "last updated". */
  updatedAt: timestampSchema,
};

export const listItemSchema = z.object({ text: z.string().min(1) });

/** As GraphQL spells them: Strapi turns the enum's hyphens into underscores (`public_records`). */
export const linkPurposes = ['navigation', 'accessibility', 'privacy', 'public_records', 'contact', 'other'] as const;
export const linkSchema = z.object({
  label: z.string().min(1),
  href: safeHrefSchema,
  /** Lets the site find the required footer links whatever their label. */
  purpose: z.enum(linkPurposes).nullable(),
});
export type Link = z.infer<typeof linkSchema>;

export const contactSchema = z.object({
  phone: z.string().nullable(),
  email: z.string().email().nullable(),
  address: z.string().nullable(),
  hours: z.string().nullable(),
});
export type Contact = z.infer<typeof contactSchema>;

export const documentLinkSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().nullable(),
    url: safeHrefSchema.nullable(),
    /** An uploaded file; its URL is relative to the CMS. */
    file: z.object({ url: z.string().min(1), name: z.string(), ext: z.string().nullable(), size: z.number().nullable() }).nullable(),
  })
  .refine((document) => document.url !== null || document.file !== null, { message: 'needs a URL or a file', path: ['url'] });
export type DocumentLink = z.infer<typeof documentLinkSchema>;

export const divisionSchema = z.object({
  key: slugSchema,
  name: z.string().min(1),
  summary: z.string().min(1),
  responsibilities: z.array(listItemSchema),
});
export type Division = z.infer<typeof divisionSchema>;

export const departmentEntrySchema = z.object({
  ...entryBase,
  slug: slugSchema,
  name: z.string().min(1),
  summary: z.string().min(1),
  body: blocksSchema.nullable(),
  goals: z.array(listItemSchema),
  divisions: z.array(divisionSchema),
  documents: z.array(documentLinkSchema),
  contact: contactSchema.nullable(),
});
export type DepartmentEntry = z.infer<typeof departmentEntrySchema>;

export const audiences = ['residents', 'businesses', 'both'] as const;
export const serviceEntrySchema = z.object({
  ...entryBase,
  slug: slugSchema,
  title: z.string().min(1),
  summary: z.string().min(1),
  body: blocksSchema.nullable(),
  audience: z.enum(audiences),
  topic: z.string().min(1),
  keywords: z.string().nullable(),
  timeToComplete: z.string().nullable(),
  department: z.object({ slug: slugSchema, name: z.string().min(1) }).nullable(),
  /** The online request form, when the service has one (and it is published). */
  serviceForm: z.object({ code: z.string().min(1), title: z.string().min(1) }).nullable(),
});
export type ServiceEntry = z.infer<typeof serviceEntrySchema>;

export const pageEntrySchema = z.object({
  ...entryBase,
  slug: slugSchema,
  title: z.string().min(1),
  summary: z.string().nullable(),
  body: blocksSchema.nullable(),
});
export type PageEntry = z.infer<typeof pageEntrySchema>;

export const alertSeverities = ['info', 'warning', 'emergency'] as const;
export const alertEntrySchema = z.object({
  ...entryBase,
  message: z.string().min(1),
  severity: z.enum(alertSeverities),
  startsAt: timestampSchema,
  endsAt: timestampSchema.nullable(),
});
export type AlertEntry = z.infer<typeof alertEntrySchema>;

/** An alert shows from its start until its end; one without an end shows until it is unpublished. */
export function isAlertActive(alert: Pick<AlertEntry, 'startsAt' | 'endsAt'>, now: Date): boolean {
  return new Date(alert.startsAt) <= now && (alert.endsAt === null || new Date(alert.endsAt) > now);
}

/** The footer must always link to these pages; a Global without one of them fails the build. */
export const requiredFooterPurposes = ['accessibility', 'privacy', 'public_records', 'contact'] as const;

export const globalEntrySchema = z.object({
  ...entryBase,
  siteName: z.string().min(1),
  tagline: z.string().nullable(),
  navigation: z.array(linkSchema),
  footerLinks: z.array(linkSchema).superRefine((links, context) => {
    for (const purpose of requiredFooterPurposes) {
      if (!links.some((link) => link.purpose === purpose)) {
        context.addIssue({ code: z.ZodIssueCode.custom, message: `needs a link with purpose "${purpose}"` });
      }
    }
  }),
});
export type GlobalEntry = z.infer<typeof globalEntrySchema>;
