// Browser journeys for the review catalogues (法制审核目录) and the criminal referral thresholds (移送标准).
// Screenshots go to /tmp/shots (XZZF_SHOTS to change) for a person to look at; they are not committed.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { linkSeededThresholdCitations } from '../server/src/modules/referral-thresholds/referral-threshold.seed';
import { linkSeededCatalogueCitations } from '../server/src/modules/review-catalogues/review-catalogue.seed';
import { launchBrowser, startPlatform, type RunningPlatform } from './support/server';

const SHOTS = process.env.XZZF_SHOTS ?? '/tmp/shots';
let platform: RunningPlatform;
let browser: Browser;
/** The threshold the legal office adds (unique per run) and the liaison then reads. */
const journeyViolation = `旅程测试违法经营行为${Date.now() % 100000}`;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  platform = await startPlatform();
  // The demo tenant is seeded before the statutes are imported: link the seeded written bases to the articles.
  await linkSeededCatalogueCitations(platform.ctx);
  await linkSeededThresholdCitations(platform.ctx);
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

async function shot(page: Page, name: string): Promise<void> {
  // The header is sticky: from the top, a full-page screenshot does not paint it over the content.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, `review-catalogues-${name}.png`), fullPage: true });
}

describe('review catalogues', () => {
  it('the market bureau’s legal office lowers a fine threshold, publishes it, and a decision is then major', async () => {
    // A threshold of its own per run, so that the journey also passes on a database it ran on before.
    const yuan = 40_000 + Math.floor(Math.random() * 9_000);
    const amount = `${yuan.toLocaleString('en-US')}.00`;
    const title = `拟对法人或者其他组织处以${yuan}元以上罚款的`;
    const page = await signIn('scjg_legal');
    await page.getByTestId('menu-review-catalogues').click();
    await page.getByTestId('catalogue-detail').waitFor();
    await expect.poll(() => page.getByTestId('catalogue-agency-name').textContent()).toBe('香格里拉市市场监督管理局');
    // The seeded catalogue (version 2 in force since 2025-03-01 on a fresh database), marked demo.
    await expect.poll(() => page.getByTestId('catalogue-in-force-info').textContent()).toContain('适用第');
    await page.getByTestId('catalogue-demo-notice').waitFor();
    const orgRule = 'tr[data-title^="拟对法人或者其他组织处以"]';
    await page.getByTestId('catalogue-in-force-rules').locator(orgRule).waitFor();
    await shot(page, 'in-force');

    // Edit the organisation threshold (this starts a new draft from the version in force).
    await page.getByTestId('catalogue-tab-draft').click();
    await page.getByTestId('catalogue-draft-rules').locator(orgRule).getByTestId('catalogue-rule-edit').click();
    await page.locator('#reviewRule_title').waitFor();
    await page.locator('#reviewRule_title').fill(title);
    // A wrong written basis is refused with a readable message on the field.
    await page.locator('#reviewRule_basisText').fill('《云南省不存在的规定》第三条');
    const modal = page.locator('.ant-modal').filter({ has: page.locator('#reviewRule_title') });
    // The rule cites 行政处罚法 第六十三条; take the citation away so that the written basis is resolved.
    const closers = modal.locator('[data-testid="citation-tag"] .ant-tag-close-icon');
    await expect.poll(() => closers.count()).toBeGreaterThan(0);
    while ((await closers.count()) > 0) await closers.first().click();
    await page.getByTestId('catalogue-rule-save').click();
    await expect
      .poll(() => page.locator('#reviewRule_basisText_help').textContent())
      .toContain('法律法规库中没有《云南省不存在的规定》');
    await shot(page, 'rule-error');
    await page.locator('#reviewRule_basisText').fill('《中华人民共和国行政处罚法》第六十三条第一款第（一）项');
    await page.locator('#reviewRule_amountYuan').fill(String(yuan));
    await page.getByTestId('catalogue-rule-save').click();
    await expect.poll(() => page.locator('#reviewRule_title').count()).toBe(0);
    const edited = page.getByTestId('catalogue-draft-rules').locator(`tr[data-title="${title}"]`);
    await edited.waitFor();
    expect(await edited.textContent()).toContain(`${amount} 元`);
    expect(await edited.locator('[data-testid="citation-tag"]').getAttribute('data-citation')).toBe(
      '《中华人民共和国行政处罚法》第六十三条第一款第（一）项',
    );
    expect(await page.getByTestId('catalogue-draft-info').textContent()).toContain('版草稿');
    await shot(page, 'draft');

    // Publish from today.
    await page.getByTestId('catalogue-publish').click();
    await page.locator('#publishCatalogue_effectiveFrom').waitFor();
    await page.locator('#publishCatalogue_note').fill('降低单位较大数额罚款标准');
    await page.getByTestId('catalogue-publish-confirm').click();
    await expect.poll(() => page.getByTestId('catalogue-publish-modal').count()).toBe(0);
    // History: the new version is in force; the diff with the one before shows the changed rule.
    await page.getByTestId('catalogue-tab-history').click();
    const newest = page.getByTestId('catalogue-versions').locator('tbody tr.ant-table-row').first();
    await expect.poll(() => newest.getByTestId('catalogue-version-state').getAttribute('data-state')).toBe('in_force');
    const changed = page.getByTestId('catalogue-diff-changed');
    await expect.poll(() => changed.count()).toBe(1);
    expect(await changed.textContent()).toContain(title);
    await shot(page, 'history');

    // A fine of exactly the new threshold on a company is major, and the page says why; one fen less is not.
    await page.getByTestId('catalogue-tab-trial').click();
    await page.locator('#decisionTrial_partyType').getByText('法人或者其他组织').click();
    await page.locator('#decisionTrial_fineYuan').fill(String(yuan));
    await page.getByTestId('trial-evaluate').click();
    await expect.poll(() => page.getByTestId('trial-result').getAttribute('data-major')).toBe('true');
    expect(await page.getByTestId('trial-verdict').textContent()).toContain('属于重大执法决定');
    const ruleResult = page.getByTestId('trial-rule').filter({ hasText: title });
    expect(await ruleResult.getAttribute('data-matched')).toBe('true');
    expect(await ruleResult.textContent()).toContain(`罚款 ${amount} 元，达到较大数额标准 ${amount} 元`);
    await shot(page, 'trial');
    await page.locator('#decisionTrial_fineYuan').fill(String(yuan - 0.01));
    await page.getByTestId('trial-evaluate').click();
    await expect.poll(() => ruleResult.getAttribute('data-matched')).toBe('false');
    expect(await ruleResult.textContent()).toContain('未达到较大数额标准');
    await page.context().close();
  });

  it('an officer reads the catalogue and tries a decision but cannot edit', async () => {
    const page = await signIn('scjg_officer1');
    await page.getByTestId('menu-review-catalogues').click();
    await page.getByTestId('catalogue-detail').waitFor();
    await page.getByTestId('catalogue-in-force-rules').waitFor();
    expect(await page.getByTestId('catalogue-rule-add').count()).toBe(0);
    expect(await page.getByTestId('catalogue-publish').count()).toBe(0);
    // A 20,000-yuan fine on a person is major under every version of the demo catalogue (≥ 10,000).
    await page.getByTestId('catalogue-tab-trial').click();
    await page.locator('#decisionTrial_fineYuan').fill('20000');
    await page.getByTestId('trial-evaluate').click();
    await expect.poll(() => page.getByTestId('trial-result').getAttribute('data-major')).toBe('true');
    await page.context().close();
  });
});

describe('referral thresholds', () => {
  it('the legal office adds a threshold and confirms it', async () => {
    const page = await signIn('scjg_legal');
    await page.getByTestId('menu-referral-thresholds').click();
    await page.locator('[data-testid="thresholds-table"] tr[data-offence="合同诈骗罪"]').waitFor();
    // Only its own agency's thresholds are listed.
    const agencies = await page
      .locator('[data-testid="thresholds-table"] tbody tr[data-offence]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-agency')));
    expect(new Set(agencies)).toEqual(new Set(['香格里拉市市场监督管理局']));

    await page.getByTestId('threshold-create').click();
    await page.locator('#threshold_offence').waitFor();
    await page.locator('#threshold_sector').click();
    await page.locator('.ant-select-item-option', { hasText: '市场秩序' }).click();
    await page.locator('#threshold_offence').fill('非法经营罪');
    await page.locator('#threshold_violationType').fill(journeyViolation);
    await page.locator('#threshold_criminalBasis').fill('《中华人民共和国刑法》第二百二十五条');
    await page.locator('#threshold_conditions_0_amountYuan').fill('50000');
    await page.getByTestId('threshold-save').click();
    const row = page.locator('[data-testid="thresholds-table"] tr.ant-table-row', { hasText: journeyViolation });
    await row.waitFor();
    expect(await row.getByTestId('threshold-status').getAttribute('data-status')).toBe('pending');
    expect(await row.textContent()).toContain('涉案金额 ≥ 50,000.00 元');
    await row.getByTestId('threshold-confirm').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await expect.poll(() => row.getByTestId('threshold-status').getAttribute('data-status')).toBe('confirmed');
    await shot(page, 'thresholds-legal');
    await page.context().close();
  });

  it('the police liaison sees every agency’s thresholds read-only and finds 12 m³ of felled timber a suspected crime', async () => {
    const page = await signIn('liaison');
    expect(await page.getByTestId('menu-review-catalogues').count()).toBe(0);
    await page.getByTestId('menu-referral-thresholds').click();
    await page.getByTestId('thresholds-read-only').waitFor();
    await page.getByTestId('thresholds-demo-notice').waitFor();
    const table = page.getByTestId('thresholds-table');
    for (const offence of ['滥伐林木罪', '重大责任事故罪', '合同诈骗罪', '危害珍贵、濒危野生动物罪'])
      await table.locator(`tr[data-offence="${offence}"]`).first().waitFor();
    expect(await page.getByTestId('threshold-create').count()).toBe(0);
    expect(await page.getByTestId('threshold-edit').count()).toBe(0);
    const confirmed = table.locator('tr.ant-table-row', { hasText: journeyViolation });
    expect(await confirmed.getByTestId('threshold-status').getAttribute('data-status')).toBe('confirmed');
    await shot(page, 'thresholds-liaison');

    // The forestry bureau's thresholds, then the trial.
    await page.locator('#thresholdAgency').click();
    await page.keyboard.type('林业和草原局');
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: '香格里拉市林业和草原局' }).click();
    await expect.poll(() => table.locator('tbody tr[data-offence]').count()).toBeLessThan(10);
    await page.getByTestId('thresholds-tab-trial').click();
    await page.locator('#referralTrial_quantities_timber_volume').fill('12');
    await page.getByTestId('referral-trial-evaluate').click();
    await expect.poll(() => page.getByTestId('referral-trial-result').getAttribute('data-suspected')).toBe('true');
    const met = page.locator('[data-testid="referral-trial-threshold"][data-met="true"]');
    expect(await met.first().textContent()).toContain('滥伐林木罪');
    expect(await met.first().textContent()).toContain('12 立方米，达到 10 立方米');
    await shot(page, 'referral-trial');

    // In English, the reasons come from the server in English too.
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('referral-trial-evaluate').click();
    await expect.poll(() => met.first().textContent()).toContain('Timber (standing volume) 12 m³ reaches 10 m³');
    await shot(page, 'referral-trial-en');
    await page.context().close();
  });
});
