import type { Core, UID } from '@strapi/strapi';
import { replyTemplates, type ReplyTemplateSeed } from './content/reply-templates';
import type { SeedReport } from './index';
import { localesOf } from '@city/shared/locales';
import type { Locale } from './types';

const TEMPLATE_UID = 'api::reply-template.reply-template' as UID.ContentType;
const FORM_UID = 'api::service-form.service-form' as UID.ContentType;

/** The slice of the Document Service this seed uses. */
interface Documents {
  findFirst(params: { locale: Locale; filters: Record<string, string> }): Promise<{ documentId: string } | null>;
  findOne(params: { documentId: string; locale: Locale }): Promise<{ documentId: string } | null>;
  create(params: { locale: Locale; data: object }): Promise<{ documentId: string }>;
  update(params: { documentId: string; locale: Locale; data: object }): Promise<unknown>;
}
const documentsOf = (strapi: Core.Strapi, uid: UID.ContentType) => strapi.documents(uid) as unknown as Documents;

/** The template's forms in one locale; a form missing there is left out rather than failing the seed. */
async function formsIn(strapi: Core.Strapi, template: ReplyTemplateSeed, locale: Locale) {
  const found = await Promise.all(template.forms.map((code) => documentsOf(strapi, FORM_UID).findFirst({ locale, filters: { code } })));
  return found.filter((form): form is { documentId: string } => form !== null).map(({ documentId }) => ({ documentId, locale }));
}

/**
 * The demo's reply templates, in every locale. Idempotent like the rest of the seed: a template
 * (found by its English title) or one of its locales that exists is left as editors keep it.
 */
export async function seedReplyTemplates(strapi: Core.Strapi, report: SeedReport, templates = replyTemplates): Promise<void> {
  const documents = documentsOf(strapi, TEMPLATE_UID);
  for (const template of templates) {
    let documentId = (await documents.findFirst({ locale: 'en', filters: { title: template.key } }))?.documentId;
    for (const locale of localesOf(template.locales)) {
      if (documentId && (await documents.findOne({ documentId, locale }))) {
        report.unchanged += 1;
        continue;
      }
      const data = { ...template.locales[locale], serviceForms: { connect: await formsIn(strapi, template, locale) } };
      if (documentId) await documents.update({ documentId, locale, data });
      else documentId = (await documents.create({ locale, data })).documentId;
      report.created += 1;
    }
  }
}
