// Hydrates an island rendered at build time. Astro's `client:*` directives would add inline
// <script> and <style> elements to the page, which the site's CSP (`script-src 'self'`, no inline
// script) forbids; so each island page renders its component to HTML, puts the props in a
// non-executable JSON <script>, and loads one external module (this helper plus the island) that
// hydrates the same component from the same props.
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';

/** The markers an island page writes (see site/components/island-root/IslandRoot.astro). */
export const islandSelector = (name: string) => `[data-island="${name}"]`;
export const propsSelector = (name: string) => `script[type="application/json"][data-island-props="${name}"]`;

export function hydrateIsland<Props>(name: string, render: (props: Props) => ReactElement): void {
  const root = document.querySelector(islandSelector(name));
  const json = document.querySelector(propsSelector(name))?.textContent;
  if (!root || !json) return;
  // The props were written by this site's own build from validated CMS content.
  const props = JSON.parse(json) as Props;
  hydrateRoot(root, render(props));
}

/** localStorage, or nothing when the browser blocks it (some privacy settings throw on access). */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
