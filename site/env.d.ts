declare namespace App {
  interface Locals {
    /** Set by the publisher's renderer: the props getStaticPaths gives this path (site/lib/route-props.ts). */
    routeProps?: Record<string, unknown>;
    /** Set by the publisher's preview (publisher/render/entry.ts): the page shows a draft, never published or indexed. */
    preview?: boolean;
  }
}
