import type { Core } from '@strapi/strapi';
import { describe, expect, it } from 'vitest';
import type { FormField } from '@city/shared/forms';
import { locatorForOnePost, resolveTypedLocations, typedLocationPoints } from './typed-locations';

const CITY_HALL = { address: '301 King St, Alexandria, VA 22314', lat: 38.8048, long: -77.0469 };

/** A CMS whose address points know City Hall, counting the look-ups. */
function cmsWithCityHall() {
  const asked: string[] = [];
  const service = {
    resolve: async (text: string) => {
      asked.push(text);
      return text.toLowerCase().startsWith('301 king') ? CITY_HALL : undefined;
    },
  };
  const strapi = { service: () => service } as unknown as Core.Strapi;
  return { strapi, asked };
}

const fields = [
  { __component: 'form-field.location', key: 'where', label: 'Where is it?', required: true },
  { __component: 'form-field.location', key: 'also', label: 'Anywhere else?', required: false },
  { __component: 'form-field.short-text', key: 'note', label: 'Note', required: false },
] as unknown as FormField[];

describe('typed locations', () => {
  it('finds the points of typed addresses and coordinates, and leaves out text that names none', async () => {
    const { strapi } = cmsWithCityHall();
    const points = await typedLocationPoints(strapi, fields, { where: '301 King St', also: '38.81, -77.05', note: '301 King St' });
    expect(points).toEqual({ where: CITY_HALL, also: { address: expect.stringContaining('38.81'), lat: 38.81, long: -77.05 } });
    expect(await typedLocationPoints(strapi, fields, { where: 'Nowhere Lane' })).toEqual({});
  });

  it('looks each set of typed addresses up once for one post, however often it is asked', async () => {
    const { strapi, asked } = cmsWithCityHall();
    const locate = locatorForOnePost(strapi);
    const answers = { where: '301 King St', note: 'by the door' };
    const first = await locate(fields, answers);
    // The intake asks with its own parsed copy of the same answers.
    const again = await resolveTypedLocations(strapi, fields, { ...answers }, locate);
    expect(again).toEqual({ ...answers, where: CITY_HALL });
    expect(await locate(fields, { ...answers, note: 'another note' })).toBe(first);
    expect(asked).toEqual(['301 King St']);
    // Other typed text is other points.
    expect(await locate(fields, { where: 'Nowhere Lane' })).toEqual({});
    expect(asked).toEqual(['301 King St', 'Nowhere Lane']);
  });
});
