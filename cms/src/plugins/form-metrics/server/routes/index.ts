import { READ_ACTION } from '../../contract';

/** The Form metrics page's API, under /form-metrics: an admin session with the plugin's read action (the Editor role). */
const editors = { policies: [{ name: 'admin::hasPermissions', config: { actions: [READ_ACTION] } }] };

export default {
  admin: {
    type: 'admin',
    routes: [{ method: 'GET', path: '/summary', handler: 'metrics.summary', config: editors }],
  },
};
