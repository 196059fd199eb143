// Browser journey for the public disclosure pages (no sign-in): what an agency publishes before enforcing — its
// discretion benchmarks with the penalty ranges in 元 and the 不予处罚 / 首违不罚 lists (行政处罚法 第三十三条、第三十四条),
// its legal-review catalogue in force, its powers list — read by anyone, on a desktop and on a phone, in Chinese and
// once in English. Screenshots go to /tmp/shots/public-*.png (XZZF_SHOTS to change); they are not committed.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startPlatform, type RunningPlatform } from './support/server';

const SHOTS = process.env.XZZF_SHOTS ?? '/tmp/shots';
const MARKET = '香格里拉市市场监督管理局';
const TOWN = '香格里拉市建塘镇人民政府';
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

async function newPage(phone = false): Promise<Page> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    ...(phone
      ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
      : { viewport: { width: 1440, height: 960 } }),
  });
  return context.newPage();
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `public-${name}.png`), fullPage: true });

const benchmark = (page: Page, code: string) => page.locator(`[data-testid="public-benchmark"][data-code="${code}"]`);
const level = (page: Page, code: string, key: string) =>
  benchmark(page, code).locator(`[data-testid="public-benchmark-level"][data-level="${key}"]`);

describe('public disclosure: benchmarks, review catalogues and powers, without signing in', () => {
  it('shows the market regulator’s benchmarks in force, with ranges in 元, and its exemption lists', async () => {
    const page = await newPage();
    await page.goto(`${platform.url}/public/benchmarks`);
    const section = page.locator(`[data-testid="public-benchmarks-section"][data-agency-name="${MARKET}"]`);
    await section.waitFor();
    expect(await page.getByTestId('public-benchmarks-title').textContent()).toBe('香格里拉市行政处罚裁量基准公示');
    expect(await page.getByTestId('public-nav-benchmarks').getAttribute('aria-current')).toBe('page');

    // The three demo benchmarks, each with its violation, the articles violated and setting the penalty.
    for (const code of ['SCJG-SP-124-05', 'SCJG-SP-126-06', 'SCJG-CP-50']) await benchmark(page, code).waitFor();
    const health = benchmark(page, 'SCJG-SP-126-06');
    expect(await health.getByTestId('public-benchmark-violation').textContent()).toBe(
      '安排未取得健康证明的人员从事接触直接入口食品的工作',
    );
    expect(await health.getByTestId('public-benchmark-violated').textContent()).toContain(
      '《中华人民共和国食品安全法》第四十五条第二款',
    );
    expect(await health.getByTestId('public-benchmark-penalty-basis').textContent()).toContain(
      '《中华人民共和国食品安全法》第一百二十六条第一款第（六）项',
    );
    // The levels: circumstances and the fine range in 元.
    expect(await health.getByTestId('public-benchmark-level').count()).toBe(4);
    expect(await level(page, 'SCJG-SP-126-06', 'ordinary').textContent()).toContain('拒不改正');
    expect(
      await level(page, 'SCJG-SP-126-06', 'ordinary')
        .locator('[data-testid="public-benchmark-penalty"][data-kind="fine"]')
        .textContent(),
    ).toBe('罚款 5,000.00元以上20,000.00元以下');
    expect(
      await level(page, 'SCJG-SP-124-05', 'slight')
        .locator('[data-testid="public-benchmark-penalty"][data-kind="fine"]')
        .textContent(),
    ).toContain('货值金额不足10,000.00元的，50,000.00元以上60,000.00元以下');

    // The text of an article, on request.
    await health.getByTestId('public-benchmark-penalty-basis').locator('summary').click();
    await expect
      .poll(() =>
        health.getByTestId('public-benchmark-penalty-basis').getByTestId('public-benchmark-article').innerText(),
      )
      .toContain('未取得健康证明');

    // The first-violation list and the no-penalty list.
    const firstViolation = section.getByTestId('public-exemptions-first-violation');
    const entry = firstViolation.locator('[data-testid="public-exemption"][data-code="SCJG-SWBF-01"]');
    expect(await entry.textContent()).toContain('安排未取得健康证明的人员从事接触直接入口食品的工作');
    expect(await entry.textContent()).toContain('《中华人民共和国行政处罚法》第三十三条第一款');
    expect(await section.getByTestId('public-exemptions-no-penalty').textContent()).toContain('SCJG-BYCF-01');
    await shot(page, 'benchmarks');

    // Search narrows to what matches; the list filter shows one list only.
    await page.getByTestId('public-benchmarks-search').fill('保质期');
    await expect.poll(() => page.getByTestId('public-benchmark').count()).toBe(1);
    expect(await benchmark(page, 'SCJG-SP-124-05').count()).toBe(1);
    expect(await page.getByTestId('public-exemption').count()).toBe(0);
    await page.getByTestId('public-benchmarks-search').fill('');
    await page.getByTestId('public-benchmarks-show').getByText('首违不罚').click();
    await expect.poll(() => page.getByTestId('public-benchmark').count()).toBe(0);
    expect(
      await page.locator('[data-testid="public-exemption"]').evaluateAll((els) => els.map((e) => e.dataset.kind)),
    ).toEqual(['first_violation']);
    await page.getByTestId('public-benchmarks-search').fill('没有这样的违法行为');
    await page.getByTestId('public-benchmarks-empty').waitFor();
    await page.context().close();
  });

  it('shows the market regulator’s review catalogue in force, and one agency at a time', async () => {
    const page = await newPage();
    await page.goto(`${platform.url}/public/benchmarks?tenant=533401`);
    await page.getByTestId('public-nav-review-catalogues').click();
    const market = page.locator(`[data-testid="public-catalogue"][data-agency-name="${MARKET}"]`);
    await market.waitFor();
    expect(new URL(page.url()).search).toBe('?tenant=533401');
    expect(await page.getByTestId('public-review-catalogues-title').textContent()).toBe(
      '香格里拉市重大执法决定法制审核目录公示',
    );
    expect(await market.getByTestId('public-catalogue-version').textContent()).toMatch(
      /第\d+版 · \d{4}-\d\d-\d\d 起施行/,
    );
    const fine = market.locator('[data-testid="public-catalogue-rule"][data-title="拟对公民处以一万元以上罚款的"]');
    expect(await fine.textContent()).toMatch(/对公民（自然人）罚款 ≥\s10,000.00\s元/);
    expect(await fine.textContent()).toContain('《中华人民共和国行政处罚法》第六十三条第一款第（一）项');
    expect(
      await market.locator('[data-testid="public-catalogue-rule"][data-kind="hearing_held"]').textContent(),
    ).toContain('经过听证程序');
    expect(await market.getByTestId('public-catalogue-demo').count()).toBe(1); // seeded sample content says so
    await shot(page, 'review-catalogues');

    await page.locator(`[data-testid="public-catalogues-agency"][data-agency-name="${TOWN}"]`).click();
    await expect.poll(() => page.getByTestId('public-catalogue').count()).toBe(1);
    expect(await page.getByTestId('public-catalogue').getAttribute('data-agency-name')).toBe(TOWN);
    expect(new URL(page.url()).searchParams.get('agency')).toBe(TOWN);
    await page.locator('[data-testid="public-catalogues-agency"][data-agency-name=""]').click();
    await page.getByTestId('public-catalogues-search').fill('听证');
    await expect
      .poll(() => market.getByTestId('public-catalogue-rule').evaluateAll((els) => els.map((e) => e.dataset.kind)))
      .toEqual(['hearing_held']);
    await page.context().close();
  });

  it('moves between the three public pages and reads them in English', async () => {
    const page = await newPage();
    await page.goto(`${platform.url}/login`);
    await page.getByTestId('login-public-link').click();
    await page.getByTestId('public-powers-page').waitFor();
    await page.locator(`[data-testid="public-agency"][data-agency-name="${MARKET}"]`).click();
    await page.locator('[data-testid="public-powers-table"] tr[data-code="SCJG-CF-001"]').waitFor();
    await shot(page, 'powers');

    await page.getByTestId('public-nav-benchmarks').click();
    await benchmark(page, 'SCJG-SP-126-06').waitFor();
    await page.getByTestId('lang-switch').click();
    await expect
      .poll(() => page.getByTestId('public-benchmarks-title').textContent())
      .toBe('香格里拉市 — Discretion benchmarks of administrative penalties');
    expect(
      await level(page, 'SCJG-SP-126-06', 'ordinary')
        .locator('[data-testid="public-benchmark-penalty"][data-kind="fine"]')
        .textContent(),
    ).toBe('Fine ¥5,000.00 to ¥20,000.00');
    expect(await page.getByTestId('public-nav').textContent()).toBe(
      'Powers listsDiscretion benchmarksLegal review cataloguesVerify a certificate',
    );
    await page.mouse.move(0, 400); // off the language button, which shows its hover colour otherwise
    await shot(page, 'benchmarks-en');

    await page.getByTestId('public-nav-review-catalogues').click();
    const market = page.locator(`[data-testid="public-catalogue"][data-agency-name="${MARKET}"]`);
    await market.waitFor();
    expect(
      await market
        .locator('[data-testid="public-catalogue-rule"][data-title="拟对公民处以一万元以上罚款的"]')
        .textContent(),
    ).toMatch(/Fine on a natural person ≥\s¥10,000.00/);
    await page.getByTestId('public-nav-powers').click();
    await expect
      .poll(() => page.getByTestId('public-powers-title').textContent())
      .toBe('香格里拉市 — Powers lists of the enforcement agencies');
    await page.getByTestId('public-staff-login').click();
    await page.getByTestId('login-submit').waitFor();
    await page.context().close();
  });

  it('reads on a phone: the agency picker is a select and the levels stack', async () => {
    const page = await newPage(true);
    await page.goto(`${platform.url}/public/benchmarks?tenant=533401`);
    await benchmark(page, 'SCJG-SP-126-06').waitFor();
    expect(await page.getByTestId('public-benchmarks-agency').count()).toBe(0);
    await page.getByTestId('public-benchmarks-agency-select').waitFor();
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, 'benchmarks-phone');

    await page.getByTestId('public-nav-review-catalogues').click();
    await page.locator(`[data-testid="public-catalogue"][data-agency-name="${MARKET}"]`).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, 'review-catalogues-phone');

    await page.getByTestId('public-nav-powers').click();
    await page.getByTestId('public-powers-page').waitFor();
    await page.locator(`[data-testid="public-agency"][data-agency-name="${MARKET}"]`).click();
    await page.locator('[data-testid="public-powers-table"] tr[data-code="SCJG-CF-001"]').waitFor();
    await page.locator('[data-testid="public-powers-table"] .ant-spin-spinning').waitFor({ state: 'detached' });
    await page.waitForTimeout(400); // the table fades back in after loading
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, 'powers-phone');
    await page.context().close();
  });
});
