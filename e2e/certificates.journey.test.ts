// Browser journey for certificates (执法证): the justice bureau issues a certificate to an officer who passed the
// exam and completed the training hours, a member of the public (not signed in) verifies it — valid — then the
// justice bureau revokes it with a reason and the public page says 已注销. The officer's eligibility evidence is
// written through the training module's test helpers and the exams module's table (a graded, passed sitting).
// Screenshots go to /tmp/shots (XZZF_SHOTS to change) for a person to look at; they are not committed.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { and, eq } from 'drizzle-orm';
import { agencies } from '../server/src/modules/agencies/agency.schema';
import { makeEligible } from '../server/src/modules/certificates/certificate.test-helpers';
import { shanghaiDate } from '../server/src/platform/legal-date';
import { makeOfficer } from '../server/src/testing/factories';
import { launchBrowser, startPlatform, type RunningPlatform } from './support/server';

const SHOTS = process.env.XZZF_SHOTS ?? '/tmp/shots';
const TENANT = '533401';
let platform: RunningPlatform;
let browser: Browser;
let supervisor: Page;
let number = '';
let verifyPath = '';

const CN = '零一二三四五六七八九';
/** A name unique to this run, in Chinese characters as officers' names are. */
const NAME = `旅程持证人${[...String(Date.now() % 100000)].map((d) => CN[Number(d)]).join('')}`;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  platform = await startPlatform();
  const [market] = await platform.ctx.db
    .select({ id: agencies.id })
    .from(agencies)
    .where(and(eq(agencies.tenantId, TENANT), eq(agencies.name, '香格里拉市市场监督管理局')));
  const officer = await makeOfficer(platform.ctx, { tenantId: TENANT, id: market.id }, { name: NAME });
  await makeEligible(platform.ctx, officer, { on: shanghaiDate(new Date()) });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await platform?.close();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 960 },
  });
  return context.newPage();
}

async function signIn(username: string): Promise<Page> {
  const page = await newPage();
  await page.goto(`${platform.url}/login`);
  await page.locator('#login_username').fill(username);
  await page.locator('#login_password').fill(platform.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user-name').waitFor();
  return page;
}

const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: join(SHOTS, `certificates-${name}.png`), fullPage });

async function verifyPublicly(name: string): Promise<Page> {
  const page = await newPage();
  await page.goto(`${platform.url}/public/certificates/verify?tenant=${TENANT}`);
  await page.getByTestId('public-verify-number').fill(number);
  await page.getByTestId('public-verify-submit').click();
  await page.getByTestId('public-verify-result').waitFor();
  await shot(page, name);
  return page;
}

describe('certificates: issue → verify publicly (valid) → revoke → verify publicly (revoked)', () => {
  it('the justice bureau issues a certificate to an eligible officer', async () => {
    supervisor = await signIn('supervisor');
    await supervisor.getByTestId('menu-certificates').click();
    await supervisor.getByTestId('certificates-page').waitFor();
    await supervisor.getByTestId('certificates-table').locator('tr[data-number]').first().waitFor();
    await shot(supervisor, 'list', false);
    await supervisor.getByTestId('certificate-alerts-tab').click();
    await supervisor.getByTestId('certificate-alerts').waitFor();
    await shot(supervisor, 'alerts', false);

    await supervisor.getByTestId('certificate-issue').click();
    const officerSelect = supervisor.getByTestId('certificate-issue-officer');
    await officerSelect.click();
    await supervisor.keyboard.type(NAME);
    const option = supervisor.locator('.ant-select-item-option', { hasText: NAME });
    await option.waitFor();
    await option.click();
    const eligibility = supervisor.getByTestId('certificate-eligibility');
    await eligibility.waitFor();
    expect(await eligibility.getAttribute('data-eligible')).toBe('true');
    await expect.poll(() => eligibility.textContent()).toContain('培训学时 60/60 已达标');
    await supervisor.locator('.ant-drawer-title', { hasText: '发证' }).click(); // closes the officer list
    await supervisor.waitForTimeout(300);
    await shot(supervisor, 'issue', false);
    await supervisor.getByTestId('certificate-issue-submit').click();

    const detail = supervisor.getByTestId('certificate-detail');
    await detail.waitFor();
    number = (await detail.getAttribute('data-number')) ?? '';
    expect(number).toMatch(/^53340102\d{6}$/);
    expect(await detail.getAttribute('data-status')).toBe('valid');
    await expect.poll(() => detail.getByTestId('certificate-status').textContent()).toBe('有效');
    await shot(supervisor, 'issued', false);

    await supervisor.getByTestId('certificate-card-open').click();
    const card = supervisor.getByTestId('certificate-card');
    await card.getByTestId('certificate-qr').waitFor();
    expect(await card.getByTestId('certificate-card-number').textContent()).toBe(number);
    verifyPath = (await detail.getByRole('link', { name: '查验页面' }).getAttribute('href')) ?? '';
    expect(verifyPath).toMatch(/^\/public\/certificates\/verify\?t=/);
    await supervisor.locator('.ant-modal-title', { hasText: '执法证卡面' }).waitFor();
    await supervisor.waitForTimeout(500); // the modal's opening animation
    await shot(supervisor, 'card', false);
    await supervisor.keyboard.press('Escape');
  });

  it('anyone verifies it publicly — by number and by the QR link — and sees it valid, nothing more', async () => {
    const page = await verifyPublicly('public-valid');
    const result = page.getByTestId('public-verify-result');
    expect(await result.getAttribute('data-status')).toBe('valid');
    expect(await page.getByTestId('public-verify-status').textContent()).toBe('有效');
    expect(await page.getByTestId('public-verify-name').textContent()).toBe(NAME);
    const text = (await result.textContent()) ?? '';
    expect(text).not.toMatch(/身份证|电话|性别|出生/);

    // The QR code's link opens the same answer without typing.
    await page.goto(`${platform.url}${verifyPath}`);
    await expect.poll(() => page.getByTestId('public-verify-status').textContent()).toBe('有效');

    // A number that does not exist says only that.
    await page.goto(`${platform.url}/public/certificates/verify?tenant=${TENANT}&no=00000000000000`);
    await page.locator('[data-testid="public-verify-result"][data-found="false"]').waitFor();
    await shot(page, 'public-not-found', false);
  });

  it('the justice bureau revokes it with a reason, and the public page says 已注销', async () => {
    await supervisor.getByTestId('certificate-revoke').click();
    await supervisor.getByTestId('certificate-reason').fill('调离行政执法岗位，收回执法证');
    await supervisor.getByTestId('certificate-reason-ok').click();
    const detail = supervisor.getByTestId('certificate-detail');
    await expect.poll(() => detail.getAttribute('data-status')).toBe('revoked');
    await expect.poll(() => supervisor.getByTestId('certificate-event').count()).toBe(2);
    expect(await supervisor.getByTestId('certificate-history').textContent()).toContain('调离行政执法岗位，收回执法证');
    await supervisor.waitForTimeout(400); // the tag's colour transition
    await shot(supervisor, 'revoked', false);

    const page = await verifyPublicly('public-revoked');
    expect(await page.getByTestId('public-verify-result').getAttribute('data-status')).toBe('revoked');
    expect(await page.getByTestId('public-verify-status').textContent()).toBe('已注销');
  });
});
