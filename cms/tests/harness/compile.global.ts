import { compileCms } from '../../scripts/compile-lock.mjs';
import { CMS_DIR } from './cms';

/** Compiles the CMS once per test run; every test then boots cms/dist without compiling again. */
export default async function compileOnce(): Promise<void> {
  await compileCms(CMS_DIR);
}
