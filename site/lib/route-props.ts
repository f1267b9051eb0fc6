/**
 * A dynamic route's props. A static build passes getStaticPaths' props to the page; the
 * publisher's renderer renders on demand, where Astro ignores getStaticPaths, so it computes the
 * same props itself and passes them in locals (publisher/render/entry.ts).
 */
export function routeProps<Props extends object>(astro: { props: Props; locals: App.Locals }): Props {
  return (astro.locals.routeProps as Props | undefined) ?? astro.props;
}
