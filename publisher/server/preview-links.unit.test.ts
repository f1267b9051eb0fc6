import { describe, expect, it } from 'vitest';
import { linksOpenInNewTab } from './preview-links';

describe('links of a preview', () => {
  it('open pages of the site and other sites in a new tab', () => {
    const html = '<nav><a href="/en/services/">Services</a> <a class="usa-link" href="https://example.org/x?a=1&amp;b=2">Elsewhere</a></nav>';
    expect(linksOpenInNewTab(html)).toBe(
      '<nav><a href="/en/services/" target="_blank" rel="noopener">Services</a> <a class="usa-link" href="https://example.org/x?a=1&amp;b=2" target="_blank" rel="noopener">Elsewhere</a></nav>',
    );
  });

  it('leave links within the page, anchors without an address and links that choose their own target', () => {
    const html = '<a class="usa-skipnav" href="#main-content">Skip</a><a id="top">Top</a><a href="/x" target="_self">Same</a><abbr title="t">T</abbr>';
    expect(linksOpenInNewTab(html)).toBe(html);
  });
});
