/** The pickers' wording in English (es.ts: Spanish); `{name}` placeholders only. */
export const en = {
  'question.placeholder': 'Choose a question',
  'question.none': 'No question comes before this one yet',
  'question.unlabelled': 'Question {position} (no label yet)',
  'question.samelabel': '{label} (question {position})',
  'question.missing': '(no longer in the form)',
  'question.notBefore': '{label} (not asked before this one: choose another)',
  'values.placeholder': 'Choose one or more answers',
  'values.hint.options': 'Choose the answers to “{question}” that make this apply.',
  'values.hint.checkbox': 'Applies when “{question}” is ticked.',
  'values.ticked': 'Ticked',
  'values.unlabelled': 'Choice {position} (no label yet)',
  'values.missing': '(no longer a choice of this question)',
  'field.question.label': 'Earlier question',
  'field.question.description': 'A question asked before this one: its answer decides.',
  'field.values.label': 'Answers',
  'field.values.description': 'The answers that make this apply.',
};
