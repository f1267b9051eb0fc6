// The search page's only script: runs the query from ?q= against the Pagefind index built next to
// the site (per language, picked from <html lang>) and lists the results. No server is involved.
// Strings come from the page (data-* attributes rendered from the i18n resources).

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const MAX_RESULTS = 20;

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => String(values[name] ?? match));

/** Pagefind marks matches with <mark>; keep them, as elements, and everything else as text. */
function excerptNodes(excerpt: string): Node[] {
  return excerpt.split(/(<mark>.*?<\/mark>)/g).map((part) => {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (marked ? marked[1] ?? '' : part).replace(/<[^>]*>/g, '');
    const decoded = new DOMParser().parseFromString(text, 'text/html').documentElement.textContent ?? '';
    if (!marked) return document.createTextNode(decoded);
    const mark = document.createElement('mark');
    mark.textContent = decoded;
    return mark;
  });
}

async function run(root: HTMLElement): Promise<void> {
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  if (!status || !list) return;
  const query = new URLSearchParams(window.location.search).get('q')?.trim() ?? '';
  if (input) input.value = query;
  if (!query) return;
  const strings = root.dataset;
  status.textContent = strings.searching ?? '';
  try {
    const pagefindUrl = new URL('/pagefind/pagefind.js', window.location.href).href;
    const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
    await pagefind.options({ baseUrl: '/' });
    const search = await pagefind.search(query);
    const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const heading = document.createElement('h2');
        heading.className = 'font-sans-md margin-0';
        const link = document.createElement('a');
        link.className = 'usa-link';
        link.href = result.url;
        link.textContent = result.meta.title ?? result.url;
        heading.append(link);
        const excerpt = document.createElement('p');
        excerpt.append(...excerptNodes(result.excerpt));
        item.append(heading, excerpt);
        return item;
      }),
    );
    const template = search.results.length === 0 ? strings.noResults : strings.resultsFor;
    status.textContent = fill(template ?? '', { query, count: search.results.length });
  } catch (error) {
    console.error(error);
    status.textContent = strings.failed ?? '';
  }
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) {
  root.hidden = false;
  void run(root);
}
