// Content handed to the pages at render time by the publisher's renderer (publisher/render/entry.ts),
// in place of Astro's build-time store, and a record of which collections each page read, so a
// publish re-renders only the pages a change can show on. A static build never sets either.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { CollectionName, ContentCollections } from './collections';

export interface RuntimeContent {
  /** Goes up with every change, so per-render memos know when to forget. */
  version: number;
  collections: ContentCollections;
}

let current: RuntimeContent | undefined;
const readsOfThisRender = new AsyncLocalStorage<Set<CollectionName>>();
// A preview renders the drafts while publishes go on rendering the live content in the same process.
const contentOfThisRender = new AsyncLocalStorage<RuntimeContent>();

export function setRuntimeContent(content: RuntimeContent): void {
  current = content;
}

export function runtimeContent(): RuntimeContent | undefined {
  return contentOfThisRender.getStore() ?? current;
}

/** Runs `render` (and everything it awaits) with `content` in place of the live content. */
export function withRuntimeContent<T>(content: RuntimeContent, render: () => Promise<T>): Promise<T> {
  return contentOfThisRender.run(content, render);
}

export function noteRead(collection: CollectionName): void {
  readsOfThisRender.getStore()?.add(collection);
}

/** Runs one render, adding every collection it reads to `reads`. */
export function recordReads<T>(reads: Set<CollectionName>, render: () => Promise<T>): Promise<T> {
  return readsOfThisRender.run(reads, render);
}
