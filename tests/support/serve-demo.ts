/** Serves the built demo (demo/dist) over loopback on a free port, for end-to-end tests. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { repoRoot } from './paths.js';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface DemoServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves demo/dist under `basePath` (default '/sub/path/', proving the build works from any sub-path). */
export async function serveDemo(basePath = '/sub/path/'): Promise<DemoServer> {
  const distDir = join(repoRoot, 'demo/dist');
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith(basePath)) {
      response.writeHead(404).end();
      return;
    }
    let relativePath = decodeURIComponent(url.pathname.slice(basePath.length));
    if (relativePath === '' || relativePath.endsWith('/')) relativePath += 'index.html';
    const file = normalize(join(distDir, relativePath));
    if (!file.startsWith(distDir)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
      },
      () => {
        response.writeHead(404).end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () => new Promise((resolve) => server.close(() => { resolve(); })),
  };
}
