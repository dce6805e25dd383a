const express = require('express');
const morgan = require('morgan');

const app = express();
app.use(morgan('tiny'));
app.get('/api/greeting', (req, res) => res.json({ greeting: `hello, ${req.query.name || 'world'}` }));
app.listen(8080, () => console.log('listening on 8080'));
