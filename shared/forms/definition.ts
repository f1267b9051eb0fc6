import { z } from 'zod';

/**
 * The shape of a service form as the CMS serves it (REST `GET /api/service-forms` or the same
 * fields over GraphQL): a stable code, a title and a dynamic zone of `form-field.*` components.
 * Strapi sends `null` for constraints an editor left empty, and PostgreSQL decimals may arrive as
 * strings, so the schemas accept both and normalize them.
 */

/** Every field type a form may use, as the `__component` of the dynamic zone. */
export const FIELD_COMPONENTS = [
  'form-field.short-text',
  'form-field.long-text',
  'form-field.email',
  'form-field.phone',
  'form-field.number',
  'form-field.date',
  'form-field.single-choice',
  'form-field.multiple-choice',
  'form-field.checkbox',
  'form-field.address',
  'form-field.file-upload',
  'form-field.location',
] as const;
export type FieldComponent = (typeof FIELD_COMPONENTS)[number];

const optionalText = z
  .string()
  .nullish()
  .transform((value) => (value === null || value === undefined || value === '' ? undefined : value));

const optionalNumber = z.preprocess(
  (value) => (value === null || value === undefined || value === '' ? undefined : typeof value === 'string' ? Number(value) : value),
  z.number().finite().optional(),
);

const optionalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullish()
  .transform((value) => value ?? undefined);

const fieldBase = {
  /** The answer's key in a submission; stable across locales. */
  key: z.string().regex(/^[a-z][a-z0-9_]*$/).max(60),
  /** The question as the resident reads it, in the form's locale. */
  label: z.string().min(1),
  /** Help shown under the label. */
  hint: optionalText,
  /** Whether the resident must answer. */
  required: z.boolean().nullish().transform((value) => value ?? false),
};

/** One choice of a single- or multiple-choice field. */
export const optionSchema = z.object({
  /** The value stored in the answers. */
  value: z.string().min(1),
  /** What the resident reads. */
  label: z.string().min(1),
});

const lengthLimits = {
  /** The fewest characters accepted, after trimming. */
  minLength: optionalNumber,
  /** The most characters accepted, after trimming. */
  maxLength: optionalNumber,
};

export const shortTextFieldSchema = z.object({
  __component: z.literal('form-field.short-text'),
  ...fieldBase,
  ...lengthLimits,
  /** A regular expression the whole answer must match. */
  pattern: optionalText,
  /** The error message shown when the pattern does not match, in the form's locale. */
  patternDescription: optionalText,
});

export const longTextFieldSchema = z.object({ __component: z.literal('form-field.long-text'), ...fieldBase, ...lengthLimits });
export const emailFieldSchema = z.object({ __component: z.literal('form-field.email'), ...fieldBase });
export const phoneFieldSchema = z.object({ __component: z.literal('form-field.phone'), ...fieldBase });

export const numberFieldSchema = z.object({
  __component: z.literal('form-field.number'),
  ...fieldBase,
  /** The smallest value accepted. */
  min: optionalNumber,
  /** The largest value accepted. */
  max: optionalNumber,
  /** Whether only whole numbers are accepted. */
  integer: z.boolean().nullish().transform((value) => value ?? false),
});

export const dateFieldSchema = z.object({
  __component: z.literal('form-field.date'),
  ...fieldBase,
  /** The earliest date accepted (YYYY-MM-DD). */
  minDate: optionalDate,
  /** The latest date accepted (YYYY-MM-DD). */
  maxDate: optionalDate,
});

export const singleChoiceFieldSchema = z.object({
  __component: z.literal('form-field.single-choice'),
  ...fieldBase,
  /** The choices, in display order. */
  options: z.array(optionSchema).min(1),
});

export const multipleChoiceFieldSchema = z.object({
  __component: z.literal('form-field.multiple-choice'),
  ...fieldBase,
  /** The choices, in display order. */
  options: z.array(optionSchema).min(1),
  /** The fewest choices accepted when the resident answers. */
  minSelected: optionalNumber,
  /** The most choices accepted. */
  maxSelected: optionalNumber,
});

export const checkboxFieldSchema = z.object({ __component: z.literal('form-field.checkbox'), ...fieldBase });
export const addressFieldSchema = z.object({ __component: z.literal('form-field.address'), ...fieldBase });
/** Where the problem is: an address found among the city's address points, or the resident's position, inside the city (shared/forms/location). */
export const locationFieldSchema = z.object({ __component: z.literal('form-field.location'), ...fieldBase });

export const fileUploadFieldSchema = z.object({
  __component: z.literal('form-field.file-upload'),
  ...fieldBase,
  /** Accepted types: MIME types (`application/pdf`, `image/*`) or extensions (`.pdf`), comma separated. */
  accept: z
    .string()
    .nullish()
    .transform((value) => value || 'image/jpeg,image/png,application/pdf'),
  /** The largest size of each file, in megabytes. */
  maxSizeMb: optionalNumber.transform((value) => value ?? 5),
  /** The most files accepted. */
  maxFiles: optionalNumber.transform((value) => value ?? 1),
});

/** GraphQL names components by type (`ComponentFormFieldShortText`); REST by `__component`. */
function componentFromTypename(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || '__component' in value) return value;
  const typename = (value as { __typename?: unknown }).__typename;
  if (typeof typename !== 'string' || !typename.startsWith('ComponentFormField')) return value;
  const kebab = typename
    .slice('ComponentFormField'.length)
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
  return { ...value, __component: `form-field.${kebab}` };
}

export const formFieldSchema = z.preprocess(
  componentFromTypename,
  z.discriminatedUnion('__component', [
    shortTextFieldSchema,
    longTextFieldSchema,
    emailFieldSchema,
    phoneFieldSchema,
    numberFieldSchema,
    dateFieldSchema,
    singleChoiceFieldSchema,
    multipleChoiceFieldSchema,
    checkboxFieldSchema,
    addressFieldSchema,
    fileUploadFieldSchema,
    locationFieldSchema,
  ]),
);

/** A published service form in one locale. */
export const serviceFormSchema = z.object({
  /** Stable identifier other systems use; the same in every locale. */
  code: z.string().regex(/^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/).max(60),
  /** The form's title in this locale. */
  title: z.string().min(1),
  /** Text shown before the questions. */
  introduction: optionalText,
  /** The questions, in order; keys are unique. */
  fields: z
    .array(formFieldSchema)
    .min(1)
    .superRefine((fields, ctx) => {
      const seen = new Set<string>();
      fields.forEach((field, index) => {
        if (seen.has(field.key)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [index, 'key'], message: `duplicate field key ${field.key}` });
        seen.add(field.key);
      });
    }),
  /** How long the city usually takes to answer, in this locale. */
  responseTime: optionalText,
  /** What the resident reads once the request is sent, in this locale. */
  confirmationText: optionalText,
  /** The division of the department that handles these requests. */
  divisionKey: optionalText,
});

export type FormOption = z.infer<typeof optionSchema>;
export type FormField = z.infer<typeof formFieldSchema>;
export type ServiceForm = z.infer<typeof serviceFormSchema>;
/** The field of a given type, e.g. `FieldOf<'form-field.number'>`. */
export type FieldOf<C extends FieldComponent> = Extract<FormField, { __component: C }>;
