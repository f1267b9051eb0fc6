// Test-only: creates a super admin from SUPER_ADMIN_EMAIL / SUPER_ADMIN_PASSWORD in the database of
// the environment (run after the seed, before the CMS starts), so a test can read requests in the
// admin the way staff do.
import { ensureTestSuperAdmin, withLoadedCms } from '../harness/accounts.mjs';

const outcome = await withLoadedCms(ensureTestSuperAdmin);
console.log(`super admin ${outcome}`);
process.exit(0);
