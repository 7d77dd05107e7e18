import type { MiddlewareHandler } from 'hono';
import { errorBody } from './http.js';

/**
 * Bytes of an oversized body read and thrown away before the 413 is sent. The client sends its
 * whole body whatever the answer; reading it to the end leaves the connection at the start of
 * the next request, so a keep-alive connection goes on working. (Answering at once left the rest
 * of a chunked body unread, and the server then dropped the connection, and the request after
 * it.) A body larger still is not read: the answer says `Connection: close`.
 */
export const MAX_DISCARDED_BYTES = 64 * 1024 * 1024;

/** Refuses request bodies over `maxSize` bytes with a 413 in the API's error shape. */
export function bodyLimit(maxSize: number): MiddlewareHandler {
  const tooLarge = (close: boolean) =>
    new Response(JSON.stringify(errorBody('payload_too_large', `request body larger than ${maxSize} bytes: send smaller batches`)), {
      status: 413,
      headers: { 'content-type': 'application/json', ...(close ? { connection: 'close' } : {}) },
    });
  return async (c, next) => {
    // A GET or HEAD has no body; asking the Node adapter for one builds a whole Request per call.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const body = c.req.raw.body;
    if (!body) return next();
    const declared = c.req.raw.headers.has('transfer-encoding') ? undefined : Number(c.req.raw.headers.get('content-length') ?? Number.NaN);
    if (declared !== undefined && Number.isFinite(declared)) {
      if (declared <= maxSize) return next();
      if (declared > maxSize + MAX_DISCARDED_BYTES) return tooLarge(true);
    }
    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size <= maxSize) chunks.push(value);
      else if (size > maxSize + MAX_DISCARDED_BYTES) {
        await reader.cancel().catch(() => undefined);
        return tooLarge(true);
      }
    }
    if (size > maxSize) return tooLarge(false);
    c.req.raw = new Request(c.req.raw, { body: Buffer.concat(chunks) });
    return next();
  };
}
