/**
 * The scheduling API, under /scheduling. An admin session with the plugin's read action (the
 * Editor role) is required; the controller limits every list and change to the types the user may
 * publish in the content manager.
 */
const editors = { policies: [{ name: 'admin::hasPermissions', config: { actions: ['plugin::scheduling.read'] } }] };

export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/schedules', handler: 'schedules.list', config: editors },
      { method: 'POST', path: '/schedules', handler: 'schedules.create', config: editors },
      { method: 'DELETE', path: '/schedules/:id', handler: 'schedules.cancel', config: editors },
      { method: 'POST', path: '/schedules/:id/retry', handler: 'schedules.retry', config: editors },
    ],
  },
};
