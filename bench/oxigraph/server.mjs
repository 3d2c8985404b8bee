// Oxigraph (npm, in memory) as a SPARQL query endpoint for `msckg bench`: node server.mjs DATA.nq PORT
// GET /query?query=... or an HTML form POST to /query answers SELECT/ASK as SPARQL JSON results;
// it listens on 127.0.0.1 only.
import fs from 'node:fs';
import http from 'node:http';
import oxigraph from 'oxigraph';

const [file, port] = process.argv.slice(2);
const store = new oxigraph.Store();
store.load(fs.readFileSync(file, 'utf8'), { format: 'application/n-quads' });

function answer(res, query) {
  if (query === null) {
    res.writeHead(400, { 'Content-Type': 'text/plain' }).end('no query');
    return;
  }
  try {
    const body = store.query(query, { results_format: 'application/sparql-results+json' });
    res.writeHead(200, { 'Content-Type': 'application/sparql-results+json' }).end(body);
  } catch (e) {
    res.writeHead(400, { 'Content-Type': 'text/plain' }).end(String(e));
  }
}

http.createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  if (url.pathname !== '/query') {
    res.writeHead(404).end();
  } else if (req.method === 'POST') {
    const chunks = [];
    req.on('data', c => chunks.push(c));
    req.on('end', () => answer(res, new URLSearchParams(Buffer.concat(chunks).toString('utf8')).get('query')));
  } else {
    answer(res, url.searchParams.get('query'));
  }
}).listen(Number(port), '127.0.0.1');
