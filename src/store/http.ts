// HTTP to a triple store: credentials from the environment (digest or basic, by digest-fetch), errors that quote the server.
import DigestClient from 'digest-fetch';
import { usageError, type OfficeLdError } from '../errors.js';
import { boundedFetch, DEFAULT_NET_LIMITS, type NetLimits, type NetRequest } from '../net.js';

/** Environment variables that hold the store's credentials (never command-line arguments). */
export const CREDENTIAL_ENV = {
  user: 'OFFICE_LD_USER',
  password: 'OFFICE_LD_PASSWORD',
  scheme: 'OFFICE_LD_AUTH',
} as const;

/** A user and password, sent by HTTP digest (default) or basic authentication. */
export interface Credentials {
  user: string;
  password: string;
  scheme: 'digest' | 'basic';
}

/** Reads credentials from OFFICE_LD_USER, OFFICE_LD_PASSWORD and OFFICE_LD_AUTH (digest|basic); none if no user. */
export function credentialsFromEnv(env: NodeJS.ProcessEnv = process.env): Credentials | undefined {
  const user = env[CREDENTIAL_ENV.user];
  if (!user) return undefined;
  const scheme = (env[CREDENTIAL_ENV.scheme] ?? 'digest').toLowerCase();
  if (scheme !== 'digest' && scheme !== 'basic') {
    throw usageError(`${CREDENTIAL_ENV.scheme}=${scheme} is not an authentication scheme`, undefined, 'digest or basic');
  }
  return { user, password: env[CREDENTIAL_ENV.password] ?? '', scheme };
}

/** Sends requests to one store, authenticating when credentials are given; a non-2xx answer throws. */
export class StoreHttp {
  private readonly digest?: DigestClient;

  constructor(credentials?: Credentials, private readonly limits: NetLimits = DEFAULT_NET_LIMITS) {
    if (credentials) {
      this.digest = new DigestClient(credentials.user, credentials.password, { basic: credentials.scheme === 'basic' });
      // digest-fetch's requests go through the bounded client too (limits, same-origin redirects only)
      const bounded = (url: string, init: NetRequest) => boundedFetch(url, init, this.limits);
      this.digest.getClient = async () => bounded as unknown as typeof fetch;
    }
  }

  /**
   * Sends one request within the limits ({@link DEFAULT_NET_LIMITS}) and returns the response body;
   * an HTTP error, a limit met, a redirect elsewhere or no answer is a usage error (exit 2).
   */
  async send(method: string, url: string, headers: Record<string, string>, body?: string): Promise<string> {
    let response: Response;
    try {
      const init = { method, headers: { ...headers }, body };
      response = (this.digest ? await this.digest.fetch(url, init) : await boundedFetch(url, init, this.limits)) as Response;
    } catch (error) {
      throw usageError(`${method} ${url}: no answer from the store (${(error as OfficeLdError).what ?? (error as Error).message})`);
    }
    const text = await response.text();
    if (!response.ok) {
      const hint = (response.status === 401 || response.status === 403) && !this.digest
        ? ` (the store wants an account: set ${CREDENTIAL_ENV.user} and ${CREDENTIAL_ENV.password}, and ${CREDENTIAL_ENV.scheme}=basic if it does not use digest)`
        : '';
      throw usageError(`${method} ${url}: the store answered HTTP ${response.status} ${response.statusText}: ${plainText(text)}${hint}`);
    }
    return text;
  }
}

/** A server's answer as one short line: HTML tags dropped (not `<iri:…>`), space collapsed, cut at 600 characters. */
function plainText(body: string): string {
  const text = body.replace(/<\/?[a-z][a-z0-9]*(\s[^>]*)?>/gi, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ').trim();
  return text.length > 600 ? `${text.slice(0, 600)}…` : text || '(empty answer)';
}
