import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../../../contract';
import type { en } from '../translations/en';
import type { Option, Question } from '../lib/choices';

export type MessageKey = keyof typeof en;

/** The plugin's messages, and how a question or a choice is named: by its label, never its stored value. */
export function useWording() {
  const { formatMessage } = useIntl();
  const word = (key: MessageKey, values?: Record<string, string | number>) => formatMessage({ id: `${PLUGIN_ID}.${key}`, defaultMessage: key }, values);
  return {
    word,
    question(question: Question): string {
      if (!question.label) return word('question.unlabelled', { position: question.position });
      return question.sameLabel ? word('question.samelabel', { label: question.label, position: question.position }) : question.label;
    },
    option(option: Option): string {
      return option.label ?? word('values.unlabelled', { position: option.position });
    },
  };
}
