import { errors } from '@strapi/utils';
import type { FieldError } from '@city/shared/forms';

/** The submission has field-level errors; `details.errors` lists them in the submitter's language. */
export class SubmissionInvalidError extends errors.ValidationError {
  readonly fieldErrors: FieldError[];
  constructor(fieldErrors: FieldError[], message = 'The request has errors. Correct them and send it again.', details: Record<string, unknown> = {}) {
    super(message, { ...details, errors: fieldErrors });
    this.fieldErrors = fieldErrors;
  }
}

/** The idempotency key was already used for a different submission (HTTP 422). */
export class IdempotencyConflictError extends errors.ApplicationError {
  constructor() {
    super('This idempotency key was already used for a different request. Send a new request with a new key.', {});
    // GraphQL reports it as STRAPI_IDEMPOTENCY_CONFLICT_ERROR.
    Object.assign(this, { name: 'IdempotencyConflictError' });
  }
}
