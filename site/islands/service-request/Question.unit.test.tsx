// @vitest-environment jsdom
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FormField } from '@city/shared/forms';
import { resources } from '@city/shared/i18n';
import { Question } from './Question';

const screenshot = { __component: 'form-field.file-upload', key: 'screenshot', label: 'لقطة شاشة', required: false, accept: 'image/png,application/pdf', maxSizeMb: 5, maxFiles: 3 } as unknown as FormField;
const kept = (locale: 'en' | 'ar') => {
  document.body.innerHTML = renderToString(
    <Question field={screenshot} value={[]} error={undefined} locale={locale} messages={resources[locale].requestForm} keptFiles={['a.pdf', 'b.png', 'c.pdf']} onChange={() => undefined} onFiles={() => undefined} />,
  );
  return document.querySelector('.request-files-chosen')?.textContent ?? '';
};

describe('a file question', () => {
  it('lists the files already attached as the language lists names: the Arabic comma in Arabic, not a Latin one', () => {
    expect(kept('en')).toContain('a.pdf, b.png, c.pdf');
    const arabic = kept('ar');
    expect(arabic).toContain('a.pdf، وb.png، وc.pdf');
    expect(arabic).not.toContain(', ');
  });
});
