#!/usr/bin/env node
// The peer of the API benchmark: a bare node:http server that answers every request with one fixed JSON
// body of a given size, doing no work at all. Prints its port on stdout once listening.
import { createServer } from 'node:http';

const bytes = Number(process.argv[2]);
if (!Number.isInteger(bytes) || bytes < 16) {
  console.error('Usage: node bare-server.mjs <body bytes, 16 or more>');
  process.exit(2);
}
// {"data":"xxx…"}: valid JSON of exactly `bytes` bytes.
const body = Buffer.from(`{"data":"${'x'.repeat(bytes - 11)}"}`);
const headers = { 'Content-Type': 'application/json', 'Content-Length': String(body.byteLength) };

const server = createServer((_request, response) => {
  response.writeHead(200, headers);
  response.end(body);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(typeof address === 'object' && address ? address.port : '');
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
