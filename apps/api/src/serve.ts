import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createApp, DEFAULT_RESPONSE_CACHE_BYTES } from './app.js';
import type { ApiData } from './data.js';
import { ResponseCache } from './http/response-cache.js';
import { LiveData } from './live-data.js';
import { anonymousVersion } from './view.js';

/** Options of {@link startServer}. */
export interface ServerOptions {
  /** Interface to listen on; default `127.0.0.1` (loopback only). */
  host?: string;
  /** Port; default 8787, `0` for any free port. */
  port?: number;
  previewToken?: string | undefined;
  /** Bytes of the response cache; default 64 MiB, `0` for none. */
  responseCacheBytes?: number | undefined;
}

/** A running API server. */
export interface RunningServer {
  /** Base URL, like `http://127.0.0.1:8787`. */
  url: string;
  /** Stops accepting connections, ends open ones and closes the data. */
  close(): Promise<void>;
}

/** The default port: far from the web site's dev ports. */
export const DEFAULT_PORT = 8787;

/** Serves `data` over HTTP until closed; {@link LiveData} is served as it changes, its rebuilds on /healthz. */
export function startServer(data: ApiData | LiveData, options: ServerOptions = {}): Promise<RunningServer> {
  const current = data instanceof LiveData ? () => data.current : () => data;
  const responseCache = new ResponseCache(options.responseCacheBytes ?? DEFAULT_RESPONSE_CACHE_BYTES);
  const app = createApp(data instanceof LiveData ? current : data, {
    previewToken: options.previewToken,
    responseCache,
    ...(data instanceof LiveData && { buildReport: () => data.report }),
  });
  const toApp = getRequestListener(app.fetch);
  // A response the app has already given is written from the cache before Hono sees the request.
  const server = createServer((request, response) => {
    if (!responseCache.serve(request, response, anonymousVersion(current(), new Date()))) {
      toApp(request, response);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, options.host ?? '127.0.0.1', () => {
      const info = server.address() as AddressInfo;
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => {
              data.close();
              done();
            });
            server.closeAllConnections();
          }),
      });
    });
  });
}
