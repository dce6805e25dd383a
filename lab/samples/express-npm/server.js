const express = require('express');

const app = express();
const port = Number(process.env.PORT || 3000);

app.get('/health', (_req, res) => res.json({ status: 'ok', app: 'express-npm' }));
app.get('/items', (_req, res) =>
  res.json([
    { id: 1, name: 'apple' },
    { id: 2, name: 'pear' },
  ]),
);

const server = app.listen(port, () => console.log(`listening on ${port}`));

// As PID 1 in a container, node has no default SIGTERM handler: without this, `docker stop` waits and kills.
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
});
