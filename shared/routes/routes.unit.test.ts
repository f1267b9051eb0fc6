import { describe, expect, it } from 'vitest';
import { routePatterns, routes, siteHref } from './index';

describe('the site URL scheme', () => {
  it('writes each page the way the built site names it', () => {
    expect(routes.home('es')).toBe('/es/');
    expect(routes.servicesOnHome('en')).toBe('/en/#services');
    expect(routes.service('en', 'parking-permit')).toBe('/en/services/parking-permit/');
    expect(routes.serviceRequest('es', 'parking-permit')).toBe('/es/services/parking-permit/request');
    expect(routes.requestConfirmation('en', 'parking-permit')).toBe('/en/services/parking-permit/request/confirmation/');
    expect(routes.track('es')).toBe('/es/track/');
    expect(routes.performance('es')).toBe('/es/performance/');
  });

  it('makes absolute URLs on a site address with or without its trailing slash', () => {
    expect(siteHref('https://city.example/', routes.track('en'))).toBe('https://city.example/en/track/');
    expect(siteHref('https://city.example', routes.track('en'))).toBe('https://city.example/en/track/');
  });

  it('recognises each page it writes, and only that page', () => {
    for (const path of [routes.serviceRequest('en', 'wifi'), `${routes.serviceRequest('es', 'wifi')}/`, `${routes.serviceRequest('en', 'wifi')}/index.html`]) {
      expect(routePatterns.serviceRequest.test(path), path).toBe(true);
      expect(routePatterns.requestConfirmation.test(path), path).toBe(false);
    }
    expect(routePatterns.requestConfirmation.test(routes.requestConfirmation('es', 'wifi'))).toBe(true);
    expect(routePatterns.track.test(routes.track('en'))).toBe(true);
    expect(routePatterns.track.test('/en/track/other')).toBe(false);
    expect(routePatterns.serviceRequest.test('/zxx/services/wifi/request')).toBe(false);
  });
});
