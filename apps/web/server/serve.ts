// `npm start`: serves the built site (dist/) on 127.0.0.1. Node runs this file as TypeScript
// directly (type stripping), so it imports only Node's own modules.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

/** Options of {@link createStaticServer}. */
export interface StaticServerOptions {
  /** The folder to serve (the site's `dist/`). */
  root: string;
}

async function fileAt(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return path;
  if (info?.isDirectory()) return fileAt(join(path, 'index.html'));
  return undefined;
}

/**
 * An HTTP server for a static site folder: `/x/` serves `x/index.html`, a path outside the folder
 * is refused, and a missing page gets the 404 page of its language (`/en/…` → `en/404/`) with
 * status 404. Text is gzipped for clients that accept it. Only GET and HEAD.
 */
export function createStaticServer(options: StaticServerOptions): Server {
  const root = resolve(options.root);
  return createServer(async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const target = normalize(join(root, pathname));
    if (target !== root && !target.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    let file = await fileAt(target);
    let status = 200;
    if (!file) {
      status = 404;
      const localized = /^\/en(\/|$)/.test(pathname) ? await fileAt(join(root, 'en', '404')) : undefined;
      file = localized ?? (await fileAt(join(root, '404.html')));
    }
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    // Text goes compressed when the client takes gzip, as any CDN in front of the site would send it.
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(status, {
      'content-type': type,
      'x-content-type-options': 'nosniff',
      vary: 'accept-encoding',
      ...(gzip && { 'content-encoding': 'gzip' }),
    });
    if (request.method === 'HEAD') response.end();
    else if (gzip) createReadStream(file).pipe(createGzip()).pipe(response);
    else createReadStream(file).pipe(response);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4321);
  const root = fileURLToPath(new URL('../dist/', import.meta.url));
  createStaticServer({ root }).listen(port, '127.0.0.1', () => {
    console.log(`marsad web: http://127.0.0.1:${port}/ (serving ${root})`);
  });
}
