import { describe, expect, it } from 'vitest';
import { reminderEmail } from './reminder-email';

const input = {
  ownerName: 'Ada Lovelace',
  uid: 'api::service.service' as const,
  title: 'Trash & recycling pickup',
  locale: 'es',
  reviewDue: '2026-12-02',
  editUrl: 'https://cms.example.gov/admin/content-manager/collection-types/api::service.service/abc?plugins[i18n][locale]=es',
};

describe('the review reminder', () => {
  it('is in English for an owner who reads the admin in English, HTML and text alike', () => {
    const email = reminderEmail({ ...input, language: 'en' });
    expect(email.subject).toBe('Review due: Trash & recycling pickup');
    expect(email.text).toContain('The service “Trash & recycling pickup” (Spanish) was due for review on December 2, 2026.');
    expect(email.text).toContain(`Open “Trash & recycling pickup” in the CMS: ${input.editUrl}`);
    expect(email.html).toContain('<html lang="en" dir="ltr">');
    expect(email.html).toContain('Trash &amp; recycling pickup');
    expect(email.html).toContain('href="https://cms.example.gov/admin/content-manager/collection-types/api::service.service/abc?plugins[i18n][locale]=es"');
  });

  it('is in Spanish for an owner who reads the admin in Spanish, and in English for any other language', () => {
    const spanish = reminderEmail({ ...input, language: 'es' });
    expect(spanish.subject).toBe('Revisión pendiente: Trash & recycling pickup');
    expect(spanish.text).toContain('El servicio «Trash & recycling pickup» (español) debía revisarse el 2 de diciembre de 2026.');
    expect(spanish.text).toContain('(español)');
    expect(spanish.text).toContain('2 de diciembre de 2026');
    expect(spanish.html).toContain('<html lang="es" dir="ltr">');
    expect(reminderEmail({ ...input, language: 'zxx' }).subject).toBe('Review due: Trash & recycling pickup');
  });
});
