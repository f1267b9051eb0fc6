import { REQUEST_STATUSES, type RequestStatus } from '@city/shared/forms';
import type { Open311Status } from './spec';

/**
 * The portal's seven statuses on Open311's two. A request is `open` while the city still owes the
 * resident something (including while it waits for the resident's reply) and `closed` once it was
 * resolved, closed or rejected: nothing more will happen without a new request.
 */
export const OPEN311_STATUS_OF: Record<RequestStatus, Open311Status> = {
  submitted: 'open',
  in_review: 'open',
  in_progress: 'open',
  waiting_for_resident: 'open',
  resolved: 'closed',
  closed: 'closed',
  rejected: 'closed',
};

export function open311Status(status: RequestStatus): Open311Status {
  return OPEN311_STATUS_OF[status];
}

/** The portal statuses an Open311 status filter matches. */
export function portalStatuses(status: Open311Status): RequestStatus[] {
  return REQUEST_STATUSES.filter((portal) => OPEN311_STATUS_OF[portal] === status);
}
