const http = require('node:http');

const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.end(`pong ${req.url}\n`);
});
server.listen(9000, () => console.log('listening on 9000'));
