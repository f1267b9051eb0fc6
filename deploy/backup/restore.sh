#!/bin/sh
# Restores a folder written by backup.sh into an EMPTY database (DATABASE_URL) and the upload
# folders, with the CMS stopped. Run it with the service's environment, then start the service.
# Usage: restore.sh <backup folder>
set -eu
src=${1:?usage: restore.sh <backup folder>}
: "${DATABASE_URL:?DATABASE_URL is not set: run with the service environment}"
: "${PRIVATE_UPLOADS_DIR:?PRIVATE_UPLOADS_DIR is not set}"
: "${PUBLIC_UPLOADS_DIR:?PUBLIC_UPLOADS_DIR is not set}"

for file in portal.dump private-uploads.tar.gz public-uploads.tar.gz; do
  if [ ! -f "$src/$file" ]; then
    echo "restore.sh: $src/$file is missing" >&2
    exit 1
  fi
done
# --exit-on-error: a half-restored database must not look like a restored one.
pg_restore --no-owner --exit-on-error --dbname="$DATABASE_URL" "$src/portal.dump"
mkdir -p "$PRIVATE_UPLOADS_DIR" "$PUBLIC_UPLOADS_DIR"
tar -C "$PRIVATE_UPLOADS_DIR" -xzf "$src/private-uploads.tar.gz"
tar -C "$PUBLIC_UPLOADS_DIR" -xzf "$src/public-uploads.tar.gz"
echo "restore.sh: database and uploads restored from $src; start the service now"
