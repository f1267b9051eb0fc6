import { z } from 'zod';
import { STEP_INTENTS, type StepIntent } from '@city/shared/forms';
import type { IncomingFile } from '../lib/attachments';

/**
 * Reads the no-JavaScript form post. Field names follow the HTML form:
 *   formCode, locale, idempotencyKey, honeypot, startedAt, confirmation, resumeToken (saved answers
 *   this request continues), intent (`save`: the "Save and come back later" button), challenge (the island's
 *   solved proof-of-work challenge; the HTML form has no such field),
 *   on a form of several pages (shared/forms/steps.ts): intent `next`|`back` (Continue, Back), change
 *   (a Change button: the page it names), screen (the page posted), staged (the id of the files kept
 *   from earlier pages),
 *   answers[<key>] (repeated for multiple choice; a file input for file fields),
 *   contact[name], contact[email], contact[phone].
 * URL-encoded bodies arrive nested (`{ answers: { key: value } }`, parsed by qs) and multipart
 * bodies flat (`{ 'answers[key]': value }`, parsed by formidable); both give the same result.
 */
export interface FormPost {
  envelope: {
    formCode: unknown;
    locale: unknown;
    idempotencyKey: unknown;
    answers: Record<string, string | string[]>;
    contact: Record<string, string>;
    startedAt: number | undefined;
    honeypot: string;
    confirmation: string | undefined;
    challenge: string | undefined;
    resumeToken: string | undefined;
  };
  /**
   * Which submit button was pressed: 'save' keeps the answers and emails a link instead of sending;
   * 'next', 'back' and 'change' move between the pages of a form of several pages.
   */
  intent: 'send' | 'save' | StepIntent;
  /** The page of the form the resident was on. */
  screen: string | undefined;
  /** For 'change': the page to go to. */
  target: string | undefined;
  /** The id of the files the CMS keeps from earlier pages (lib/staged-files.ts). */
  staged: string | undefined;
  files: IncomingFile[];
}

const BRACKETED = /^(answers|contact)\[([^\][]+)\]$/;

type Scalar = string | string[];
const scalar = (value: unknown): Scalar | undefined => {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  return undefined;
};
const single = (value: unknown): string | undefined => {
  const found = scalar(value);
  return Array.isArray(found) ? found[0] : found;
};

const formidableFileSchema = z.object({
  filepath: z.string(),
  originalFilename: z.string().nullish(),
  mimetype: z.string().nullish(),
  size: z.number(),
});

export function readFormPost(body: unknown, files: unknown): FormPost {
  const fields: Record<string, unknown> = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const answers: Record<string, Scalar> = {};
  const contact: Record<string, string> = {};
  const put = (group: string, key: string, value: unknown) => {
    if (group === 'answers') {
      const found = scalar(value);
      if (found !== undefined) answers[key] = found;
    } else {
      const found = single(value);
      if (found !== undefined) contact[key] = found;
    }
  };
  for (const [name, value] of Object.entries(fields)) {
    const match = BRACKETED.exec(name);
    if (match?.[1] && match[2]) put(match[1], match[2], value);
    else if ((name === 'answers' || name === 'contact') && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [key, nested] of Object.entries(value)) put(name, key, nested);
    }
  }

  const incoming: IncomingFile[] = [];
  for (const [name, value] of Object.entries(typeof files === 'object' && files !== null ? files : {})) {
    const key = BRACKETED.exec(name);
    for (const candidate of Array.isArray(value) ? value : [value]) {
      const file = formidableFileSchema.safeParse(candidate);
      if (!file.success) continue;
      // An empty file input still sends a part with no name and no bytes: that is "no file".
      if (file.data.size === 0 && !file.data.originalFilename) {
        incoming.push({ field: '', filepath: file.data.filepath, originalFilename: '', mimetype: null, size: 0 });
        continue;
      }
      incoming.push({
        field: key?.[1] === 'answers' && key[2] ? key[2] : '',
        filepath: file.data.filepath,
        originalFilename: file.data.originalFilename ?? 'file',
        mimetype: file.data.mimetype ?? null,
        size: file.data.size,
      });
    }
  }

  const startedAt = Number(single(fields.startedAt));
  const intent = single(fields.intent);
  const target = single(fields.change) || undefined;
  return {
    envelope: {
      formCode: single(fields.formCode),
      locale: single(fields.locale),
      idempotencyKey: single(fields.idempotencyKey),
      answers,
      contact,
      startedAt: Number.isInteger(startedAt) && startedAt > 0 ? startedAt : undefined,
      honeypot: single(fields.honeypot)?.trim() ?? '',
      confirmation: single(fields.confirmation) || undefined,
      challenge: single(fields.challenge) || undefined,
      resumeToken: single(fields.resumeToken) || undefined,
    },
    intent: target ? 'change' : intent === 'save' ? 'save' : STEP_INTENTS.find((candidate) => candidate === intent) ?? 'send',
    screen: single(fields.screen) || undefined,
    target,
    staged: single(fields.staged) || undefined,
    files: incoming,
  };
}
