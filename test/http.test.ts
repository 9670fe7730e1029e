// HTTP to a store: credentials from the environment, basic authentication, and errors that quote the server.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentialsFromEnv, StoreHttp } from '../src/store/http.js';

let server: Server;
let base: string;
beforeAll(async () => {
  // A loopback server: /basic wants Basic alice:secret; /html fails with an HTML page; /drop hangs up.
  server = createServer((request, response) => {
    if (request.url === '/drop') return request.socket.destroy();
    if (request.url === '/html') {
      response.writeHead(500, { 'Content-Type': 'text/html' });
      return response.end('<html><body><h1>Error</h1><xmp>graph <urn:x:y> is &lt;bad&gt;</xmp></body></html>');
    }
    const ok = request.headers.authorization === `Basic ${Buffer.from('alice:secret').toString('base64')}`;
    response.writeHead(ok ? 200 : 401, ok ? {} : { 'WWW-Authenticate': 'Basic realm="store"' });
    response.end(ok ? 'welcome' : 'who are you?');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('credentials from the environment', () => {
  it('reads user, password and scheme; none without a user; refuses an unknown scheme', () => {
    expect(credentialsFromEnv({ OFFICE_LD_USER: 'alice', OFFICE_LD_PASSWORD: 'secret' }))
      .toEqual({ user: 'alice', password: 'secret', scheme: 'digest' });
    expect(credentialsFromEnv({ OFFICE_LD_PASSWORD: 'secret' })).toBeUndefined();
    expect(() => credentialsFromEnv({ OFFICE_LD_USER: 'a', OFFICE_LD_AUTH: 'ntlm' })).toThrow(/digest or basic/);
  });
});

describe('StoreHttp', () => {
  it('sends basic credentials when OFFICE_LD_AUTH=basic, and says 401 without them', async () => {
    const env = { OFFICE_LD_USER: 'alice', OFFICE_LD_PASSWORD: 'secret', OFFICE_LD_AUTH: 'basic' };
    expect(await new StoreHttp(credentialsFromEnv(env)).send('GET', `${base}/basic`, {})).toBe('welcome');
    await expect(new StoreHttp().send('GET', `${base}/basic`, {})).rejects.toThrow(
      `GET ${base}/basic: the store answered HTTP 401 Unauthorized: who are you?`);
  });

  it("quotes an HTML error page as plain text, keeping <iri>s", async () => {
    await expect(new StoreHttp().send('PUT', `${base}/html`, {}, 'x')).rejects.toThrow(
      'the store answered HTTP 500 Internal Server Error: Error graph <urn:x:y> is <bad>');
  });

  it('says when the store does not answer', async () => {
    await expect(new StoreHttp().send('POST', `${base}/drop`, {}, 'x')).rejects.toThrow(`POST ${base}/drop: no answer from the store`);
  });
});
