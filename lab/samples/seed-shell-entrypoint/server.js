const http = require('node:http');

const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.end(`pong ${req.url}\n`);
});
server.listen(9000, () => console.log('listening on 9000'));

// Exits on SIGTERM, when the signal reaches it: behind `sh -c` (a shell-form ENTRYPOINT) it does not.
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
});
