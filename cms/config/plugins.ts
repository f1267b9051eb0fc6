import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Core } from '@strapi/strapi';
import { selectionLimitsFromEnv, selectionLimitsRule } from '../src/graphql/selection-limits';

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const production = env('NODE_ENV') === 'production';
  return {
    i18n: { enabled: true },
    // Ours: the staff's Requests desk (src/plugins/requests-desk).
    'requests-desk': { enabled: true, resolve: './src/plugins/requests-desk' },
    // Ours: accessibility and plain-language checks before publishing (src/plugins/publish-checks).
    'publish-checks': { enabled: true, resolve: './src/plugins/publish-checks' },
    // Ours: owners, review dates and out-of-date translations (src/plugins/content-review).
    'content-review': { enabled: true, resolve: './src/plugins/content-review' },
    // Ours: scheduled publish and unpublish (src/plugins/scheduling).
    scheduling: { enabled: true, resolve: './src/plugins/scheduling' },
    // Ours: per form and month, fills started and sent, and how far they got (src/plugins/form-metrics).
    'form-metrics': { enabled: true, resolve: './src/plugins/form-metrics' },
    // Ours: pickers for a service form's conditions and steps, by label (src/plugins/form-logic).
    'form-logic': { enabled: true, resolve: './src/plugins/form-logic' },
    upload: {
      config: {
        security: {
          // The CMS serves uploads from its own origin, the admin's. A file a browser runs as a page
          // or a script there (an SVG or HTML file with a script, the script it loads) would run with
          // an administrator's session: refused, whatever the file is called or claims to be. Other
          // uploads are served with nosniff, so they are only ever what their type says.
          deniedTypes: [
            'image/svg+xml',
            'text/html',
            'application/xhtml+xml',
            'text/xml',
            'application/xml',
            'application/xslt+xml',
            'text/javascript',
            'application/javascript',
            'application/x-javascript',
            'application/ecmascript',
            'text/ecmascript',
            'application/x-sh',
            'application/x-msdownload',
            'application/x-dosexec',
          ],
        },
      },
    },
    graphql: {
      enabled: true,
      config: {
        endpoint: '/graphql',
        shadowCRUD: true,
        // Introspection and the playground help developers; in production they only help attackers.
        // `false` would still show Apollo's production landing page, so production disables it outright.
        landingPage: production ? () => ApolloServerPluginLandingPageDisabled() : true,
        apolloServer: {
          introspection: !production || env.bool('GRAPHQL_INTROSPECTION', false),
          // Apollo's own CORS would answer `*`; the global strapi::cors middleware applies CORS_ORIGINS.
          cors: false,
          // Added to the plugin's depth limit: aliases and repeated fields cannot multiply one query's work.
          validationRules: [selectionLimitsRule(selectionLimitsFromEnv(process.env))],
        },
        depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 10),
        defaultLimit: 25,
        maxLimit: env.int('API_MAX_LIMIT', 100),
      },
    },
    'users-permissions': {
      config: { jwtSecret: env('JWT_SECRET') },
    },
    email: {
      config: {
        provider: 'nodemailer',
        providerOptions: {
          host: env('SMTP_HOST', '127.0.0.1'),
          port: env.int('SMTP_PORT', 1025),
          secure: env.bool('SMTP_SECURE', false),
          ignoreTLS: !env.bool('SMTP_SECURE', false) && !env.bool('SMTP_STARTTLS', false),
          auth: env('SMTP_USER', '') ? { user: env('SMTP_USER'), pass: env('SMTP_PASS') } : undefined,
        },
        settings: {
          defaultFrom: env('EMAIL_FROM', 'City Portal <no-reply@example.gov>'),
          defaultReplyTo: env('EMAIL_REPLY_TO', 'no-reply@example.gov'),
        },
      },
    },
  };
};
