import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from './csv';

describe('csvCell', () => {
  it('quotes every cell and doubles quotes inside it', () => {
    expect(csvLine(['ALX-1234-5678', 'Say "hi"', null, 3])).toBe('"ALX-1234-5678","Say ""hi""","","3"');
  });

  it('defuses what a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx']) expect(csvCell(text).startsWith(`"'`)).toBe(true);
    expect(csvCell('Ana = Bob')).toBe('"Ana = Bob"');
  });
});
