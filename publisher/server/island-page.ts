// An island in a built page, for the renderers that write the page again for one visitor
// (no-script.ts, no-script-lookup.ts). The site's IslandRoot.astro writes each island on one line:
// `<div data-island="name">HTML</div><script … data-island-props="name">JSON</script>`.

export interface BuiltIsland<Props> {
  /** The props the build wrote for the client script. */
  props: Props;
  /** The page with this island's HTML and props replaced. */
  rewrite(islandHtml: string, props: Props): string;
}

// "<" escaped, as IslandRoot.astro does, so no string a visitor typed can close the script element.
const escapeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function findIsland<Props>(page: string, name: string): BuiltIsland<Props> | undefined {
  const islandStart = `<div data-island="${name}">`;
  const islandEnd = `</div><script type="application/json" data-island-props="${name}">`;
  const start = page.indexOf(islandStart);
  const end = page.indexOf(islandEnd, start);
  const propsEnd = page.indexOf('</script>', end + islandEnd.length);
  if (start < 0 || end < 0 || propsEnd < 0) return undefined;
  // The props were written by this site's own build.
  const props = JSON.parse(page.slice(end + islandEnd.length, propsEnd)) as Props;
  return {
    props,
    rewrite: (islandHtml, newProps) => `${page.slice(0, start + islandStart.length)}${islandHtml}${islandEnd}${escapeJson(newProps)}${page.slice(propsEnd)}`,
  };
}
