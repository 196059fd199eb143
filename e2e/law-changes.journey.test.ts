// Browser journey for 立改废: the justice bureau marks an article repealed, sees beforehand which agencies cite it,
// and follows their progress; an agency's legal office answers its review task.
import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { agencies } from '../server/src/modules/agencies/agency.schema';
import { replaceCitations } from '../server/src/modules/laws/law-citation.service';
import { importLawText } from '../server/src/modules/laws/law-import.service';
import { launchBrowser, startPlatform, type RunningPlatform } from './support/server';

let platform: RunningPlatform;
let browser: Browser;
let versionId: string;
const title = `迪庆州测试管理条例${randomBytes(3).toString('hex')}`;
const labels = {
  scjg: `SCJG-${randomBytes(2).toString('hex')} 测试职权`,
  jiantang: `JT-${randomBytes(2).toString('hex')} 测试职权`,
};

beforeAll(async () => {
  platform = await startPlatform();
  browser = await launchBrowser();
  const { ctx } = platform;
  const report = await importLawText(ctx, {
    fileName: `${title}(2021-03-01).md`,
    content:
      `# ${title}\n\n2021年3月1日 迪庆藏族自治州人民代表大会常务委员会通过\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n` +
      '第一条 为了测试，制定本条例。\n\n第二条 违反本条例规定的，由市场监督管理部门责令改正，处二千元以上二万元以下罚款。\n\n' +
      '第三条 本条例自公布之日起施行。\n',
  });
  versionId = report.versionId!;
  const agencyId = async (name: string) =>
    (
      await ctx.db
        .select()
        .from(agencies)
        .where(and(eq(agencies.tenantId, '533401'), eq(agencies.name, name)))
    )[0].id;
  const scjg = await agencyId('香格里拉市市场监督管理局');
  const jiantang = await agencyId('香格里拉市建塘镇人民政府');
  await ctx.db.transaction(async (tx) => {
    for (const [agency, label] of [
      [scjg, labels.scjg],
      [jiantang, labels.jiantang],
    ]) {
      await replaceCitations(
        tx,
        { tenantId: '533401', agencyId: agency, kind: 'power_item', id: randomUUID(), label },
        { basis: [{ versionId, articleSeq: 2 }] },
      );
    }
  });
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

describe('law change review', () => {
  it('the justice bureau sees who cites 第二条 before repealing it, and the tasks go out', async () => {
    const page = await signIn('supervisor');
    await page.goto(`${platform.url}/laws?v=${versionId}`);
    await page.getByTestId('law-change-open').click();
    await page.locator('#law_change_kind').getByText('废止').click();
    await page.locator('#law_change_scope').getByText('部分条文').click();
    await page.getByTestId('law-change-articles').click();
    await page.locator('.ant-select-item-option', { hasText: '第二条' }).click();
    await page.keyboard.press('Escape');
    const impacted = page.getByTestId('law-change-impact-agency');
    await expect.poll(() => impacted.count()).toBe(2);
    expect(await page.getByTestId('law-change-impact').textContent()).toContain(labels.scjg);
    await page.screenshot({ path: '/tmp/shots/law-change-modal.png' }).catch(() => undefined);
    await page.getByTestId('law-change-confirm').click();
    await expect.poll(() => page.getByTestId('law-change-open').isVisible()).toBe(true);
    await page.getByTestId('menu-law-changes').click();
    const row = page.getByTestId('law-change-row').filter({ hasText: title });
    await row.waitFor();
    expect(await row.getByTestId('law-change-progress').textContent()).toContain('0/2');
    await page.context().close();
  });

  it('the market regulator’s legal office answers its task; the bureau sees one agency done', async () => {
    const page = await signIn('scjg_legal');
    await page.getByTestId('menu-law-changes').click();
    const task = page.getByTestId('law-task').filter({ hasText: title });
    await task.waitFor();
    expect(await task.textContent()).toContain(labels.scjg);
    expect(await task.textContent()).not.toContain(labels.jiantang); // another agency's citation is not shown
    await task.getByTestId('law-task-answer').click();
    await page.locator('#law_task_answer_outcome').getByText('已修订').click();
    await page.getByTestId('law-task-note').fill('已提交权责清单变更，依据改为新条例');
    await page.screenshot({ path: '/tmp/shots/law-task-answer.png' }).catch(() => undefined);
    await page.getByTestId('law-task-answer-save').click();
    // Answered: the task leaves the open list and is found under 已完成 with the outcome.
    await expect.poll(() => task.count()).toBe(0);
    await page.getByTestId('law-tasks-status').getByText('已完成').click();
    const answered = page.locator('[data-testid="law-task"][data-status="done"]').filter({ hasText: title });
    await answered.waitFor();
    expect(await answered.getByTestId('law-task-outcome').textContent()).toContain('已提交权责清单变更');
    await page.context().close();

    const bureau = await signIn('supervisor');
    await bureau.goto(`${platform.url}/law-changes`);
    const row = bureau.getByTestId('law-change-row').filter({ hasText: title });
    await expect.poll(() => row.getByTestId('law-change-progress').textContent()).toContain('1/2');
    await row.click();
    const done = bureau.locator('[data-testid="law-change-task"][data-status="done"]');
    await done.waitFor();
    expect(await done.getAttribute('data-agency-name')).toBe('香格里拉市市场监督管理局');
    expect(await bureau.getByTestId('law-change-detail').textContent()).toContain('条文已废止或删除');
    await bureau.waitForTimeout(500); // the drawer's slide-in, for the screenshot
    await bureau.screenshot({ path: '/tmp/shots/law-change-detail.png' }).catch(() => undefined);
    await bureau.context().close();
  });
});
