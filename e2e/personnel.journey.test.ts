// Browser journey for the personnel register and its indicators: the market regulator's legal office finds one of
// its officers, sees the resident ID masked, reveals it (a logged read of personal data), and an officer of the
// same bureau sees only the masked value; the justice bureau reads the per-agency indicators as a table and a
// chart, after the certificate alerts on its workbench. Screenshots go to /tmp/shots (XZZF_SHOTS) for a person to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { and, desc, eq } from 'drizzle-orm';
import { isValidResidentId } from '../contracts/identifiers';
import { accessLog } from '../server/src/platform/audit/access-log.schema';
import { launchBrowser, startPlatform, type RunningPlatform } from './support/server';

const SHOTS = process.env.XZZF_SHOTS ?? '/tmp/shots';
let platform: RunningPlatform;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  platform = await startPlatform();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await platform?.close();
});

async function signIn(username: string): Promise<Page> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 960 },
  });
  const page = await context.newPage();
  await page.goto(`${platform.url}/login`);
  await page.locator('#login_username').fill(username);
  await page.locator('#login_password').fill(platform.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user-name').waitFor();
  return page;
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SHOTS, `personnel-${name}.png`), fullPage: true });

describe('personnel: the register, a logged reveal, the indicators', () => {
  let officerId = '';
  let officerName = '';

  it('the legal office finds an officer by name and reveals the resident ID; the read is logged', async () => {
    const page = await signIn('scjg_legal');
    await page.getByTestId('menu-officers').click();
    const table = page.getByTestId('officers-table');
    await table.locator('tr[data-id]').first().waitFor();
    const first = table.locator('tr[data-id]').first();
    officerId = (await first.getAttribute('data-id'))!;
    officerName = (await first.getAttribute('data-name'))!;
    // Lists show masked values only: six region digits, stars, the last four.
    await expect.poll(async () => (await table.textContent()) ?? '').toMatch(/\d{6}\*{8}[\dX]{4}/);
    await page.getByTestId('officer-search').locator('input').fill(officerName);
    await page.getByTestId('officer-search').locator('input').press('Enter');
    await expect.poll(() => table.locator(`tr[data-id="${officerId}"]`).count()).toBe(1);
    await shot(page, 'search');

    await table.locator(`tr[data-id="${officerId}"]`).getByTestId('officer-link').click();
    await page.getByTestId('officer-detail-page').waitFor();
    const value = page.getByTestId('officer-resident-id-value');
    await expect.poll(async () => (await value.textContent()) ?? '').toMatch(/\*{8}/);
    await page.getByTestId('officer-resident-id-reveal').click();
    await expect.poll(async () => ((await value.textContent()) ?? '').trim()).toMatch(/^\d{17}[\dX]$/);
    expect(isValidResidentId(((await value.textContent()) ?? '').trim(), new Date())).toBe(true);
    await shot(page, 'revealed');

    const [logged] = await platform.ctx.db
      .select({ actor: accessLog.actorUsername, recordIds: accessLog.recordIds, outcome: accessLog.outcome })
      .from(accessLog)
      .where(and(eq(accessLog.tenantId, '533401'), eq(accessLog.action, 'officer.reveal_resident_id')))
      .orderBy(desc(accessLog.at))
      .limit(1);
    expect(logged).toMatchObject({ actor: 'scjg_legal', outcome: 'success' });
    expect(logged.recordIds).toContain(officerId);
  });

  it('an officer of the same bureau sees the masked value and no reveal button', async () => {
    const page = await signIn('scjg_officer1');
    await page.goto(`${platform.url}/officers/${officerId}`);
    await page.getByTestId('officer-detail-page').waitFor();
    await expect
      .poll(async () => (await page.getByTestId('officer-resident-id-value').textContent()) ?? '')
      .toMatch(/\*{8}/);
    expect(await page.getByTestId('officer-resident-id-reveal').count()).toBe(0);
    expect(await page.getByTestId('officer-create').count()).toBe(0);
  });

  it('the justice bureau reads the indicators per agency, as a table and as a chart', async () => {
    const page = await signIn('supervisor');
    // The workbench first: the certificate expiry alerts in the bureau's scope (the demo has some of each).
    const alerts = page.getByTestId('workbench-certificate-alerts');
    await alerts.waitFor();
    await expect
      .poll(async () => Number((await page.getByTestId('workbench-alert-d90').textContent())?.match(/\d+$/)?.[0] ?? 0))
      .toBeGreaterThan(0);
    await shot(page, 'workbench');
    await page.getByTestId('menu-personnel-indicators').click();
    const table = page.getByTestId('indicators-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(10);
    await expect.poll(async () => (await table.textContent()) ?? '').toContain('香格里拉市市场监督管理局');
    const total = page.getByTestId('indicators-total');
    await expect.poll(async () => (await total.textContent()) ?? '').toContain('持证率');
    await shot(page, 'indicators');
    await page.getByText('图表', { exact: true }).click();
    await page.getByTestId('indicators-chart').locator('svg').first().waitFor();
    await shot(page, 'indicators-chart');
  });
});
