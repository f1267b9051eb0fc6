// A preview is shown in a frame of the CMS admin. A link followed inside that frame would show the
// published site where the editor expects their draft, with nothing to tell them: every link of a
// preview opens in a new tab instead (the banner says so). Links within the page (#main-content,
// the skip link) stay where they are.
const ANCHOR = /<a\b([^>]*)>/gi;
const HREF = /\shref\s*=\s*(["'])(.*?)\1/i;
const TARGET = /\starget\s*=/i;

export function linksOpenInNewTab(html: string): string {
  return html.replace(ANCHOR, (tag: string, attributes: string) => {
    const href = HREF.exec(attributes)?.[2];
    if (href === undefined || href.startsWith('#') || TARGET.test(attributes)) return tag;
    return `<a${attributes} target="_blank" rel="noopener">`;
  });
}
