'use strict';
// The plugin's server is TypeScript compiled with the rest of the CMS (cms/tsconfig.json) into
// cms/dist; Strapi looks for this file beside the plugin's package.json.
module.exports = require('../../../dist/src/plugins/form-logic/server/index.js').default;
