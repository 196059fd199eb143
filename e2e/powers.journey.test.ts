// Browser journey for the powers list (权责清单): an agency's legal office drafts a change and submits it for
// filing, the justice bureau reads the diff and accepts it, and the public page shows the item. Screenshots of the
// pages go to /tmp/shots (XZZF_SHOTS to change) for a person to look at; they are not committed.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { and, eq } from 'drizzle-orm';
import { agencies } from '../server/src/modules/agencies/agency.schema';
import { addChange, makePowerRequest, sampleContent } from '../server/src/modules/powers/power.test-helpers';
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

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `powers-${name}.png`), fullPage: true });

const CODE = `SCJG-CF-${String(Date.now()).slice(-5)}`;
const NAME = '对生产经营超范围、超限量使用食品添加剂的食品的行政处罚';
const TITLE = `新增食品添加剂违法行为处罚事项${CODE}`;

describe('powers list: draft → file → accept → public', () => {
  it('the market regulation bureau’s legal office drafts an addition and submits it for filing', async () => {
    const page = await signIn('scjg_legal');
    await page.getByTestId('menu-powers').click();
    const table = page.getByTestId('power-items-table');
    await table.locator('tr[data-code="SCJG-CF-001"]').waitFor();
    await shot(page, 'list');

    // The item drawer: history of versions and the linked articles.
    await table.locator('tr[data-code="SCJG-CF-001"]').getByTestId('power-item-open').click();
    await page.getByTestId('power-item-detail').waitFor();
    await expect.poll(() => page.getByTestId('power-history-version').count()).toBe(2);
    await page.getByTestId('basis-expand').click();
    await expect
      .poll(() => page.getByTestId('basis-article-text').first().textContent())
      .toContain('未取得食品生产经营许可');
    await shot(page, 'item-drawer');
    await page.getByTestId('power-history-compare').click();
    await page.getByTestId('power-history').locator('[data-testid="change-diff"]').waitFor();
    await page.getByTestId('power-history').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'powers-item-history.png') });
    await page.keyboard.press('Escape');

    await page.getByTestId('power-new-request').click();
    await page.getByTestId('power-request-page').waitFor();
    await page.getByTestId('power-request-title-input').fill(TITLE);
    await page.getByTestId('power-change-add').click();
    await page.locator('#powerChange_content_code').fill(CODE);
    await page.locator('#powerChange_content_name').fill(NAME);
    await page
      .locator('#powerChange_content_basisText')
      .fill('《中华人民共和国食品安全法》第一百二十四条第一款第（三）项');
    await page.locator('#powerChange_content_duty').click(); // leaving the basis resolves it
    await page.locator('[data-testid="citation-tag"]').first().waitFor();
    await page.locator('#powerChange_content_duty').fill('立案、调查取证、审查、告知、决定、送达、执行');
    await page
      .locator('#powerChange_content_accountability')
      .fill('对应当予以制止和处罚的违法行为不予制止、处罚的，依法追究责任');
    await page.locator('#powerChange_reasonText').fill('落实食品安全法第一百二十四条');
    await shot(page, 'change-editor');
    await page.getByTestId('change-save').click();
    const change = page.locator(`[data-testid="power-change"][data-code="${CODE}"]`);
    await change.waitFor();
    await expect.poll(() => change.locator('[data-field="basisRefs"]').count()).toBe(1);
    await shot(page, 'request-draft');

    await page.getByTestId('power-submit').click();
    await page.getByTestId('power-submit-confirm').click();
    await expect.poll(() => page.getByTestId('filing-state').getAttribute('data-state')).toBe('submitted');
    await page.context().close();
  });

  it('the justice bureau sees the diff in its inbox and accepts the filing', async () => {
    const page = await signIn('supervisor');
    await page.getByTestId('menu-powers').click();
    await page.getByTestId('powers-tab-requests').click();
    const link = page.locator(`[data-testid="power-request-link"][data-title="${TITLE}"]`);
    await link.waitFor();
    await shot(page, 'inbox');
    await link.click();
    const change = page.locator(`[data-testid="power-change"][data-code="${CODE}"]`);
    await change.waitFor();
    expect(await change.locator('[data-field="name"]').textContent()).toContain(NAME);
    expect(await page.getByTestId('power-change-add').count()).toBe(0); // the bureau decides; it does not edit
    await shot(page, 'review');
    await page.getByTestId('power-accept').click();
    await page.getByTestId('power-accept-confirm').waitFor();
    await page.waitForTimeout(500); // the dialog's opening animation
    await shot(page, 'accept-dialog');
    await page.getByTestId('power-accept-confirm').click();
    await expect.poll(() => page.getByTestId('filing-state').getAttribute('data-state')).toBe('accepted');
    await page.getByTestId('power-accepted-banner').waitFor();
    await page.context().close();
  });

  it('the public page shows the item in force, without signing in', async () => {
    const page = await newPage();
    await page.goto(`${platform.url}/public/powers?tenant=533401`);
    await page.locator('[data-testid="public-agency"][data-agency-name="香格里拉市市场监督管理局"]').click();
    const row = page.locator(`[data-testid="public-powers-table"] tr[data-code="${CODE}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(NAME);
    await row.locator('.ant-table-row-expand-icon').click();
    await expect
      .poll(() => page.getByTestId('public-power-detail').first().textContent())
      .toContain('《中华人民共和国食品安全法》第一百二十四条第一款第（三）项');
    await shot(page, 'public');
    await page.context().close();
  });
});

describe('powers list: delegation and import (screens)', () => {
  it('the bureau sees the township item it delegated and leaves guidance; 建塘镇 reads it', async () => {
    const page = await signIn('scjg_legal');
    await page.goto(`${platform.url}/powers?tab=delegated`);
    const row = page.locator('[data-testid="power-delegated-table"] tr[data-code="JTZ-CF-001"]');
    await row.waitFor();
    await row.getByTestId('power-item-open').click();
    await page.getByTestId('power-delegated-readonly').waitFor();
    await page.locator('#guidance_text').fill('请统一使用市场监管部门的小餐饮检查文书格式');
    await page.getByTestId('guidance-submit').click();
    await page.getByTestId('guidance-note').waitFor();
    await shot(page, 'delegated-guidance');
    await page.context().close();

    const town = await signIn('jiantang_leader');
    await town.getByTestId('menu-powers').click();
    await town
      .locator('[data-testid="power-items-table"] tr[data-code="JTZ-CF-001"]')
      .getByTestId('power-item-open')
      .click();
    await expect.poll(() => town.getByTestId('guidance-note').first().textContent()).toContain('小餐饮检查文书');
    await town.context().close();
  });

  it('a modification proposed from the item drawer shows old and new side by side', async () => {
    const page = await signIn('scjg_legal');
    await page.getByTestId('menu-powers').click();
    await page
      .locator('[data-testid="power-items-table"] tr[data-code="SCJG-CF-002"]')
      .getByTestId('power-item-open')
      .click();
    await page.getByTestId('power-propose-modify').click();
    await page.getByTestId('power-request-page').waitFor();
    const name = page.locator('#powerChange_content_name');
    await expect.poll(() => name.inputValue()).toContain('不符合食品安全标准');
    await name.fill('对生产经营不符合食品安全标准的食品及超范围使用食品添加剂等违法行为的行政处罚');
    await page
      .locator('#powerChange_content_basisText')
      .fill('《中华人民共和国食品安全法》第一百二十四条第一款、第一百二十五条第一款');
    await page.locator('#powerChange_reasonText').fill('合并食品添加剂相关处罚事项');
    await page.locator('#powerChange_content_duty').click();
    await page.getByTestId('change-save').click();
    const change = page.locator('[data-testid="power-change"][data-kind="modify"]');
    await change.waitFor();
    expect(await change.locator('[data-field="name"] del, [data-field="name"] ins').count()).toBeGreaterThan(0);
    await expect.poll(() => change.locator('[data-field="basisRefs"] [data-testid="citation-tag"]').count()).toBe(3);
    await shot(page, 'modify-diff');
    await page.context().close();
  });

  it('the justice bureau returns a filing with comments; the agency reads them (in English)', async () => {
    // A request of its own (the demo's pending one may have been decided by an earlier run on a shared database).
    const [scjg] = await platform.ctx.db
      .select()
      .from(agencies)
      .where(and(eq(agencies.tenantId, '533401'), eq(agencies.name, '香格里拉市市场监督管理局')));
    const title = `从业人员健康管理处罚事项${CODE}`;
    await makePowerRequest(platform.ctx, scjg, {
      state: 'submitted',
      title,
      changes: [
        addChange(
          sampleContent(`${CODE}-H`, { basisText: '《中华人民共和国食品安全法》第一百二十六条第一款第（六）项' }),
        ),
      ],
    });
    const page = await signIn('supervisor');
    await page.goto(`${platform.url}/powers?tab=requests`);
    await page.locator(`[data-testid="power-request-link"][data-title="${title}"]`).click();
    await page.getByTestId('power-return').click();
    await page
      .locator('#filingReturn_comments')
      .fill('实施依据请写明第一百二十六条第一款第（六）项对应的责任事项，追责情形请细化');
    await page.getByTestId('power-return-confirm').click();
    await expect.poll(() => page.getByTestId('filing-state').getAttribute('data-state')).toBe('returned');
    const url = page.url();
    await page.context().close();

    const agency = await signIn('scjg_legal');
    await agency.getByTestId('lang-switch').click();
    await agency.goto(url);
    await expect.poll(() => agency.getByTestId('power-review-comments').textContent()).toContain('追责情形请细化');
    expect(await agency.getByTestId('power-submit').textContent()).toContain('Submit');
    await shot(agency, 'returned-en');
    await agency.context().close();
  });

  it('an import with a wrong row is refused, naming the row and column', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('清单');
    ws.addRow(['序号', '职权编码', '职权名称', '子项', '职权类别', '实施依据', '责任事项', '追责情形', '行使层级']);
    ws.addRow([
      1,
      'IMP-001',
      '对未取得食品生产经营许可从事食品生产经营活动的行政处罚',
      '',
      '行政处罚',
      '《中华人民共和国食品安全法》第一百二十二条',
      '立案、调查、决定',
      '不依法履职的',
      '县级',
    ]);
    ws.addRow([
      2,
      'IMP-002',
      '对食品经营者的检查',
      '',
      '行政检验',
      '《中华人民共和国食品安全法》第一百一十条',
      '检查',
      '不依法履职的',
      '县级',
    ]);
    const file = join(SHOTS, 'powers-import-sample.xlsx');
    await wb.xlsx.writeFile(file);

    const page = await signIn('scjg_legal');
    await page.getByTestId('menu-powers').click();
    await page.getByTestId('power-import').click();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByTestId('power-import-run').click();
    const errors = page.getByTestId('power-import-errors');
    await errors.waitFor();
    const row = errors.locator('tbody tr').first();
    expect(await row.locator('td').allTextContents()).toEqual(['3', 'E 职权类别', '“行政检验”不是职权类别']);
    await shot(page, 'import-refused');
    await page.context().close();
  });
});
