import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/**
 * A model hub on loopback for pull tests: it serves the model folders under `root` by the
 * hub's file layout (`/<name>/resolve/main/<file>`) and answers 404 for anything else. With
 * `reset` it closes every connection unanswered, as an unreachable hub would; with `cut`, it
 * closes it halfway through the file. Port 0: the system picks a free port.
 */
export interface FakeHub {
  url: string;
  /** Paths asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startFakeHub(root: string, options: { reset?: boolean; cut?: boolean } = {}): Promise<FakeHub> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://hub').pathname);
    requests.push(path);
    if (options.reset) {
      request.socket.destroy();
      return;
    }
    const match = /^\/(.+?)\/resolve\/main\/(.+)$/.exec(path);
    const file = match && !path.includes('..') ? join(root, match[1], match[2]) : undefined;
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    const size = statSync(file).size;
    response.writeHead(200, { 'content-length': size, 'content-type': 'application/octet-stream' });
    if (options.cut) {
      createReadStream(file, { end: Math.floor(size / 2) - 1 })
        .on('end', () => response.socket?.end())
        .pipe(response, { end: false });
    } else createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
