// Browser journeys in headless Chromium against the real platform.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { makeUscc } from '../server/src/testing/factories';
import { launchBrowser, startPlatform, type RunningPlatform } from './support/server';

let platform: RunningPlatform;
let browser: Browser;

beforeAll(async () => {
  platform = await startPlatform();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await platform?.close();
});

async function signIn(username: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${platform.url}/login`);
  await page.locator('#login_username').fill(username);
  await page.locator('#login_password').fill(platform.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user-name').waitFor();
  return page;
}

describe('journeys', () => {
  it('the supervisor signs in and sees the township agencies in the tree', async () => {
    const page = await signIn('supervisor');
    await expect.poll(() => page.getByTestId('current-user-agency').textContent()).toContain('司法局');
    await page.getByTestId('menu-agencies').click();
    await page.getByTestId('agency-tree').waitFor();
    for (const township of ['建塘镇', '虎跳峡镇', '三坝纳西族乡']) {
      await expect
        .poll(() => page.locator(`[data-testid="agency-node"][data-agency-name*="${township}人民政府"]`).count())
        .toBe(1);
    }
    await page.context().close();
  });

  it('the system administrator sees the USCC field error, fixes it and saves', async () => {
    const page = await signIn('sysadmin');
    await page.getByTestId('menu-agencies').click();
    await page.getByTestId('agency-tree').waitFor();
    await page.getByTestId('agency-create').click();
    await page.getByTestId('agency-drawer').waitFor();
    const uscc = makeUscc();
    const wrong = uscc.slice(0, 17) + (uscc[17] === '0' ? '1' : '0');
    const name = `香格里拉市测试执法局${uscc.slice(10, 16)}`;
    await page.locator('#agency_name').fill(name);
    await page.locator('#agency_kind').click();
    await page.locator('.ant-select-item-option', { hasText: '市级部门' }).first().click();
    await page.locator('#agency_legalStatus').click();
    await page.locator('.ant-select-item-option', { hasText: '行政机关' }).first().click();
    await page.locator('#agency_uscc').fill(wrong);
    await page.getByTestId('agency-save').click();
    const usccItem = page.locator('.ant-form-item').filter({ has: page.locator('#agency_uscc') });
    await expect
      .poll(() => usccItem.locator('.ant-form-item-explain-error').textContent())
      .toContain('统一社会信用代码');
    await page.locator('#agency_uscc').fill(uscc);
    await page.getByTestId('agency-save').click();
    await expect.poll(() => page.getByTestId('agency-drawer').isVisible()).toBe(false);
    await expect.poll(() => page.locator(`[data-testid="agency-node"][data-agency-name="${name}"]`).count()).toBe(1);
    await page.context().close();
    journeyAgencyName = name;
  });

  it('the audit administrator finds that save in the access log', async () => {
    expect(journeyAgencyName).toBeTruthy();
    const page = await signIn('auditor');
    await page.getByTestId('menu-access-log').click();
    await page.getByTestId('access-log-table').waitFor();
    await page.locator('#accessLogFilter_actor').fill('sysadmin');
    await page.locator('#accessLogFilter_action').fill('agency.create');
    await page.getByTestId('access-log-search').click();
    const rows = page.locator('[data-testid="access-log-table"] tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2);
    const texts = await rows.allTextContents();
    expect(texts.some((t) => t.includes('agency.create') && t.includes('sysadmin') && t.includes('201'))).toBe(true);
    expect(texts.some((t) => t.includes('agency.create') && t.includes('400'))).toBe(true);
    await page.context().close();
  });
});

let journeyAgencyName = '';

describe('law library', () => {
  it('an officer types 法制审核 and lands on 行政处罚法 第五十八条, highlighted', async () => {
    const page = await signIn('scjg_officer1');
    await page.getByTestId('menu-laws').click();
    await page.getByTestId('law-list').waitFor();
    await page.getByTestId('law-search').fill('法制审核');
    const hit = page.locator('[data-testid="law-hit"][data-label="第五十八条"]');
    await hit.first().waitFor();
    expect(await hit.first().locator('mark').first().textContent()).toBe('法制审核');
    await hit.first().click();
    const article = page.locator('[data-testid="law-article"][data-label="第五十八条"]');
    await article.waitFor();
    expect(await page.getByTestId('law-version-title').textContent()).toContain('行政处罚法');
    expect(await article.textContent()).toContain('法制审核');
    expect(await page.getByTestId('law-import').count()).toBe(0); // officers read; the justice bureau imports
    await page.context().close();
  });
});

describe('sign-in page and menus', () => {
  it('a wrong password gets a readable Chinese error; an officer sees only their own agency and no admin menus', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${platform.url}/agencies`);
    await page.locator('#login_username').waitFor();
    await page.locator('#login_username').fill('scjg_officer1');
    await page.locator('#login_password').fill('wrong-password-1A');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('login-error').textContent()).toContain('用户名或密码错误');
    await page.locator('#login_password').fill(platform.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('agency-tree').waitFor(); // back to the page that was asked for
    await expect.poll(() => page.locator('[data-testid="agency-node"]').count()).toBe(1);
    expect(await page.locator('[data-testid="agency-node"]').getAttribute('data-agency-name')).toBe(
      '香格里拉市市场监督管理局',
    );
    for (const hidden of [
      'menu-accounts',
      'menu-grants',
      'menu-access-log',
      'menu-security-policy',
      'menu-api-tokens',
    ]) {
      expect(await page.getByTestId(hidden).count(), hidden).toBe(0);
    }
    expect(await page.getByTestId('agency-create').count()).toBe(0); // no agency.write: no create button
    await context.close();
  });
});
