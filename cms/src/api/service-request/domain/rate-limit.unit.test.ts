import { describe, expect, it } from 'vitest';
import { PUBLISHER_SECRET_HEADER, VISITOR_IP_HEADER } from '@city/shared/forms';
import { rateLimitAddress } from './rate-limit';

const SECRET = 'publisher-secret-0123456789';
const asking = (headers: Record<string, string | string[] | undefined>) => ({ ip: '127.0.0.1', headers });

describe('the address a look-up counts against', () => {
  it('is the resident’s address the publisher names, with the publisher’s secret', () => {
    expect(rateLimitAddress(asking({ [PUBLISHER_SECRET_HEADER]: SECRET, [VISITOR_IP_HEADER]: '203.0.113.7' }), SECRET)).toBe('203.0.113.7');
    expect(rateLimitAddress(asking({ [PUBLISHER_SECRET_HEADER]: [SECRET], [VISITOR_IP_HEADER]: ' 2001:db8::1 ' }), SECRET)).toBe('2001:db8::1');
  });

  it('ignores a forged visitor header: no secret, a wrong one, one of another length, or an empty one', () => {
    for (const secret of [undefined, 'wrong-secret-0123456789abc', 'x', '', `${SECRET}x`]) {
      const headers = { [VISITOR_IP_HEADER]: '203.0.113.7', ...(secret === undefined ? {} : { [PUBLISHER_SECRET_HEADER]: secret }) };
      expect(rateLimitAddress(asking(headers), SECRET), `secret ${JSON.stringify(secret)}`).toBe('127.0.0.1');
    }
  });

  it('trusts nobody when the CMS has no secret, even a request that sends an empty one', () => {
    expect(rateLimitAddress(asking({ [PUBLISHER_SECRET_HEADER]: '', [VISITOR_IP_HEADER]: '203.0.113.7' }), '')).toBe('127.0.0.1');
  });

  it('keeps the socket address when the named one is not an IP address', () => {
    for (const visitor of ['', 'evil', '203.0.113.7, 10.0.0.1', '999.1.1.1']) {
      expect(rateLimitAddress(asking({ [PUBLISHER_SECRET_HEADER]: SECRET, [VISITOR_IP_HEADER]: visitor }), SECRET)).toBe('127.0.0.1');
    }
  });

  it('is the socket address for everyone else', () => {
    expect(rateLimitAddress({ ip: '198.51.100.4', headers: {} }, SECRET)).toBe('198.51.100.4');
  });
});
