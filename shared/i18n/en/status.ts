/** A request's status as a resident reads it (shared/forms/status.ts lists the statuses). */
export default {
  submitted: 'Received',
  in_review: 'Being reviewed',
  in_progress: 'In progress',
  waiting_for_resident: 'Waiting for your reply',
  resolved: 'Resolved',
  closed: 'Closed',
  rejected: 'Not accepted',
};
