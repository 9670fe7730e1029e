// Writing HTTP responses: charset, ETag with If-None-Match → 304 (the `fresh` library), HEAD, plain-text errors.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import fresh from 'fresh';
import type { Body } from './site.js';

/** Headers every response carries. */
const COMMON = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'",
};

/**
 * A body's bytes and ETag, made once per body kept (the home page, a bundle file, a cached entity): hashing
 * a 100 MB dump on every request would hold the event loop for a quarter of a second each time.
 */
const prepared = new WeakMap<object, { bytes: Buffer; etag: string }>();

function prepare(body: Body): { bytes: Buffer; etag: string } {
  const key = Buffer.isBuffer(body.text) ? body.text : body;
  let ready = prepared.get(key);
  if (!ready) {
    const etag = `"${createHash('sha256').update(body.type).update('\n').update(body.text).digest('base64url').slice(0, 27)}"`;
    ready = { bytes: Buffer.isBuffer(body.text) ? body.text : Buffer.from(body.text, 'utf8'), etag };
    prepared.set(key, ready);
  }
  return ready;
}

/** Sends a body with charset and a strong ETag; answers 304 when the client's copy is current. */
export function sendBody(request: IncomingMessage, response: ServerResponse, body: Body,
  extra: Record<string, string> = {}): void {
  const { bytes, etag } = prepare(body);
  const binary = Buffer.isBuffer(body.text) && body.type === 'application/gzip';
  const headers = { ...COMMON, ...extra, ETag: etag, 'Content-Type': binary ? body.type : `${body.type}; charset=utf-8` };
  if (fresh(conditionalHeaders(request), { etag })) {
    response.writeHead(304, { ...COMMON, ...extra, ETag: etag }).end();
    return;
  }
  response.writeHead(200, { ...headers, 'Content-Length': String(bytes.length) });
  response.end(request.method === 'HEAD' ? undefined : bytes);
}

/**
 * The request's conditional headers for `fresh`, without Cache-Control: a request's `no-cache` tells caches
 * to revalidate with the origin, and the origin still answers If-None-Match (RFC 9110 §13.1.2).
 */
function conditionalHeaders(request: IncomingMessage): Record<string, string | undefined> {
  return { 'if-none-match': request.headers['if-none-match'], 'if-modified-since': request.headers['if-modified-since'] };
}

/** Sends an error status with a one-line plain-text message. */
export function sendError(response: ServerResponse, status: number, message: string,
  extra: Record<string, string> = {}): void {
  const bytes = Buffer.from(`${status} ${message}\n`, 'utf8');
  response.writeHead(status, {
    ...COMMON, ...extra, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(bytes.length),
  });
  response.end(bytes);
}
