/**
 * The custom fields both halves register: the server so component schemas may name them (stored as
 * plain text, so the saved data, its validation and every API stay as they were), the admin so the
 * entry view draws them as pickers.
 */
export const PLUGIN_ID = 'form-logic';

/** An earlier question, stored as its answer name (`show-when.question`, `step.startsAt`). */
export const QUESTION_FIELD = 'question';
/** The values a condition compares, stored one per line (`show-when.values`). */
export const VALUES_FIELD = 'answer-values';
/** How a condition compares the answer, stored as its code (`show-when.operator`), shown in words. */
export const OPERATOR_FIELD = 'operator';
export const OPERATORS = ['equals', 'one_of', 'includes', 'answered'] as const;
