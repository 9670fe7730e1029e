// A real browser (Debian's Chromium via playwright-core) reads the post page, its timeline, and follows a link.
import { statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers.js';
import { startTestServer, tempBundle, type TestServer } from './serve-helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const folder = tempDir('office-ld-browser-');
let server: TestServer;
let browser: BrowserContext;

beforeAll(async () => {
  server = await startTestServer(tempBundle());
  browser = await chromium.launchPersistentContext(path.join(folder, 'profile'), {
    executablePath: CHROMIUM,
    viewport: { width: 1100, height: 900 },
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the post page in Chromium', () => {
  it('shows 18 tenures with Xu Qin as incumbent, and links to a person page', async () => {
    const page = await browser.newPage();
    const blocked: string[] = [];
    await page.route((url) => !url.href.startsWith(server.url), (route) => {
      blocked.push(route.request().url());
      return route.abort();
    });
    await page.goto(new URL('post/party-secretary-of-heilongjiang', server.url).href);
    await expect(page.title()).resolves.toBe('Party Secretary of Heilongjiang');
    const bars = page.locator('svg.timeline g.tenure');
    await expect(bars.count()).resolves.toBe(18);
    const incumbent = page.locator('svg.timeline g.tenure.incumbent');
    await expect(incumbent.count()).resolves.toBe(1);
    await expect(incumbent.getAttribute('data-person')).resolves.toBe('Xu Qin');
    await expect(page.locator('table.holders tr.incumbent td').nth(1).innerText()).resolves.toBe('Xu Qin');
    await expect(page.locator('table.holders tr.incumbent td').nth(3).innerText()).resolves.toBe('October 2021');
    await expect(page.locator('svg.timeline rect.gap').count()).resolves.toBe(2);
    await expect(page.locator('ul.gaps').innerText()).resolves.toContain('June 1971 – August 1971');
    const box = await incumbent.locator('rect.bar').boundingBox();
    expect(box!.width).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(folder, 'post.png'), fullPage: true });

    await page.locator('table.holders').getByRole('link', { name: 'Xu Qin', exact: true }).click();
    await page.waitForURL(/\/person\/xu-qin$/);
    await expect(page.locator('h1').innerText()).resolves.toBe('Xu Qin');
    await expect(page.locator('ul.names').innerText()).resolves.toContain('许勤');
    await expect(page.locator('table.tenures').innerText()).resolves.toContain('Party Secretary of Heilongjiang');
    await page.screenshot({ path: path.join(folder, 'person.png'), fullPage: true });
    expect(statSync(path.join(folder, 'post.png')).size).toBeGreaterThan(10_000);
    expect(blocked).toEqual([]);
  });
});
