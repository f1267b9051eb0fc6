import type { Core } from '@strapi/strapi';
import { EDITOR_ROLE, syncAdminRole } from './bootstrap/admin-roles';
import { makeRoutesCaseSensitive } from './bootstrap/case-sensitive-routes';
import { bootstrapServiceLevels, registerServiceLevels } from './bootstrap/service-levels';
import { configureAdminViews } from './bootstrap/admin-views';
import { keepReportsOffEditorHome } from './bootstrap/editor-home';
import { countMissingQuestions, registerQuestionCount } from './bootstrap/question-count';
import { registerFormLogicCheck } from './bootstrap/form-logic';
import { ensureDemoAccounts } from './bootstrap/demo-accounts';
import { surviveDatabaseOutages } from './bootstrap/database-outages';
import { registerGraphqlRules } from './bootstrap/graphql';
import { ensureLocales } from './bootstrap/locales';
import { bootstrapOpen311 } from './bootstrap/open311';
import { syncUsersPermissions } from './bootstrap/public-permissions';
import { closeRegistration } from './bootstrap/registration';
import { bootstrapServiceRequests, destroyServiceRequests, registerServiceRequests } from './bootstrap/service-requests';
import { registerStableFormCode } from './bootstrap/stable-form-code';
import { startWalCheckpoints, stopWalCheckpoints } from './bootstrap/wal-checkpoints';
import { ensurePublishWebhook } from './bootstrap/webhook';
import { bootstrapPerformance, destroyPerformance, registerPerformance } from './api/performance/setup';
import { seedDemoCity } from './seed';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    makeRoutesCaseSensitive();
    surviveDatabaseOutages(strapi);
    registerGraphqlRules(strapi);
    registerStableFormCode(strapi);
    keepReportsOffEditorHome(strapi);
    registerQuestionCount(strapi);
    registerFormLogicCheck(strapi);
    registerServiceRequests(strapi);
    registerServiceLevels(strapi);
    registerPerformance(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    startWalCheckpoints(strapi);
    await ensureLocales(strapi);
    await syncUsersPermissions(strapi);
    await closeRegistration(strapi);
    await syncAdminRole(strapi, EDITOR_ROLE);
    await ensurePublishWebhook(strapi);
    await bootstrapOpen311(strapi);
    await bootstrapServiceRequests(strapi);
    bootstrapServiceLevels(strapi);
    await bootstrapPerformance(strapi);
    await ensureDemoAccounts(strapi);
    await countMissingQuestions(strapi);
    await configureAdminViews(strapi);

    // `npm start` asks for the demo city on an empty database; `npm run seed` runs it on demand.
    if (process.env.SEED_IF_EMPTY === 'true') {
      const departments = await strapi.documents('api::department.department').count({});
      if (departments === 0) await seedDemoCity(strapi);
    }
  },

  async destroy() {
    await destroyServiceRequests();
    destroyPerformance();
    await stopWalCheckpoints();
  },
};
