// Browser journey for 执法资格考试: an officer (scjg_officer2, left free to sit the open demo exam) starts it,
// answers a few questions, loses the connection, answers more (the page shows them unsaved and keeps them in the
// browser), gets the connection back (the answers are sent), reloads (every answer is still there), submits and
// sees the score; the database holds every answer. Then the justice bureau reads the statistics. Screenshots go to
// /tmp/shots/exams-*.png (XZZF_SHOTS to change).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { and, eq, isNotNull } from 'drizzle-orm';
import { accounts } from '../server/src/modules/accounts/account.schema';
import { examSittingQuestions, examSittings } from '../server/src/modules/exams/exam.schema';
import { officers } from '../server/src/modules/personnel/officer.schema';
import { launchBrowser, startPlatform, type RunningPlatform } from './support/server';

const SHOTS = process.env.XZZF_SHOTS ?? '/tmp/shots';
let platform: RunningPlatform;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  platform = await startPlatform();
  browser = await launchBrowser();
  // A PostgreSQL server database keeps the demo tenant between runs: give scjg_officer2 the attempt back.
  const [officer] = await platform.ctx.db
    .select({ id: officers.id })
    .from(officers)
    .innerJoin(accounts, and(eq(accounts.tenantId, officers.tenantId), eq(accounts.id, officers.accountId)))
    .where(eq(accounts.username, 'scjg_officer2'));
  if (officer) await platform.ctx.db.delete(examSittings).where(eq(examSittings.officerId, officer.id));
});
afterAll(async () => {
  await browser?.close();
  await platform?.close();
});

async function signIn(username: string): Promise<{ page: Page; context: BrowserContext }> {
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
  return { page, context };
}

const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: join(SHOTS, `exams-${name}.png`), fullPage });

const syncState = (page: Page) => page.getByTestId('sitting-sync-status').getAttribute('data-state');
const answerOf = (page: Page, no: number) => page.getByTestId(`question-${no}`).getAttribute('data-answer');

/** Picks an option: A for questions 1–3 and B for the rest, so a reload can be checked question by question. */
const pick = (no: number) => (no <= 3 ? 'A' : 'B');
async function answer(page: Page, no: number) {
  await page
    .getByTestId(`question-${no}`)
    .getByTestId(`option-${no}-${pick(no)}`)
    .click();
  await expect.poll(() => answerOf(page, no)).toBe(pick(no));
}

describe('exams: sitting through a dropped connection', () => {
  let sittingId = '';

  it('an officer answers, goes offline, answers more, comes back, reloads, submits and sees the score', async () => {
    const { page, context } = await signIn('scjg_officer2');
    await page.getByTestId('menu-exams').click();
    const open = page.locator('[data-testid^="my-exam-"][data-state="open"]');
    await open.first().waitFor();
    await shot(page, 'my-exams');
    await open.first().getByTestId('exam-start').click();
    await page.getByTestId('exam-sitting-page').waitFor();
    await expect.poll(() => page.getByTestId('sitting-countdown').textContent()).toMatch(/00:5\d:\d\d/);
    sittingId = page.url().split('/').pop()!;

    for (const no of [1, 2, 3]) await answer(page, no);
    await expect.poll(() => syncState(page)).toBe('saved');
    await shot(page, 'sitting');

    // The connection drops: answers are kept in the browser and shown as unsaved.
    await context.setOffline(true);
    for (const no of [4, 5, 6]) await answer(page, no);
    await expect.poll(() => syncState(page)).toBe('unsaved');
    await expect.poll(() => page.getByTestId('answer-status-5').getAttribute('data-state')).toBe('unsaved');
    await expect(page.getByTestId('sitting-sync-status').textContent()).resolves.toContain(
      '未保存，网络恢复后自动提交',
    );
    await shot(page, 'offline');
    const [{ stored }] = await platform.ctx.db
      .select({ stored: examSittingQuestions.answerSeq })
      .from(examSittingQuestions)
      .where(and(eq(examSittingQuestions.sittingId, sittingId), eq(examSittingQuestions.questionNo, 5)));
    expect(stored).toBe(0);

    // The connection returns: the unsaved answers are sent by themselves.
    await context.setOffline(false);
    await expect.poll(() => syncState(page), { timeout: 15_000 }).toBe('saved');
    await shot(page, 'back-online');

    // A reload shows the same paper with every answer.
    await page.reload();
    await page.getByTestId('exam-sitting-page').waitFor();
    for (const no of [1, 2, 3, 4, 5, 6]) await expect.poll(() => answerOf(page, no)).toBe(pick(no));
    const answered = await platform.ctx.db
      .select({ no: examSittingQuestions.questionNo })
      .from(examSittingQuestions)
      .where(and(eq(examSittingQuestions.sittingId, sittingId), isNotNull(examSittingQuestions.answer)));
    expect(answered.map((a) => a.no).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);

    await page.getByTestId('sitting-submit').click();
    await page.getByTestId('sitting-submit-confirm').click();
    const score = page.getByTestId('sitting-score');
    await score.waitFor();
    await expect(score.textContent()).resolves.toMatch(/得分 \d+ \/ 100/);
    await page.getByTestId('review-1').waitFor();
    await shot(page, 'result');
    const [s] = await platform.ctx.db.select().from(examSittings).where(eq(examSittings.id, sittingId));
    expect(s.status).toBe('graded');
    expect(String(s.score)).toBe(await score.getAttribute('data-score'));
    await context.close();
  });

  it('the justice bureau reads the exam’s statistics', async () => {
    const { page, context } = await signIn('supervisor');
    await page.getByTestId('menu-exams').click();
    await page.getByTestId('exams-table').locator('tbody tr').first().waitFor();
    await shot(page, 'bureau');
    await page.locator('[data-testid^="exam-stats-"]').first().click();
    await page.getByTestId('exam-stats-drawer').getByText('逐题统计').waitFor();
    await shot(page, 'stats');
    await page.keyboard.press('Escape');
    await page.getByTestId('exam-stats-drawer').waitFor({ state: 'hidden' });
    await page.getByRole('tab', { name: '题库' }).click();
    await page.getByTestId('questions-table').locator('tbody tr').first().waitFor();
    await expect.poll(() => page.getByTestId('question-create').isEnabled()).toBe(true);
    await page.waitForTimeout(400); // the tab's fade-in
    await shot(page, 'bank');

    // A question citing an article the law does not have is refused, the error on the basis field.
    await page.getByTestId('question-create').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#stem').fill('违法行为在多长时间内未被发现的，一般不再给予行政处罚？');
    await dialog.locator('#optionTexts_0').fill('一年');
    await dialog.locator('#optionTexts_1').fill('二年');
    await dialog.getByRole('radio', { name: 'B', exact: true }).check();
    await dialog.locator('#explanation').fill('一般为二年。');
    await dialog.locator('#basis').fill('《中华人民共和国行政处罚法》第九百条');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect.poll(() => dialog.locator('#basis_help').textContent()).toContain('没有第900条');
    await shot(page, 'question-error');
    await context.close();
  });
});
