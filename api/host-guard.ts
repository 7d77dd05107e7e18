import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import type { MiddlewareHandler } from 'hono';
import { StanceError } from '../core/errors.js';

/*
 * DNS rebinding: a web page on evil.example makes its own name resolve to 127.0.0.1 and then
 * calls "its" server, which is this one; the browser sends `Host: evil.example` and lets the page
 * read the answers. A token does not help the reads, and without one the writes are open. So the
 * server answers only requests that name it: the Host must be localhost, an IP address, or a name
 * the user allowed, with the port the request arrived on; and a write that comes from a page
 * (it carries an Origin) must come from such an address or from an allowed CORS origin.
 */

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface HostGuardOptions {
  /** Names besides localhost and IP addresses under which clients reach the server (lower case). */
  allowedHosts: string[];
  /** CORS origins the user allowed (`*` for any). */
  corsOrigins: string[];
}

/** `host[:port]` → its name (brackets dropped) and port, 80 when none is written. */
function splitHost(value: string): { name: string; port: number } | undefined {
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/i.exec(value.trim());
  if (!match) return undefined;
  return { name: match[1].replace(/^\[|\]$/g, '').toLowerCase(), port: match[2] ? Number(match[2]) : 80 };
}

function namesThisServer(host: string, localPort: number, allowed: string[]): boolean {
  const parsed = splitHost(host);
  if (!parsed || parsed.port !== localPort) return false;
  return parsed.name === 'localhost' || isIP(parsed.name) !== 0 || allowed.includes(parsed.name);
}

function originAllowed(origin: string, localPort: number, options: HostGuardOptions): boolean {
  if (options.corsOrigins.includes('*') || options.corsOrigins.includes(origin)) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return url.protocol === 'http:' && namesThisServer(url.host, localPort, options.allowedHosts);
}

/** Refuses, with 403, requests that do not name this server (see above). In-process requests have no socket and pass. */
export function hostGuard(options: HostGuardOptions): MiddlewareHandler {
  const allowed = options.allowedHosts.map((h) => h.toLowerCase());
  return async (c, next) => {
    const socket = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket;
    if (!socket?.localPort) return next();
    const host = c.req.header('host') ?? '';
    if (!namesThisServer(host, socket.localPort, allowed)) {
      throw new StanceError(
        'forbidden',
        `Host "${host}" does not name this server: use localhost or an IP address with port ${socket.localPort}, or start the server with --allowed-hosts ${splitHost(host)?.name ?? 'NAME'} (refused so a web page cannot reach this server through a DNS name of its own)`,
      );
    }
    const origin = c.req.header('origin');
    if (origin !== undefined && WRITES.has(c.req.method) && !originAllowed(origin, socket.localPort, { ...options, allowedHosts: allowed })) {
      throw new StanceError(
        'forbidden',
        `a write from the web page at ${origin} is refused: only pages of this server or of an origin allowed with --cors may write`,
      );
    }
    await next();
  };
}
