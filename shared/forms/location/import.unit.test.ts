import { describe, expect, it } from 'vitest';
import { csvRows, parseAddressCsv, parseAddressFile, parseAddressGeoJson, searchKey } from './index.js';

describe('csvRows', () => {
  it('reads quoted fields, doubled quotes, CRLF and a byte-order mark', () => {
    expect(csvRows('\uFEFFa,b\r\n"1, King St","say ""hi"""\n')).toEqual([
      ['a', 'b'],
      ['1, King St', 'say "hi"'],
    ]);
  });
});

describe('parseAddressCsv', () => {
  it('imports good rows and reports each bad one by line', () => {
    const csv = [
      'ID,Address,Latitude,Longitude,Name',
      'ch,301 King St,38.805,-77.043,City Hall',
      ',,38.805,-77.043,',
      'x,5 Elm St,north,-77.04,',
      'p,The Pentagon,38.8719,-77.0563,',
      '',
      'b,"5005 Duke St",38.8136,-77.1148,',
    ].join('\n');
    expect(parseAddressCsv(csv)).toEqual({
      points: [
        { address: '301 King St', lat: 38.805, long: -77.043, externalId: 'ch', place: 'City Hall' },
        { address: '5005 Duke St', lat: 38.8136, long: -77.1148, externalId: 'b' },
      ],
      problems: [
        { row: 3, reason: 'no address' },
        { row: 4, reason: '"5 Elm St": latitude and longitude must be numbers in degrees' },
        { row: 5, reason: '"The Pentagon": 38.8719, -77.0563 is outside the city' },
      ],
    });
  });

  it('refuses a file without the required columns', () => {
    expect(parseAddressCsv('street,x,y\n301 King St,1,2')).toEqual({ points: [], problems: [{ row: 1, reason: expect.stringContaining('address, lat') }] });
  });
});

describe('parseAddressGeoJson', () => {
  it('imports Point features and reports the rest', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [-77.043, 38.805] }, properties: { address: '301 King St', name: 'City Hall', id: 7 } },
        { type: 'Feature', geometry: { type: 'LineString', coordinates: [] }, properties: { address: 'King St' } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [-77.043, 38.805] }, properties: null },
      ],
    });
    expect(parseAddressGeoJson(text)).toEqual({
      points: [{ address: '301 King St', lat: 38.805, long: -77.043, externalId: '7', place: 'City Hall' }],
      problems: [
        { row: 2, reason: 'not a Point feature' },
        { row: 3, reason: 'no address' },
      ],
    });
  });

  it('refuses what is not a FeatureCollection', () => {
    expect(parseAddressGeoJson('{').problems).toEqual([{ row: 0, reason: 'the file is not JSON' }]);
    expect(parseAddressFile('points.geojson', '{"type":"Feature"}').problems).toEqual([{ row: 0, reason: 'the file is not a GeoJSON FeatureCollection' }]);
  });
});

describe('searchKey', () => {
  it('compares addresses whatever their case, punctuation and street type', () => {
    expect(searchKey('301 King Street.')).toBe(searchKey('301 king st'));
    expect(searchKey('717 Queen St., Apt #2')).toBe('717 queen st apt 2');
  });
});
