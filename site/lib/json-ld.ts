// schema.org data for search engines: GovernmentOrganization for departments, GovernmentService
// for services. It sits in <script type="application/ld+json">, which browsers never run.
import type { DepartmentEntry, ServiceEntry } from '@city/shared/content';

export type JsonLd = Record<string, unknown>;

export function departmentJsonLd(department: DepartmentEntry, url: string, cityName: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    '@id': url,
    name: department.name,
    description: department.summary,
    url,
    inLanguage: department.locale,
    ...(department.contact?.phone ? { telephone: department.contact.phone } : {}),
    ...(department.contact?.email ? { email: department.contact.email } : {}),
    ...(department.contact?.address ? { address: department.contact.address } : {}),
    parentOrganization: { '@type': 'GovernmentOrganization', name: cityName },
  };
}

/** `audience` is the audience in the page's language, e.g. "Residentes y negocios". */
export function serviceJsonLd(service: ServiceEntry, url: string, departmentUrl: string | null, cityName: string, audience: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    '@id': url,
    name: service.title,
    description: service.summary,
    url,
    inLanguage: service.locale,
    serviceType: service.topic,
    audience: { '@type': 'Audience', audienceType: audience },
    areaServed: { '@type': 'City', name: cityName },
    provider: service.department && departmentUrl
      ? { '@type': 'GovernmentOrganization', '@id': departmentUrl, name: service.department.name, url: departmentUrl }
      : { '@type': 'GovernmentOrganization', name: cityName },
  };
}

/**
 * JSON for inside a <script> element: `<` is escaped so a "</script>" in content cannot end the
 * element, and `>`, `&` and the two JavaScript line separators are escaped for good measure.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
