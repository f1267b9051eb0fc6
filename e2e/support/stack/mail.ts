// The e2e stack's mail server: a real SMTP server the CMS's outbox sends to, keeping what it gets in
// memory, and a small HTTP server that hands the messages to the tests (GET /messages?to=<address>).
// Sent "continue your request" emails lose their link in the outbox table, so reading what the
// mail server received is the only way to follow one, as a resident does.
import http from 'node:http';
import { recipientsOf, startSmtpCapture } from '../../../cms/tests/harness/smtp';

/** A message as the tests read it. */
export interface CapturedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

export interface MailCapture {
  smtpPort: number;
  /** GET `${url}/messages?to=<address>`: the messages sent to that address, oldest first. */
  url: string;
  close(): Promise<void>;
}

export async function startMailCapture(host = '127.0.0.1'): Promise<MailCapture> {
  const smtp = await startSmtpCapture({ host });
  const captured = (): CapturedMail[] =>
    smtp.mails.map((mail) => ({ to: recipientsOf(mail), subject: mail.subject ?? '', text: mail.text ?? '', html: typeof mail.html === 'string' ? mail.html : '' }));

  const web = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${host}`);
    if (request.method !== 'GET' || url.pathname !== '/messages') {
      response.writeHead(404).end();
      return;
    }
    const to = (url.searchParams.get('to') ?? '').toLowerCase();
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(captured().filter((mail) => to === '' || mail.to.includes(to))));
  });
  await new Promise<void>((resolve) => web.listen(0, host, resolve));
  const webAddress = web.address();
  const webPort = typeof webAddress === 'object' && webAddress ? webAddress.port : 0;

  return {
    smtpPort: smtp.port,
    url: `http://${host}:${webPort}`,
    close: async () => {
      await new Promise<void>((resolve) => web.close(() => resolve()));
      await smtp.close();
    },
  };
}
