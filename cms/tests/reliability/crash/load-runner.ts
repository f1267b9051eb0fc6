import crypto from 'node:crypto';
import type { Entry, FormPair, Locale } from '../bad-input/cases';
import { submitValid, type SubmitAnswer } from '../support/submissions';

/**
 * Submits valid requests continuously, like residents would, while something breaks underneath.
 * A submission whose answer is lost (connection refused or reset, a 5xx, a timeout) is sent again
 * later with the same idempotency key, as the island does; the runner keeps every answer so the
 * test can check that each acknowledged reference was stored exactly once.
 */
const LOAD_ENTRIES: readonly Entry[] = ['graphql', 'form-urlencoded', 'form-multipart', 'open311'];

export interface Submission {
  key: string;
  entry: Entry;
  form: FormPair;
  locale: Locale;
  answers: SubmitAnswer[];
}

export class LoadRunner {
  readonly submissions: Submission[] = [];
  private running = false;
  private workers: Promise<void>[] = [];
  private serial = 0;
  private readonly inFlight = new Set<Submission>();

  constructor(
    private readonly baseUrl: string,
    private readonly forms: readonly FormPair[],
    private readonly options: { concurrency: number; timeoutMs: number },
  ) {}

  start(): void {
    this.running = true;
    this.workers = Array.from({ length: this.options.concurrency }, () => this.work());
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.workers);
  }

  private nextSubmission(): Submission {
    const index = this.serial++;
    return {
      key: `reliability-crash-${crypto.randomUUID()}`,
      entry: LOAD_ENTRIES[index % LOAD_ENTRIES.length] as Entry,
      form: this.forms[index % this.forms.length] as FormPair,
      locale: index % 3 === 0 ? 'es' : 'en',
      answers: [],
    };
  }

  async send(submission: Submission): Promise<SubmitAnswer> {
    const answer = await submitValid(this.baseUrl, { entry: submission.entry, form: submission.form, locale: submission.locale, key: submission.key, reply: submission.answers.length % 2 === 0 ? 'json' : 'xml', timeoutMs: this.options.timeoutMs });
    submission.answers.push(answer);
    return answer;
  }

  private async work(): Promise<void> {
    while (this.running) {
      // Retry an unanswered submission first, with its own key, as a client would.
      const pending = this.submissions.find((submission) => !acknowledged(submission) && !this.inFlight.has(submission));
      const submission = pending ?? this.nextSubmission();
      if (!pending) this.submissions.push(submission);
      this.inFlight.add(submission);
      const answer = await this.send(submission);
      this.inFlight.delete(submission);
      // While the server is down, do not spin.
      if (!answer.reference) await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** Sends every unacknowledged submission again (same key) until each has a reference or time runs out. */
  async settle(timeoutMs: number): Promise<Submission[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const open = this.submissions.filter((submission) => !acknowledged(submission));
      if (open.length === 0 || Date.now() > deadline) return open;
      for (let index = 0; index < open.length; index += 8) await Promise.all(open.slice(index, index + 8).map((submission) => this.send(submission)));
      if (this.submissions.some((submission) => !acknowledged(submission))) await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

export const acknowledged = (submission: Submission): boolean => submission.answers.some((answer) => answer.reference !== undefined);

/** The references a submission was answered with (more than one would be a duplicate). */
export const referencesOf = (submission: Submission): Set<string> => new Set(submission.answers.flatMap((answer) => (answer.reference ? [answer.reference] : [])));
