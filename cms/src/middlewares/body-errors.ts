import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/**
 * Strapi's body parser rethrows what formidable throws on a malformed multipart body (no boundary,
 * a body cut short, a boundary that never comes) as a plain Error, which the error middleware
 * answers with a 500. A body the client broke is the client's mistake: 400, or 413 when formidable
 * says the fields are too large or too many. JSON that does not parse is a 400 that names no parser
 * and quotes none of its text. Every other error passes through untouched.
 */
interface FormidableError extends Error {
  code: number;
  httpCode: number;
}

// formidable's error codes are 1000–1099 (formidable/src/FormidableError.js).
const isFormidableError = (error: unknown): error is FormidableError =>
  error instanceof Error && typeof (error as Partial<FormidableError>).httpCode === 'number' && typeof (error as Partial<FormidableError>).code === 'number' && (error as FormidableError).code >= 1000 && (error as FormidableError).code < 1100;

/** co-body's answer to JSON it cannot parse: a SyntaxError whose message is the parser's own. */
const isJsonParseError = (error: unknown): boolean => error instanceof SyntaxError && (error as SyntaxError & { status?: unknown }).status === 400;

const MAX_FIELDS_SIZE_EXCEEDED = 1006;
const MAX_FIELDS_EXCEEDED = 1007;

const bodyErrors: Core.MiddlewareFactory = () => async (_ctx, next) => {
  try {
    await next();
  } catch (error) {
    if (isJsonParseError(error)) throw new errors.ValidationError('The request body is not valid JSON.');
    if (!isFormidableError(error)) throw error;
    if (error.code === MAX_FIELDS_SIZE_EXCEEDED || error.code === MAX_FIELDS_EXCEEDED) throw new errors.PayloadTooLargeError('The form has too many or too large fields.');
    throw new errors.ValidationError('The request body could not be read as multipart/form-data.');
  }
};

export default bodyErrors;
