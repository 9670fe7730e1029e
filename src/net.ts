// Bounded HTTP for all that office-ld asks of the network (reconcile, wikidata-diff, load): connect,
// idle and total time limits, a maximum answer size, and redirects followed only within the origin.
import { Agent, fetch as undiciFetch, type RequestInit as UndiciInit } from 'undici';
import { usageError } from './errors.js';

/** The limits of one request (each answer read whole, within them). */
export interface NetLimits {
  /** Time to open the connection (TCP and TLS), ms. */
  connectMs: number;
  /** Longest silence while waiting for the headers or between two pieces of the body, ms. */
  idleMs: number;
  /** Whole request, redirects and body included, ms. */
  totalMs: number;
  /** Largest answer body, bytes. */
  maxBytes: number;
  /** Redirects followed (within the origin only). */
  maxRedirects: number;
}

/** The defaults: 10 s to connect, 30 s idle, 120 s in all, 64 MiB, 5 redirects. */
export const DEFAULT_NET_LIMITS: NetLimits = {
  connectMs: 10_000, idleMs: 30_000, totalMs: 120_000, maxBytes: 64 * 1024 * 1024, maxRedirects: 5,
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const agents = new Map<string, Agent>();

function agentFor(limits: NetLimits): Agent {
  const key = `${limits.connectMs}/${limits.idleMs}`;
  let agent = agents.get(key);
  if (!agent) {
    agent = new Agent({ connect: { timeout: limits.connectMs }, headersTimeout: limits.idleMs, bodyTimeout: limits.idleMs });
    agents.set(key, agent);
  }
  return agent;
}

/** What a request sends. */
export interface NetRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string | URLSearchParams;
}

/**
 * Sends a request within `limits` and returns the whole answer as a `Response` (its body already read).
 * A redirect to another origin (scheme, host or port) is refused, so no body or credential goes
 * elsewhere; a 303 (or a 301/302 of a POST) is followed as a GET without the body. Every failure is a
 * usage error (exit 2) with one line saying which limit was met.
 */
export async function boundedFetch(url: string, request: NetRequest = {}, limits: NetLimits = DEFAULT_NET_LIMITS): Promise<Response> {
  const origin = new URL(url).origin;
  const signal = AbortSignal.timeout(limits.totalMs);
  let method = request.method ?? 'GET';
  let body = request.body;
  let current = url;
  for (let redirects = 0; ; redirects++) {
    const response = await send(current, { method, headers: request.headers, body, redirect: 'manual', signal, dispatcher: agentFor(limits) },
      limits, `${method} ${current}`);
    const location = response.headers.get('location');
    if (!REDIRECTS.has(response.status) || location === null) return readWhole(response, limits, `${method} ${current}`, signal);
    await response.body?.cancel();
    const next = new URL(location, current);
    if (next.origin !== origin) {
      throw usageError(`${method} ${current}: redirected to another origin (${next.origin})`, undefined,
        `answers from ${origin} itself (office-ld follows redirects only within the origin)`);
    }
    if (redirects >= limits.maxRedirects) throw usageError(`${method} ${url}: more than ${limits.maxRedirects} redirects`);
    if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
      method = 'GET';
      body = undefined;
    }
    current = next.href;
  }
}

async function send(url: string, init: UndiciInit, limits: NetLimits, what: string) {
  try {
    return await undiciFetch(url, init);
  } catch (error) {
    throw failure(error, limits, what);
  }
}

/** Reads the body, counting: past `maxBytes` the request is dropped. */
async function readWhole(
  response: Awaited<ReturnType<typeof undiciFetch>>, limits: NetLimits, what: string, signal: AbortSignal,
): Promise<Response> {
  const length = Number(response.headers.get('content-length') ?? NaN);
  if (length > limits.maxBytes) {
    await response.body?.cancel();
    throw tooLarge(what, limits);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += (chunk as Uint8Array).length;
      if (size > limits.maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw tooLarge(what, limits);
      }
      chunks.push(chunk as Uint8Array);
      if (signal.aborted) break;
    }
  } catch (error) {
    throw failure(error, limits, what);
  }
  if (signal.aborted) throw failure(signal.reason, limits, what);
  const headers = new Headers();
  response.headers.forEach((value, key) => headers.append(key, value));
  return new Response(response.status === 204 || response.status === 304 ? null : Buffer.concat(chunks),
    { status: response.status, statusText: response.statusText, headers });
}

function tooLarge(what: string, limits: NetLimits) {
  return usageError(`${what}: the answer is larger than ${limits.maxBytes} bytes`, undefined, 'a smaller answer');
}

/** One line for what went wrong: which limit, or the network's own reason. */
function failure(error: unknown, limits: NetLimits, what: string) {
  if ((error as { kind?: string })?.kind === 'usage') return error as Error;
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? (error as { code?: string })?.code;
  const name = (error as { name?: string })?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return usageError(`${what}: no whole answer within ${limits.totalMs / 1000} s`);
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return usageError(`${what}: no connection within ${limits.connectMs / 1000} s`);
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return usageError(`${what}: the server was silent for ${limits.idleMs / 1000} s`);
  }
  return usageError(`${what} failed: ${cause?.message ?? (error as Error)?.message ?? String(error)}`, undefined, 'a reachable endpoint');
}
