import { describe, expect, it } from 'vitest';
import { toLogical } from './logical-css.mjs';

describe('toLogical', () => {
  it('writes sides, corners, offsets and alignment as the start and end of the line', () => {
    const css = [
      '.usa-alert {',
      '  border-left: 0.5rem solid #a9aeb1;',
      '  border-left-color: #00bde3;',
      '  padding-right: 1.25rem;',
      '  margin-left: -0.25rem;',
      '  border-top-left-radius: 2px;',
      '  left: 0;',
      '  right: auto;',
      '  text-align: left;',
      '  float: right;',
      '}',
    ].join('\n');
    expect(toLogical(css).split('\n')).toEqual([
      '.usa-alert {',
      '  border-inline-start: 0.5rem solid #a9aeb1;',
      '  border-inline-start-color: #00bde3;',
      '  padding-inline-end: 1.25rem;',
      '  margin-inline-start: -0.25rem;',
      '  border-start-start-radius: 2px;',
      '  inset-inline-start: 0;',
      '  inset-inline-end: auto;',
      '  text-align: start;',
      '  float: inline-end;',
      '}',
    ]);
  });

  it('leaves selectors, values and other properties as they are', () => {
    const css = '.margin-left-1 {\n  margin-top: 1rem;\n  background-position: left center;\n  content: "left: 0";\n}';
    expect(toLogical(css)).toBe(css);
  });
});
