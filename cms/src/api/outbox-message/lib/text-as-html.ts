/**
 * The HTML part of a message stored with plain text only (queued before messages had HTML). Strapi's
 * nodemailer provider would otherwise send the text itself as the HTML part, where a staff note's
 * `<a href>` would become a link: here every character is shown as written, line breaks kept. The
 * row does not say its language, so the text takes the direction of its first words (Arabic reads
 * right to left).
 */
const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);

export function textAsHtml(subject: string, text: string): string {
  const body = text.split(/\r\n|\r|\n/).map(escapeHtml).join('<br>\n');
  return `<!doctype html>
<html>
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:16px;background-color:#ffffff;color:#1b1b1b;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;"><p dir="auto">${body}</p></body>
</html>
`;
}
