/**
 * How the site's publisher asks the CMS on a resident's behalf (the status look-up without
 * JavaScript): it names the resident's address in VISITOR_IP_HEADER and proves it is the publisher
 * with the secret both hold (PUBLISH_WEBHOOK_SECRET) in PUBLISHER_SECRET_HEADER. The CMS's per-IP
 * rate limits count the named address only when that secret matches; from anyone else the header
 * is ignored, so it cannot be used to dodge a limit or to spend someone else's. The same header
 * carries the secret the other way too: on the CMS's publish webhook and on the publisher's build
 * reports.
 */
export const PUBLISHER_SECRET_HEADER = 'x-publish-secret';
export const VISITOR_IP_HEADER = 'x-portal-visitor-ip';
