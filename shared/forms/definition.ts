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

/** How a condition compares the earlier answer with the editor's values. */
export const CONDITION_OPERATORS = ['equals', 'one_of', 'includes', 'answered'] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

const fieldKey = z.string().regex(/^[a-z][a-z0-9_]*$/).max(60);

/** The editor's values: one per line in the CMS (a text box), a list once parsed. */
const conditionValues = z.preprocess(
  (value) => (value === null || value === undefined ? [] : typeof value === 'string' ? value.split(/\r?\n/) : value),
  z.array(z.string()).transform((values) => values.map((value) => value.trim()).filter((value) => value !== '')),
);

/**
 * "Ask only when an earlier answer …": the `form-flow.show-when` component. `question` is the key of
 * an earlier question; `values` are compared with its answer (a choice's stored value, `true` for a
 * ticked checkbox). `answered` needs no values.
 */
export const conditionSchema = z
  .object({
    /** The key of the earlier question whose answer decides. */
    question: fieldKey,
    /** equals: the answer is exactly the value (the set of values, for a multiple choice); one_of: it is one of them (any of them chosen); includes: every value is chosen (contained in text); answered: any answer. */
    operator: z.enum(CONDITION_OPERATORS),
    /** What the answer is compared with. */
    values: conditionValues,
  })
  .refine((condition) => condition.operator === 'answered' || condition.values.length > 0, { message: 'a condition other than "answered" needs at least one value', path: ['values'] });
export type Condition = z.infer<typeof conditionSchema>;

/** Strapi sends `null` for an empty single component. */
const optionalCondition = conditionSchema.nullish().transform((value) => value ?? undefined);

const fieldBase = {
  /** The answer's key in a submission; stable across locales. */
  key: fieldKey,
  /** The question as the resident reads it, in the form's locale. */
  label: z.string().min(1),
  /** Help shown under the label. */
  hint: optionalText,
  /** Whether the resident must answer. */
  required: z.boolean().nullish().transform((value) => value ?? false),
  /** Ask this question only when an earlier answer matches; hidden, it is neither required nor kept. */
  showWhen: optionalCondition,
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

/**
 * A page of questions (the `form-flow.step` component of a form's `steps`): it starts at the question
 * `startsAt` and runs to the next step. Questions before the first step sit on a page of their own,
 * titled by the form. A step whose condition does not hold is skipped with its questions.
 */
export const stepSchema = z.object({
  /** The page's heading, e.g. "About the work". */
  title: z.string().min(1),
  /** The key of the step's first question. */
  startsAt: fieldKey,
  /** Ask this page only when an earlier answer matches. */
  showWhen: optionalCondition,
});

/**
 * An answer that ends the form (the `form-flow.exit-page` component): when its condition holds, the
 * resident reads the editor's text instead of sending the request, and intake refuses such answers.
 */
export const exitPageSchema = z.object({
  /** The page's heading, e.g. "This is not a City service". */
  title: z.string().min(1),
  /** What the resident should do instead, in plain text; blank lines separate paragraphs. */
  body: z.string().min(1),
  /** The answer that leads here. */
  showWhen: conditionSchema,
});

const listOf = <T extends z.ZodTypeAny>(item: T) => z.array(item).nullish().transform((value): z.infer<T>[] => value ?? []);

/**
 * A published service form in one locale, as an object schema (for `.extend` and `.pick`); use
 * `serviceFormSchema`, which also checks that conditions and steps refer to the right questions.
 */
export const serviceFormObjectSchema = z.object({
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
  /** Pages of questions, in order; none means one page (or one per question with `onePerPage`). */
  steps: listOf(stepSchema),
  /** Ask one question per page, GOV.UK style; steps' titles are then not used. */
  onePerPage: z.boolean().nullish().transform((value) => value ?? false),
  /** Answers that end the form with a page of text instead of a request. */
  exitPages: listOf(exitPageSchema),
  /** How long the city usually takes to answer, in this locale. */
  responseTime: optionalText,
  /** What the resident reads once the request is sent, in this locale. */
  confirmationText: optionalText,
  /** The division of the department that handles these requests. */
  divisionKey: optionalText,
});

/** What the checks of a form's logic read: the same on a published form and on an editor's save. */
export interface FormLogic {
  fields: readonly { key: string; __component: string; label?: string; options?: readonly { value: string; label?: string }[]; showWhen?: Condition | undefined }[];
  steps: readonly { title: string; startsAt: string; showWhen?: Condition | undefined }[];
  exitPages: readonly { showWhen: Condition }[];
}

/** What is wrong, as a stable code and the names it involves: the CMS words it in the editor's language. */
export type FormLogicDetail =
  | { code: 'condition-unknown-question'; params: { question: string } }
  | { code: 'condition-later-question'; params: { question: string } }
  | { code: 'condition-unknown-option'; params: { question: string; values: string[]; options: string[] } }
  | { code: 'step-unknown-question'; params: { title: string; startsAt: string } }
  | { code: 'step-out-of-order'; params: { title: string } };
export type FormLogicCode = FormLogicDetail['code'];

/** One problem with a form's logic: where (a path into the form), what (a code), and its English wording. */
export type FormLogicProblem = FormLogicDetail & {
  path: (string | number)[];
  message: string;
};

/** The English wording of a problem (the CMS has it in Spanish too: cms/src/lib/form-logic-wording.ts). */
export function formLogicMessage(detail: FormLogicDetail): string {
  switch (detail.code) {
    case 'condition-unknown-question':
      return `the condition refers to "${detail.params.question}", which is not a question of this form`;
    case 'condition-later-question':
      return `the condition refers to "${detail.params.question}", which is not asked before it: a condition may only use earlier answers`;
    case 'condition-unknown-option':
      return `"${detail.params.values.join('", "')}" is not an option of "${detail.params.question}" (its options: ${detail.params.options.join(', ')})`;
    case 'step-unknown-question':
      return `step "${detail.params.title}" starts at "${detail.params.startsAt}", which is not a question of this form`;
    case 'step-out-of-order':
      return `step "${detail.params.title}" must start after the step before it`;
  }
}

/**
 * What the engine (conditions.ts) relies on: a condition names an EARLIER question (so one pass in
 * order decides everything, and no question hides itself), its values are options of a choice, and
 * steps start at questions in order. Messages name the place for the editor who broke it.
 */
export function formLogicProblems(form: FormLogic): FormLogicProblem[] {
  const problems: FormLogicProblem[] = [];
  const report = (path: (string | number)[], detail: FormLogicDetail) => problems.push({ ...detail, path, message: formLogicMessage(detail) });
  const index = new Map(form.fields.map((field, at) => [field.key, at]));
  const check = (condition: Condition | undefined, before: number, path: (string | number)[]) => {
    if (!condition) return;
    const at = index.get(condition.question);
    if (at === undefined) return report([...path, 'question'], { code: 'condition-unknown-question', params: { question: condition.question } });
    // Editors choose questions and answers by their labels: the messages name them so too.
    const question = form.fields[at]?.label || condition.question;
    if (at >= before) return report([...path, 'question'], { code: 'condition-later-question', params: { question } });
    const options = form.fields[at]?.options;
    if (options && condition.operator !== 'answered') {
      const known = new Set(options.map((option) => option.value));
      const unknown = condition.values.filter((value) => !known.has(value));
      const labels = options.map((option) => option.label || option.value);
      if (unknown.length > 0) report([...path, 'values'], { code: 'condition-unknown-option', params: { question, values: unknown, options: labels } });
    }
  };
  form.fields.forEach((field, at) => check(field.showWhen, at, ['fields', at, 'showWhen']));
  let previous = -1;
  form.steps.forEach((step, at) => {
    const start = index.get(step.startsAt);
    if (start === undefined) return report(['steps', at, 'startsAt'], { code: 'step-unknown-question', params: { title: step.title, startsAt: step.startsAt } });
    if (start <= previous) report(['steps', at, 'startsAt'], { code: 'step-out-of-order', params: { title: step.title } });
    previous = Math.max(previous, start);
    check(step.showWhen, start, ['steps', at, 'showWhen']);
  });
  form.exitPages.forEach((exit, at) => check(exit.showWhen, form.fields.length, ['exitPages', at, 'showWhen']));
  return problems;
}

/** `formLogicProblems` as a zod refinement. */
export function checkFormLogic(form: FormLogic, ctx: z.RefinementCtx): void {
  for (const problem of formLogicProblems(form)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: problem.path, message: problem.message });
}

/** A published service form in one locale. */
export const serviceFormSchema = serviceFormObjectSchema.superRefine(checkFormLogic);

export type FormStep = z.infer<typeof stepSchema>;
export type ExitPage = z.infer<typeof exitPageSchema>;
export type FormOption = z.infer<typeof optionSchema>;
export type FormField = z.infer<typeof formFieldSchema>;
export type ServiceForm = z.infer<typeof serviceFormSchema>;
/** The field of a given type, e.g. `FieldOf<'form-field.number'>`. */
export type FieldOf<C extends FieldComponent> = Extract<FormField, { __component: C }>;
