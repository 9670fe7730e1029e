// Hostile request targets: traversal (plain and encoded), NUL, backslashes, over-long URLs, never a file outside the bundle.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawGet, startTestServer, tempBundle, type TestServer } from './serve-helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(tempBundle());
});
afterAll(async () => server?.close());

/** Marks of files outside the bundle that a traversal would reach. */
const OUTSIDE = /root:|\[boot loader\]|"name": "office-ld"|BEGIN .*PRIVATE KEY/;

describe('hostile paths', () => {
  const targets = [
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    '/..%2f..%2f..%2fetc%2fpasswd',
    '/%252e%252e%252fetc%252fpasswd',
    '/dump.ttl/../../../etc/passwd',
    '/post/..%2F..%2F..%2Fpackage.json',
    '/..\\..\\etc\\passwd',
    '/%5c..%5c..%5cetc%5cpasswd',
    '/dump.nt%00.html',
    '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
    '/%E0%A4%A',
    '//etc/passwd',
    '/.well-known/../../package.json',
    'http://127.0.0.1/../../etc/passwd',
  ];
  for (const target of targets) {
    it(`${target} → 400 or 404, no file from outside`, async () => {
      const { status, body } = await rawGet(server.url, target);
      expect([400, 404]).toContain(status);
      expect(body).not.toMatch(OUTSIDE);
    });
  }

  it('answers an over-long URL with 414, and one over the header limit with 431, never 200', async () => {
    const long = await rawGet(server.url, `/person/${'a'.repeat(5000)}`);
    expect(long.status).toBe(414);
    const huge = await rawGet(server.url, `/person/${'a'.repeat(40_000)}`);
    expect(huge.status).toBe(431);
  });

  it('answers malformed Accept headers with 400 on entities and 400/406 elsewhere, never a file', async () => {
    for (const accept of ['text/html;q=abc', ';;;', '\u0001\u0002', 'q=1']) {
      const { status, body } = await rawGet(server.url, '/person/xu-qin', [`Accept: ${accept}`]);
      expect(status).toBe(400);
      expect(body).not.toMatch(OUTSIDE);
    }
  });
});
