const express = require('express');
const morgan = require('morgan');

const app = express();
app.use(morgan('tiny'));
app.get('/api/greeting', (req, res) => res.json({ greeting: `hello, ${req.query.name || 'world'}` }));
const server = app.listen(8080, () => console.log('listening on 8080'));

// As PID 1 in a container, node has no default SIGTERM handler: without this, `docker stop` waits and kills.
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
});
