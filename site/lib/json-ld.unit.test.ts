import type { ServiceEntry } from '@city/shared/content';
import { describe, expect, it } from 'vitest';
import { serializeJsonLd, serviceJsonLd } from './json-ld';

const service: ServiceEntry = {
  documentId: 'd1',
  locale: 'en',
  updatedAt: '2026-05-01T12:00:00.000Z',
  slug: 'pay-a-bill',
  title: 'Pay a bill </script><script>alert(1)</script>',
  summary: 'Pay & go',
  body: null,
  audience: 'businesses',
  topic: 'Online services',
  keywords: null,
  timeToComplete: null,
  department: { slug: 'it', name: 'IT' },
  serviceForm: null,
};

describe('JSON-LD', () => {
  it('describes a service as a GovernmentService provided by its department', () => {
    const data = serviceJsonLd(service, 'https://city.example/en/services/pay-a-bill/', 'https://city.example/en/departments/it/', 'City', 'Businesses');
    expect(data).toMatchObject({
      '@type': 'GovernmentService',
      name: service.title,
      audience: { audienceType: 'Businesses' },
      provider: { '@type': 'GovernmentOrganization', name: 'IT', url: 'https://city.example/en/departments/it/' },
    });
  });

  it('cannot close its script element, and still parses back to the same data', () => {
    const data = serviceJsonLd(service, 'https://city.example/x', null, 'City', 'Businesses');
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});
