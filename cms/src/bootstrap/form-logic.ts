import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { conditionSchema, formLogicProblems } from '@city/shared/forms';
import { FORM_UID } from '../lib/constants';
import { currentAdminLanguage } from '../lib/admin-language';
import { formLogicWording } from '../lib/form-logic-wording';

interface MiddlewareContext {
  uid: string;
  action: string;
  params: { data?: Record<string, unknown> };
}

/**
 * What a save holds of a form's logic. A draft may be half-written: a condition that does not parse
 * yet (no question chosen) is left to the checks on publish, and so is everything else the form's
 * schema requires; only the logic that parses is checked here.
 */
const condition = conditionSchema.nullish().catch(undefined).transform((value) => value ?? undefined);
const savedLogicSchema = z.object({
  fields: z.array(
    z.object({
      __component: z.string(),
      key: z.string().catch(''),
      // Labels name the question and its choices in the refusal, as the editor chose them.
      label: z.string().optional().catch(undefined),
      options: z
        .array(z.object({ value: z.string().catch(''), label: z.string().optional().catch(undefined) }))
        .nullish()
        .transform((value) => value ?? undefined),
      showWhen: condition,
    }),
  ),
  steps: z.array(z.object({ title: z.string().catch(''), startsAt: z.string().catch(''), showWhen: condition })).nullish().transform((value) => value ?? []),
  exitPages: z
    .array(z.object({ showWhen: condition }))
    .nullish()
    .transform((value) => (value ?? []).flatMap((exit) => (exit.showWhen ? [{ showWhen: exit.showWhen }] : []))),
});

/**
 * Refuses to save a service form whose conditions would break it (a condition on a later question,
 * a value that is no option, steps out of order), naming the field in the editor's form, in the
 * editor's admin language; each error also carries the problem's stable `code` and `params`. The
 * form schema (shared/forms) refuses the same when the form is read, which would make it unavailable.
 */
export function registerFormLogicCheck(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const { uid, action, params } = context as unknown as MiddlewareContext;
    if (uid === FORM_UID && (action === 'create' || action === 'update') && Array.isArray(params.data?.fields)) {
      const saved = savedLogicSchema.safeParse(params.data);
      const problems = saved.success ? formLogicProblems(saved.data) : [];
      if (problems.length > 0) {
        const language = currentAdminLanguage(strapi);
        const worded = problems.map((problem) => ({ problem, message: formLogicWording(problem, language) }));
        throw new errors.ValidationError(worded.map(({ message }) => message).join('; '), {
          errors: worded.map(({ problem, message }) => ({ path: problem.path.map(String), message, name: 'ValidationError', code: problem.code, params: problem.params })),
        });
      }
    }
    return next();
  });
}
