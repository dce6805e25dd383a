#!/bin/sh
echo "starting the ping server"
node /app/server.js
