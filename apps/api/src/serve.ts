import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import type { ApiData } from './data.js';
import { LiveData } from './live-data.js';

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
  const appOptions = {
    previewToken: options.previewToken,
    ...(options.responseCacheBytes !== undefined && { responseCacheBytes: options.responseCacheBytes }),
  };
  const app =
    data instanceof LiveData
      ? createApp(() => data.current, { ...appOptions, buildReport: () => data.report })
      : createApp(data, appOptions);
  const hostname = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, hostname, port: options.port ?? DEFAULT_PORT },
      (info: AddressInfo) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}`,
          close: () =>
            new Promise<void>((done) => {
              server.close(() => {
                data.close();
                done();
              });
              if ('closeAllConnections' in server) server.closeAllConnections();
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
