/**
 * The desk's admin API, under /requests-desk. Every route needs an admin session and the
 * `work` action (Triage, Supervisor); the controller narrows every read and write to the
 * divisions the user belongs to, and the supervisor-only routes check `supervise` too.
 */
const work = { policies: [{ name: 'admin::hasPermissions', config: { actions: ['plugin::requests-desk.work'] } }] };
const supervise = { policies: [{ name: 'admin::hasPermissions', config: { actions: ['plugin::requests-desk.supervise'] } }] };

export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/meta', handler: 'desk.meta', config: work },
      { method: 'GET', path: '/requests', handler: 'desk.queue', config: work },
      { method: 'GET', path: '/requests/export', handler: 'desk.exportCsv', config: work },
      { method: 'POST', path: '/requests/bulk', handler: 'desk.bulk', config: work },
      { method: 'GET', path: '/requests/:reference', handler: 'desk.detail', config: work },
      { method: 'POST', path: '/requests/:reference/actions', handler: 'desk.act', config: work },
      { method: 'GET', path: '/dashboard', handler: 'desk.dashboard', config: supervise },
      { method: 'GET', path: '/team', handler: 'desk.team', config: supervise },
      { method: 'PUT', path: '/team/:userId', handler: 'desk.updateTeamMember', config: supervise },
    ],
  },
};
