// Oxigraph (npm, in memory) as a SPARQL query endpoint for `msckg bench`: node server.mjs DATA.nq PORT
// GET /query?query=... answers SELECT/ASK as SPARQL JSON results; it listens on 127.0.0.1 only.
import fs from 'node:fs';
import http from 'node:http';
import oxigraph from 'oxigraph';

const [file, port] = process.argv.slice(2);
const store = new oxigraph.Store();
store.load(fs.readFileSync(file, 'utf8'), { format: 'application/n-quads' });

http.createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  if (url.pathname !== '/query' || !url.searchParams.has('query')) {
    res.writeHead(404).end();
    return;
  }
  try {
    const body = store.query(url.searchParams.get('query'), { results_format: 'application/sparql-results+json' });
    res.writeHead(200, { 'Content-Type': 'application/sparql-results+json' }).end(body);
  } catch (e) {
    res.writeHead(400, { 'Content-Type': 'text/plain' }).end(String(e));
  }
}).listen(Number(port), '127.0.0.1');
