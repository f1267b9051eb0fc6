import { describe, expect, it } from 'vitest';
import { canonicalPath, isPath, isUnder } from './path-canonical';

describe('canonicalPath', () => {
  it.each([
    ['/api/pages', '/api/pages'],
    ['/api/pages/', '/api/pages'],
    ['//api///pages//', '/api/pages'],
    ['/%61pi/%70ages', '/api/pages'],
    ['/api/pag%65s', '/api/pages'],
    ['/api/a%2db%5Fc%2Ed%7e', '/api/a-b_c.d~'],
    ['/uploads/my%20file.png', '/uploads/my%20file.png'],
    ['/uploads/caf%c3%a9.png', '/uploads/caf%C3%A9.png'],
    ['/API/Pages/', '/API/Pages'],
    ['/', '/'],
    ['//', '/'],
  ])('%s → %s', (raw, expected) => {
    expect(canonicalPath(raw)).toEqual({ ok: true, path: expected });
  });

  it.each(['/api/pages%2Fx', '/api/pages%2f', '/api/%5Cpages', '/api/pages%00', '/api/pag%zzes', '/api/pages%', '/api/pages%4'])('refuses the escape in %s', (raw) => {
    expect(canonicalPath(raw)).toEqual({ ok: false, reason: 'escape' });
  });

  it.each(['/api/./pages', '/api/x/../pages', '/upload/%2e%2e/files', '/api/pages/.'])('refuses the dot segment in %s', (raw) => {
    expect(canonicalPath(raw)).toEqual({ ok: false, reason: 'segment' });
  });
});

describe('isPath and isUnder', () => {
  it('compare canonical paths in any letter case', () => {
    expect(isPath('/API/Service-Requests/Submit', '/api/service-requests/submit')).toBe(true);
    expect(isPath('/api/service-requests/submitx', '/api/service-requests/submit')).toBe(false);
    expect(isUnder('/Api/pages', '/api/')).toBe(true);
    expect(isUnder('/apix/pages', '/api/')).toBe(false);
  });
});
