// One seeded CMS and one built site for all browser tests except the publish test (which changes
// content, so it starts its own). Tests read the site's address from E2E_SITE_URL.
import type { FullConfig } from '@playwright/test';
import { launchStack } from './support/launch';

export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  if (process.env.E2E_SITE_URL) return async () => undefined; // testing a site that is already running
  const started = Date.now();
  const stack = await launchStack();
  process.env.E2E_SITE_URL = stack.info.siteUrl;
  // cms/dist is compiled now: the stacks the publish and desk specs start use it as it is.
  process.env.CMS_PRECOMPILED = 'true';
  // The request journeys change a status as staff would, through the CMS's admin API.
  process.env.E2E_CMS_URL = stack.info.cmsUrl;
  // What the CMS emails, as its mail server got it (a resume link, for one).
  process.env.E2E_MAIL_URL = stack.info.mailUrl;
  process.env.E2E_EDITOR_EMAIL = stack.info.editor.email;
  process.env.E2E_EDITOR_PASSWORD = stack.info.editor.password;
  console.log(`\n[e2e] site built in ${stack.info.firstBuildSeconds.toFixed(1)} s (stack ready in ${((Date.now() - started) / 1000).toFixed(0)} s): ${stack.info.siteUrl}`);
  return () => stack.stop();
}
