#!/bin/sh
echo "starting the ping server"
# exec: node replaces the shell, so docker stop's SIGTERM reaches it (DOP043)
exec node /app/server.js
