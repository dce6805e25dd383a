#!/bin/sh
set -e
# Like the official node images: `docker run IMAGE -e 'code'` or `IMAGE app.js` runs node.
if [ "${1#-}" != "$1" ] || ! command -v -- "$1" >/dev/null 2>&1; then
  set -- node "$@"
fi
exec "$@"
