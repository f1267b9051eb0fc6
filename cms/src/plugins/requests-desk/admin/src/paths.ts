import { PLUGIN_ID } from '../../contract';

/** The desk's pages inside the admin (react-router paths under the admin's base). */
export const DESK_PATH = `/plugins/${PLUGIN_ID}`;
export const paths = {
  queue: DESK_PATH,
  request: (reference: string) => `${DESK_PATH}/requests/${encodeURIComponent(reference)}`,
  dashboard: `${DESK_PATH}/dashboard`,
  team: `${DESK_PATH}/team`,
};
