import { describe, expect, it } from 'vitest';
import type { FormFeedback, FormValuesParam } from '@city/shared/forms';
import { openFormFeedback, sealFormFeedback } from '@city/shared/sealed';
import { FEEDBACK_BUDGET, sealWithinBudget } from './feedback-budget';

const SECRET = 'feedback-budget-test-secret';
const NOW = 1_800_000_000_000;
const seal = (feedback: FormFeedback) => sealFormFeedback(feedback, SECRET, NOW);
const open = (sealed: string) => openFormFeedback(sealed, SECRET, NOW);
const FILL = 'f'.repeat(43);
// 2000 characters of Amharic: about 6 KB of UTF-8, far past the budget once sealed.
const LONG_AMHARIC = 'የመንገድ መብራት ተሰብሯል። '.repeat(200).slice(0, 2000);

const feedback = (answers: Record<string, string>): FormFeedback => ({
  errors: { 'contact.email': 'Enter an email address' },
  values: { answers, contact: { name: 'Selam' } },
  startedAt: NOW - 60_000,
});

describe('sealWithinBudget', () => {
  it('keeps short answers in the sealed feedback and keeps nothing on the server', async () => {
    const kept: FormValuesParam[] = [];
    const result = await sealWithinBudget(feedback({ description: 'A short note' }), seal, async (values) => (kept.push(values), FILL));
    expect(result.kept).toBeUndefined();
    expect(kept).toEqual([]);
    expect(open(result.sealed)?.values.answers.description).toBe('A short note');
    expect(open(result.sealed)?.keptValues).toBeUndefined();
  });

  it('keeps answers past the budget on the server, whole, and seals only the fill with the errors', async () => {
    const kept: FormValuesParam[] = [];
    const long = feedback({ description: LONG_AMHARIC, street: 'Bole Road' });
    expect(seal(long).length).toBeGreaterThan(FEEDBACK_BUDGET);
    const result = await sealWithinBudget(long, seal, async (values) => (kept.push(values), FILL));
    expect(result.kept).toBe(FILL);
    expect(kept).toEqual([long.values]);
    expect(kept[0]?.answers.description).toHaveLength(2000);
    expect(result.sealed.length).toBeLessThanOrEqual(FEEDBACK_BUDGET);
    const opened = open(result.sealed);
    expect(opened?.keptValues).toEqual({ fill: FILL });
    expect(opened?.values).toEqual({ answers: {}, contact: {} });
    expect(opened?.errors).toEqual(long.errors);
    expect(opened?.startedAt).toBe(long.startedAt);
  });

  it('decides on the sealed length, not the characters: a budget just under the sealed text keeps the answers', async () => {
    const short = feedback({ description: 'A short note' });
    const exact = seal(short).length;
    expect((await sealWithinBudget(short, seal, async () => FILL, exact)).kept).toBeUndefined();
    expect((await sealWithinBudget(short, seal, async () => FILL, exact - 1)).kept).toBe(FILL);
  });

  it('drops the longest answers only when the server cannot keep them, and says which', async () => {
    const long = feedback({ description: LONG_AMHARIC, street: 'Bole Road' });
    const result = await sealWithinBudget(long, seal, () => Promise.reject(new Error('disk full')));
    expect(result.kept).toBeUndefined();
    expect(result.dropped).toEqual(['description']);
    expect(open(result.sealed)?.values.answers).toEqual({ street: 'Bole Road' });
  });

  it('seals beside the fill what the caller says must stay (a reply’s reference and email), keeping the rest whole', async () => {
    const reply: FormFeedback = { errors: { files: 'Wrong type' }, values: { answers: { reference: 'ALX-7K4M-2Q9P', message: LONG_AMHARIC }, contact: { email: 'ana@example.com' } } };
    const kept: FormValuesParam[] = [];
    const stays = (values: FormValuesParam): FormValuesParam => ({ answers: { reference: values.answers.reference ?? '' }, contact: { email: values.contact.email ?? '' } });
    const result = await sealWithinBudget(reply, seal, async (values) => (kept.push(values), FILL), FEEDBACK_BUDGET, stays);
    expect(kept).toEqual([reply.values]);
    const opened = open(result.sealed);
    expect(opened?.values).toEqual({ answers: { reference: 'ALX-7K4M-2Q9P' }, contact: { email: 'ana@example.com' } });
    expect(opened?.keptValues).toEqual({ fill: FILL });
  });
});
