import { fileUploadFieldSchema, longTextFieldSchema, type ServiceForm } from './definition.js';

/**
 * A resident's reply to a request that waits for them (the track page): a message and files,
 * checked by the same field rules as the request forms, in the browser and in the CMS. The files
 * follow a file question's default rules (types, size and count), as on any form that sets none.
 * Posted as a form's answers are (`answers[message]`, `answers[files]`), so the request form's
 * controls and the CMS's multipart reader serve it unchanged.
 */
export const REPLY_MESSAGE_MAX = 5000;
export const REPLY_FIELDS = ['message', 'files'] as const;
export type ReplyField = (typeof REPLY_FIELDS)[number];

/** The labels the resident reads, which the field errors name too. */
export interface ReplyLabels {
  message: string;
  /** Shown under the message's label (the browser's form only; errors never use it). */
  messageHint?: string;
  files: string;
}

const built = new Map<string, Pick<ServiceForm, 'fields'>>();

/** The reply as a two-question form; the same object for the same labels, so its schema is built once. */
export function replyForm(labels: ReplyLabels): Pick<ServiceForm, 'fields'> {
  const cacheKey = `${labels.message}\n${labels.messageHint ?? ''}\n${labels.files}`;
  let form = built.get(cacheKey);
  if (!form) {
    form = {
      fields: [
        longTextFieldSchema.parse({ __component: 'form-field.long-text', key: 'message', label: labels.message, hint: labels.messageHint, required: true, maxLength: REPLY_MESSAGE_MAX }),
        fileUploadFieldSchema.parse({ __component: 'form-field.file-upload', key: 'files', label: labels.files, required: false }),
      ],
    };
    built.set(cacheKey, form);
  }
  return form;
}
