// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { textAsHtml } from './text-as-html';

describe('the HTML part of a text-only message', () => {
  it('shows the text as written, markup included, with its line breaks', () => {
    const text = 'Dear Ana,\n<a href="https://evil.example">prize</a>\n<script>alert(1)</script>';
    const page = new DOMParser().parseFromString(textAsHtml('Update <1>', text), 'text/html');
    expect(page.title).toBe('Update <1>');
    expect(page.querySelectorAll('a, script')).toHaveLength(0);
    expect(page.body.textContent?.trim()).toBe('Dear Ana,\n<a href="https://evil.example">prize</a>\n<script>alert(1)</script>');
    expect(page.querySelectorAll('br')).toHaveLength(2);
  });

  it('reads right to left when the text is Arabic: the row does not say its language', () => {
    const page = new DOMParser().parseFromString(textAsHtml('تحديث', 'عزيزي وائل،\nطلبك ALX-7K4M-2Q9P'), 'text/html');
    expect(page.querySelector('p')?.getAttribute('dir')).toBe('auto');
  });
});
