import type { Core, UID } from '@strapi/strapi';
import { namespaces, translator } from '@city/shared/i18n';
import { REQUEST_UID } from '../../../../lib/constants';
import { publicCmsUrl } from '../../../../api/open311/lib/constants';
import { enqueueEmail } from '../../../../api/outbox-message/lib/outbox';
import { documentLanguage, renderHtml, renderText } from '../../../../api/service-request/lib/email-html';
import { PLUGIN_ID } from '../../contract';
import { divisionsByUser, staffName } from './scope';
import { deskUsers, isSupervisorUser } from './staff';

/**
 * Staff hear when a resident answers a request that waited for them: the assignee, or when nobody
 * has it, the triage staff of its division (supervisors see it in the queue, not in their inbox).
 * A request nobody has and no division's staff would hear of (no division, or nobody works its
 * division) goes to the supervisors, so a reply never waits unheard.
 * The email names the request and links to it in the desk; the resident's words stay in the desk.
 */
const say = translator<(typeof namespaces.emails)['en']>(namespaces.emails);

interface RequestRow {
  reference: string;
  assigneeId: number | null;
  divisionKey: string | null;
}

interface Recipient {
  email: string;
  name: string;
  language: string;
}

async function recipientsFor(strapi: Core.Strapi, request: RequestRow): Promise<Recipient[]> {
  const users = await deskUsers(strapi);
  // An assignee who is no longer an active desk user (left, deactivated) counts as nobody.
  let chosen = users.filter((user) => user.id === request.assigneeId);
  if (chosen.length === 0 && request.divisionKey) {
    const divisions = await divisionsByUser(strapi);
    chosen = users.filter((user) => !isSupervisorUser(user) && (divisions.get(user.id) ?? []).includes(request.divisionKey as string));
  }
  if (chosen.length === 0) chosen = users.filter(isSupervisorUser);
  return chosen.map((user) => ({ email: user.email, name: staffName(user), language: user.preferedLanguage === 'es' ? 'es' : 'en' }));
}

export function residentReplyNotice(recipient: Recipient, reference: string): { subject: string; text: string; html: string } {
  const lang = recipient.language;
  const href = `${publicCmsUrl()}/admin/plugins/${PLUGIN_ID}/requests/${encodeURIComponent(reference)}`;
  const document = {
    ...documentLanguage(lang),
    title: say(lang, 'staffReply.subject', { reference }),
    heading: say(lang, 'staffReply.heading'),
    blocks: [
      { paragraph: [say(lang, 'staffReply.greeting', { name: recipient.name })] },
      { paragraph: [say(lang, 'staffReply.body', { reference })] },
      { link: { href, text: say(lang, 'staffReply.link', { reference }), textForm: say(lang, 'staffReply.linkText', { reference, deskUrl: href }) } },
    ],
  };
  return { subject: document.title, text: renderText(document), html: renderHtml(document) };
}

/** Queues the notices; inside the reply's transaction, so they go only if the reply is stored. */
export async function noticeResidentReply(strapi: Core.Strapi, reference: string): Promise<number> {
  const request = (await strapi.db.query(REQUEST_UID as UID.Schema).findOne({ where: { reference }, select: ['reference', 'assigneeId', 'divisionKey'] })) as RequestRow | null;
  if (!request) return 0;
  const recipients = await recipientsFor(strapi, request);
  for (const recipient of recipients) {
    await enqueueEmail(strapi, { kind: 'staff_notice', recipient: recipient.email, requestReference: reference, ...residentReplyNotice(recipient, reference) });
  }
  return recipients.length;
}
