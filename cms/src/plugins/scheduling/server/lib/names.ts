export const SCHEDULE_UID = 'plugin::scheduling.schedule';
/** Editors' right to read the Scheduled page (plugin::scheduling.read), given to the Editor role. */
export const READ_ACTION = 'plugin::scheduling.read';
