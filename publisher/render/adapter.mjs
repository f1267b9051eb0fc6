// @ts-check
// The publisher's renderer: an Astro adapter whose "server" is not a server but a function the
// publisher calls to render chosen pages into its static folder (publisher/render/entry.ts). It lets a
// publish re-render the few pages a change shows on, without bundling the site again.
import { fileURLToPath } from 'node:url';

/** @returns {import('astro').AstroIntegration} */
export function publisherRenderer() {
  return {
    name: 'city-publisher-renderer',
    hooks: {
      'astro:config:done': ({ setAdapter }) => {
        setAdapter({
          name: 'city-publisher-renderer',
          serverEntrypoint: fileURLToPath(new URL('./entry.ts', import.meta.url)),
          exports: ['createRenderer'],
          supportedAstroFeatures: {
            serverOutput: 'stable',
            staticOutput: 'stable',
            hybridOutput: 'stable',
            sharpImageService: 'unsupported',
            envGetSecret: 'unsupported',
          },
        });
      },
    },
  };
}
