import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { CONTRACT_TAGS } from '../../apps/server/src/docs/swagger';
import { createTestApp, TestApp, uniqueName } from '../support/test-app';
import { venusSession } from '../venus/venus-helpers';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(__dirname, '../artifacts');
const CONTRACTS = ['v2', 'venus', 'users', 'infinite', 'oauth-v1', 'vcode'];
/** The security scheme of each contract whose token travels in a header (vcode's is a body field). */
const SCHEMES = ['v2-bearer', 'venus-token', 'users-token', 'infinite-authorization', 'oauth-bearer'];
/** A host name that is not localhost (browsers treat localhost as secure), resolved by Chromium itself to the test server. */
const OTHER_HOST = 'accounts.test';

/**
 * A developer's visit to /docs in a real headless Chromium: every contract is
 * listed; "Try it out" registers and signs in through v2; "Authorize" takes the
 * token; GET /v2/me answers 200.
 */
describe('/docs in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--host-resolver-rules=MAP ${OTHER_HOST} 127.0.0.1`,
      ],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  });
  afterAll(async () => {
    await browser?.close();
    await t.close();
  });

  /** Opens an operation, presses "Try it out", optionally fills the JSON body, executes, answers the status. */
  async function tryOut(operationId: string, body?: object): Promise<{ status: string; text: string }> {
    const block = page.locator(`[id$="-${operationId}"]`).first();
    await block.scrollIntoViewIfNeeded();
    if (!(await block.locator('.opblock-body').isVisible())) await block.locator('.opblock-summary').first().click();
    await block.locator('button.try-out__btn').click();
    if (body) await block.locator('textarea.body-param__text').fill(JSON.stringify(body));
    await block.locator('button.execute').click();
    const status = block.locator('.live-responses-table .response .response-col_status').first();
    await status.waitFor({ timeout: 15000 });
    const text = (await block.locator('.live-responses-table .response-col_description pre').first().textContent()) ?? '';
    return { status: ((await status.textContent()) ?? '').trim(), text };
  }

  it('lists every contract, lets a developer register, sign in, authorize and read /v2/me', async () => {
    await page.goto(`${base}/docs`, { waitUntil: 'networkidle' });
    await page.locator('.swagger-ui .information-container').waitFor();
    for (const contract of CONTRACTS) {
      await expect(page.locator(`h3.opblock-tag[data-tag="${contract}"]`).count()).resolves.toBe(1);
    }

    const username = uniqueName('browser');
    const password = 'Browser-Passphrase-2026';
    const registered = await tryOut('V2AuthController_registerAccount', { username, password });
    expect(registered.status).toBe('201');

    const login = await tryOut('V2AuthController_login', { identifier: username, password });
    expect(login.status).toBe('200');
    const accessToken = (JSON.parse(login.text) as { access_token: string }).access_token;
    expect(accessToken.split('.')).toHaveLength(3);

    await page.locator('button.authorize').first().click();
    const scheme = page.locator('.modal-ux .auth-container').filter({ hasText: 'v2-bearer' });
    await scheme.locator('input').fill(accessToken);
    await scheme.locator('button.authorize').click();
    await page.locator('.modal-ux button.close-modal').click();

    const me = await tryOut('V2MeController_me');
    expect(me.status).toBe('200');
    expect(JSON.parse(me.text)).toMatchObject({ username });

    // The artifact shows the live 200 answer of GET /v2/me.
    await page.locator('[id$="-V2MeController_me"] .live-responses-table').first().scrollIntoViewIfNeeded();
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'docs.png'), fullPage: false });
  });

  it('renders every tag at a host name other than localhost, over plain HTTP', async () => {
    const other = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const failed: string[] = [];
    other.on('requestfailed', (request) => failed.push(request.url()));
    try {
      await other.goto(`${base.replace('127.0.0.1', OTHER_HOST)}/docs`, { waitUntil: 'networkidle' });
      await other.locator('.swagger-ui .information-container').waitFor({ timeout: 15000 });
      for (const tag of CONTRACT_TAGS) {
        await expect(other.locator(`h3.opblock-tag[data-tag="${tag.name}"]`).count()).resolves.toBe(1);
      }
      // Nothing was fetched over https from a server that has no TLS.
      expect(failed).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('offers every contract\'s token in Authorize, and sends a venus token there as header `token`', async () => {
    const venus = await venusSession(t);
    await page.locator('button.authorize').first().click();
    const dialog = page.locator('.modal-ux');
    await dialog.waitFor();
    for (const scheme of SCHEMES) {
      await expect(dialog.locator('.auth-container h4').filter({ hasText: scheme }).count()).resolves.toBe(1);
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'docs-authorize.png'), fullPage: false });

    const venusBox = dialog.locator('.auth-container').filter({ has: page.locator('h4', { hasText: 'venus-token' }) });
    await venusBox.locator('input').fill(venus.token);
    await venusBox.locator('button.authorize').click();
    await dialog.locator('button.close-modal').click();

    const info = await tryOut('VenusUserController_info');
    expect(info.status).toBe('200');
    expect(JSON.parse(info.text)).toMatchObject({ user_id: venus.user_id });
    const curl = await page.locator('[id$="-VenusUserController_info"] .curl-command').first().textContent();
    expect(curl).toContain(`token: ${venus.token}`);
  });
});
