/**
 * What the Requests desk produces outside the admin page: the reply it sends a resident on staff's
 * behalf when staff wrote nothing themselves, and the CSV export's wording (in the staff member's
 * admin language).
 */
export default {
  /** Sent when staff close a request as a repeat of another. */
  duplicateOf: 'This request repeats {{reference}}, which we are already working on. Please follow {{reference}} for updates.',
  csv: {
    reference: 'Reference',
    received: 'Received',
    due: 'Due',
    overdue: 'Overdue',
    status: 'Status',
    priority: 'Priority',
    service: 'Service',
    division: 'Division',
    assignee: 'Assigned to',
    resident: 'Resident',
  },
  yes: 'Yes',
  no: 'No',
  priority: { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' },
};
