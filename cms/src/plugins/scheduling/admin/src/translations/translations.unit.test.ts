import { describe, expect, it } from 'vitest';
import { SCHEDULABLE_UIDS, SCHEDULE_ACTIONS, SCHEDULE_ERROR_CODES, SCHEDULE_STATUSES } from '../../../contract';
import { translations } from './index';

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('scheduled publishing’s admin wording', () => {
  it('has every English key in Spanish, with the same placeholders', () => {
    for (const [key, message] of Object.entries(translations.en)) {
      const spanish = (translations.es as Record<string, string>)[key];
      expect(spanish?.trim(), key).toBeTruthy();
      expect(placeholders(spanish ?? ''), key).toEqual(placeholders(message));
    }
    expect(Object.keys(translations.es).sort()).toEqual(Object.keys(translations.en).sort());
  });
  it('words every type, change, status and refusal the server sends', () => {
    const keys = Object.keys(translations.en);
    for (const uid of SCHEDULABLE_UIDS) expect(keys).toContain(`type.${uid}`);
    for (const action of SCHEDULE_ACTIONS) expect(keys).toContain(`action.${action}`);
    for (const status of SCHEDULE_STATUSES) expect(keys).toContain(`status.${status}`);
    for (const code of SCHEDULE_ERROR_CODES) expect(keys).toContain(`error.${code}`);
  });
});
