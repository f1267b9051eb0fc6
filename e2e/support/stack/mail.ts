// The e2e stack's mail server: a real SMTP server the CMS's outbox sends to, keeping what it gets in
// memory, and a small HTTP server that hands the messages to the tests (GET /messages?to=<address>).
// Sent "continue your request" emails lose their link in the outbox table, so reading what the
// mail server received is the only way to follow one, as a resident does.
import http from 'node:http';
import { simpleParser } from 'mailparser';

interface SmtpServer {
  listen(port: number, host: string, callback: () => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  close(callback: () => void): void;
  server: { address(): { port: number } | string | null };
}
type SmtpServerClass = new (options: {
  authOptional: boolean;
  disabledCommands: string[];
  logger: boolean;
  onData(stream: import('node:stream').Readable, session: unknown, callback: (error?: Error) => void): void;
}) => SmtpServer;
// No type declarations are installed for smtp-server: the part used is described above.
const { SMTPServer } = require('smtp-server') as { SMTPServer: SmtpServerClass };

/** A message as the tests read it. */
export interface CapturedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  receivedAt: string;
}

export interface MailCapture {
  smtpPort: number;
  /** GET `${url}/messages?to=<address>`: the messages sent to that address, oldest first. */
  url: string;
  close(): Promise<void>;
}

const addressesOf = (field: unknown): string[] => {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((entry: { value?: { address?: string }[] }) => (entry.value ?? []).map((mailbox) => (mailbox.address ?? '').toLowerCase()));
};

export async function startMailCapture(host = '127.0.0.1'): Promise<MailCapture> {
  const mails: CapturedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push({ to: addressesOf(mail.to), subject: mail.subject ?? '', text: mail.text ?? '', html: typeof mail.html === 'string' ? mail.html : '', receivedAt: new Date().toISOString() });
          callback();
        })
        .catch(callback);
    },
  });
  // A client dropping its connection (the CMS stopping) is not a failure of the stack.
  smtp.on('error', () => undefined);
  await new Promise<void>((resolve) => smtp.listen(0, host, resolve));
  const smtpAddress = smtp.server.address();
  const smtpPort = typeof smtpAddress === 'object' && smtpAddress ? smtpAddress.port : 0;

  const web = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${host}`);
    if (request.method !== 'GET' || url.pathname !== '/messages') {
      response.writeHead(404).end();
      return;
    }
    const to = (url.searchParams.get('to') ?? '').toLowerCase();
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(mails.filter((mail) => to === '' || mail.to.includes(to))));
  });
  await new Promise<void>((resolve) => web.listen(0, host, resolve));
  const webAddress = web.address();
  const webPort = typeof webAddress === 'object' && webAddress ? webAddress.port : 0;

  return {
    smtpPort,
    url: `http://${host}:${webPort}`,
    close: async () => {
      await new Promise<void>((resolve) => web.close(() => resolve()));
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    },
  };
}
