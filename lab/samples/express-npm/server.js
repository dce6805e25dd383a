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

app.listen(port, () => console.log(`listening on ${port}`));
