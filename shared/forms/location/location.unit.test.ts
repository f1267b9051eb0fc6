import { describe, expect, it } from 'vitest';
import { validateAnswers, type ServiceForm } from '../index.js';
import { BOUNDARY_TOLERANCE_M, distanceToBoundary, insideBoundary, insideCity, insideRing, type CityBoundary } from './index.js';
import { CITY_BOUNDARY } from './boundary.js';

const cityHall = { lat: 38.805, long: -77.043 };
const pentagon = { lat: 38.8719, long: -77.0563 };
const mountVernon = { lat: 38.7293, long: -77.1073 };

describe('insideCity', () => {
  it('accepts City Hall and points across the city', () => {
    expect(insideCity(cityHall)).toBe(true);
    expect(insideCity({ lat: 38.8136, long: -77.1148 })).toBe(true); // Beatley Library, Duke St
    expect(insideCity({ lat: 38.8185, long: -77.0884 })).toBe(true); // Chinquapin, King St
  });

  it('refuses places in the neighbouring jurisdictions', () => {
    expect(insideCity(pentagon)).toBe(false);
    expect(insideCity(mountVernon)).toBe(false);
    expect(insideCity({ lat: 38.81, long: -77.02 })).toBe(false); // the Potomac, 1.7 km east of Old Town
  });

  it('counts a point just outside the coarse outline as inside, but not one well past it', () => {
    // The Torpedo Factory on the waterfront lies east of the outline's eastern edge.
    const waterfront = { lat: 38.805, long: -77.0397 };
    expect(insideBoundary(waterfront, CITY_BOUNDARY, 0)).toBe(false);
    expect(distanceToBoundary(waterfront, CITY_BOUNDARY)).toBeLessThan(BOUNDARY_TOLERANCE_M);
    expect(insideCity(waterfront)).toBe(true);
    const farther = { lat: 38.805, long: -77.033 }; // about 620 m past the same edge
    expect(distanceToBoundary(farther, CITY_BOUNDARY)).toBeGreaterThan(BOUNDARY_TOLERANCE_M);
    expect(insideCity(farther)).toBe(false);
  });

  it('refuses coordinates that are not numbers', () => {
    expect(insideCity({ lat: Number.NaN, long: -77.04 })).toBe(false);
  });
});

describe('ray casting', () => {
  const square = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
  it('tells inside from outside a ring, and leaves out holes', () => {
    expect(insideRing({ long: 5, lat: 5 }, square)).toBe(true);
    expect(insideRing({ long: 11, lat: 5 }, square)).toBe(false);
    const withHole: CityBoundary = { type: 'Feature', properties: { name: 'Test' }, geometry: { type: 'Polygon', coordinates: [square, [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]] } };
    expect(insideBoundary({ long: 2, lat: 2 }, withHole, 0)).toBe(true);
    expect(insideBoundary({ long: 5, lat: 5 }, withHole, 0)).toBe(false);
  });
});

describe('the location answer', () => {
  const form: Pick<ServiceForm, 'fields'> = { fields: [{ __component: 'form-field.location', key: 'where', label: 'Where is the problem?', required: true, hint: undefined }] };
  const optional: Pick<ServiceForm, 'fields'> = { fields: [{ __component: 'form-field.location', key: 'where', label: 'Where is the problem?', required: false, hint: undefined }] };

  it('stores the address and the coordinates, from JSON or form-encoded strings', () => {
    expect(validateAnswers(form, 'en', { where: { address: ' 301  King St ', ...cityHall } })).toEqual({ success: true, data: { where: { address: '301 King St', ...cityHall } } });
    expect(validateAnswers(form, 'en', { where: { address: '301 King St', lat: '38.805', long: '-77.043' } })).toEqual({ success: true, data: { where: { address: '301 King St', ...cityHall } } });
  });

  it('names the location when it is outside the city, in the resident’s language', () => {
    expect(validateAnswers(form, 'en', { where: { address: 'The Pentagon', ...pentagon } })).toEqual({
      success: false,
      errors: [{ field: 'where', message: 'The location for “Where is the problem?” is outside the city: choose a place in the city' }],
    });
    const es = validateAnswers(form, 'es', { where: { address: 'The Pentagon', ...pentagon } });
    expect(es.success ? '' : es.errors[0]?.message).toBe('La ubicación para “Where is the problem?” está fuera de la ciudad: elija un lugar dentro de la ciudad');
  });

  it('refuses an address typed but not found, a missing answer, and a broken one', () => {
    const message = (answers: unknown, target = form) => {
      const result = validateAnswers(target, 'en', answers);
      return result.success ? undefined : result.errors[0]?.message;
    };
    expect(message({ where: '1 Nowhere Lane' })).toMatch(/^Choose an address from the list/);
    expect(message({})).toBe('Enter an address or use your location for “Where is the problem?”');
    expect(message({ where: { address: '', lat: '', long: '' } })).toBe('Enter an address or use your location for “Where is the problem?”');
    expect(message({ where: { address: '301 King St', lat: 'north', long: -77 } })).toBe('Choose the location for “Where is the problem?” again');
    expect(message({ where: 'x'.repeat(501) })).toBe('The address for “Where is the problem?” must be 500 characters or fewer');
    expect(message({}, optional)).toBeUndefined();
    // Not a location at all, even on an optional question: refused rather than taken as blank.
    expect(message({ where: {} }, optional)).toBe('Choose the location for “Where is the problem?” again');
    expect(message({ where: { nested: { deeper: 1 } } }, optional)).toBe('Choose the location for “Where is the problem?” again');
    expect(message({ where: 42 }, optional)).toBe('Choose the location for “Where is the problem?” again');
    expect(validateAnswers(optional, 'en', { where: '' })).toEqual({ success: true, data: {} });
  });
});
