#!/bin/sh
# Backs up what the portal cannot rebuild: the PostgreSQL database, the public uploads (media
# editors uploaded) and the private uploads (residents' attachments). Run it with the service's
# environment (deploy/systemd/city-portal-backup.service does). The secrets are backed up apart.
# Usage: backup.sh <new folder>
set -eu
dest=${1:?usage: backup.sh <new folder>}
: "${DATABASE_URL:?DATABASE_URL is not set: run with the service environment}"
: "${PRIVATE_UPLOADS_DIR:?PRIVATE_UPLOADS_DIR is not set (an absolute path in production)}"
: "${PUBLIC_UPLOADS_DIR:?PUBLIC_UPLOADS_DIR is not set (the CMS folder public/uploads)}"

if [ -e "$dest" ]; then
  echo "backup.sh: $dest exists; give a new folder" >&2
  exit 1
fi
umask 077
mkdir -p "$dest"
# A consistent snapshot while the CMS runs; the custom format restores with pg_restore.
pg_dump --format=custom --no-owner --file="$dest/portal.dump" "$DATABASE_URL"
# After the dump: an attachment written meanwhile is in the copy, never missing from it.
mkdir -p "$PRIVATE_UPLOADS_DIR" "$PUBLIC_UPLOADS_DIR"
tar -C "$PRIVATE_UPLOADS_DIR" -czf "$dest/private-uploads.tar.gz" .
tar -C "$PUBLIC_UPLOADS_DIR" -czf "$dest/public-uploads.tar.gz" .
echo "backup.sh: database and uploads saved in $dest"
