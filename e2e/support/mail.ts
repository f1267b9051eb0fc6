// What the CMS emailed during the browser tests, as the e2e stack's mail server received it
// (support/stack/mail.ts): the outbox sends for real, and a test reads the message a resident would.
import { expect, type APIRequestContext } from '@playwright/test';
import type { CapturedMail } from './stack/mail';

export type { CapturedMail };

export function mailUrl(): string {
  const url = process.env.E2E_MAIL_URL;
  if (!url) throw new Error('E2E_MAIL_URL is not set: run the browser tests through playwright.config.ts (global setup starts the mail server).');
  return url;
}

/** The messages sent to this address so far, oldest first. */
export async function mailsTo(request: APIRequestContext, address: string): Promise<CapturedMail[]> {
  const response = await request.get(`${mailUrl()}/messages?to=${encodeURIComponent(address)}`);
  expect(response.status(), 'the mail server answers').toBe(200);
  return (await response.json()) as CapturedMail[];
}

/** Waits for the outbox to deliver a message to this address whose subject passes `match`; returns it. */
export async function waitForMail(request: APIRequestContext, address: string, match: (mail: CapturedMail) => boolean = () => true, timeoutMs = 20_000): Promise<CapturedMail> {
  let found: CapturedMail | undefined;
  await expect
    .poll(
      async () => {
        found = (await mailsTo(request, address)).find(match);
        return found !== undefined;
      },
      { message: `an email to ${address}`, timeout: timeoutMs },
    )
    .toBe(true);
  if (!found) throw new Error(`no email to ${address}`);
  return found;
}
