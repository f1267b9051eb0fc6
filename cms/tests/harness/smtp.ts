import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import { simpleParser, type ParsedMail } from 'mailparser';

/**
 * A real SMTP server for tests: the CMS's outbox sends to it over a real SMTP conversation, and
 * every message it accepts is parsed and kept in memory, oldest first. Shared by the API tests
 * and the e2e stack's mail server.
 */
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
  onData(stream: Readable, session: unknown, callback: (error?: Error) => void): void;
}) => SmtpServer;
// No type declarations are installed for smtp-server: the part used is described above.
const { SMTPServer } = createRequire(__filename)('smtp-server') as { SMTPServer: SmtpServerClass };

export interface SmtpCapture {
  /** The port it listens on (the one asked for, or a free one). */
  port: number;
  /** Every message received, parsed, oldest first. */
  mails: ParsedMail[];
  close(): Promise<void>;
}

/** The addresses of a parsed To/Cc field, lower-cased. */
export function recipientsOf(mail: ParsedMail): string[] {
  const field = mail.to;
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((entry) => entry.value.map((mailbox) => (mailbox.address ?? '').toLowerCase()));
}

/** Starts the server; port 0 (the default) takes a free one. */
export async function startSmtpCapture({ port = 0, host = '127.0.0.1' } = {}): Promise<SmtpCapture> {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  // A client dropping its connection (the CMS stopping) is not a failure of the test.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
