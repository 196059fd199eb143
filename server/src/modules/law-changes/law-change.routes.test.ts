// Law changes end to end: what a change touches, the review tasks it opens per owning agency, answering them, a
// newly imported version, data scope, and refused input that writes nothing.
import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import { makeAccount, makeAgency, makeTenant, signIn, type MadeAgency } from '../../testing/factories';
import { replaceCitations } from '../laws/law-citation.service';
import { importLawText } from '../laws/law-import.service';
import { lawVersions } from '../laws/law.schema';
import { lawChanges } from './law-change.schema';

let ctx: TestContext;
let app: FastifyInstance;
let tenant: string;
let agencyA: MadeAgency;
let agencyB: MadeAgency;
const cookie = {} as Record<'supervisor' | 'officeA' | 'officeB' | 'officerA', string>;
let title: string;
let v1: string;
const subjectA = randomUUID();
const subjectB = randomUUID();

const lawText = (t: string, date: string, first: string) =>
  `# ${t}\n\n${date.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')} 某某省人民代表大会常务委员会通过\n\n<!-- INFO END -->\n\n` +
  `第一条 ${first}\n\n第二条 违反本条例规定的，处一千元以上一万元以下罚款。\n\n第三条 本条例自公布之日起施行。\n`;

const inject = (who: keyof typeof cookie, method: 'GET' | 'POST', url: string, payload?: object) =>
  app.inject({ method, url, headers: { cookie: cookie[who] }, payload });

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  tenant = await makeTenant(ctx);
  agencyA = await makeAgency(ctx, tenant);
  agencyB = await makeAgency(ctx, tenant);
  cookie.supervisor = await signIn(app, await makeAccount(ctx, agencyA, [{ role: 'supervisor', scopeKind: 'tenant' }]));
  cookie.officeA = await signIn(
    app,
    await makeAccount(ctx, agencyA, [{ role: 'legal_office', scopeKind: 'agency_subtree', scopeAgencyId: agencyA.id }]),
  );
  cookie.officeB = await signIn(
    app,
    await makeAccount(ctx, agencyB, [{ role: 'legal_office', scopeKind: 'agency_subtree', scopeAgencyId: agencyB.id }]),
  );
  cookie.officerA = await signIn(
    app,
    await makeAccount(ctx, agencyA, [{ role: 'officer', scopeKind: 'agency_subtree', scopeAgencyId: agencyA.id }]),
  );
  title = `某某省测试条例${randomBytes(3).toString('hex')}`;
  const report = await importLawText(ctx, {
    fileName: `${title}(2020-06-01).md`,
    content: lawText(title, '2020-06-01', '为了测试，制定本条例。'),
  });
  v1 = report.versionId!;
  // Agency A's power cites 第一条 and 第二条; agency B's benchmark cites 第二条 and 第三条.
  await ctx.db.transaction(async (tx) => {
    await replaceCitations(
      tx,
      { tenantId: tenant, agencyId: agencyA.id, kind: 'power_item', id: subjectA, label: 'A-001 测试处罚' },
      {
        basis: [
          { versionId: v1, articleSeq: 1 },
          { versionId: v1, articleSeq: 2 },
        ],
      },
    );
    await replaceCitations(
      tx,
      { tenantId: tenant, agencyId: agencyB.id, kind: 'benchmark', id: subjectB, label: 'B-基准-01' },
      { penalty: [{ versionId: v1, articleSeq: 2 }], violated: [{ versionId: v1, articleSeq: 3 }] },
    );
  });
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

describe('what a change touches', () => {
  it('lists every citing record to the justice bureau, and only its own to an agency', async () => {
    const all = await inject('supervisor', 'GET', `/api/laws/versions/${v1}/impact`);
    expect(all.statusCode).toBe(200);
    expect(all.json().total).toBe(4);
    expect(
      all
        .json()
        .agencies.map((a: { agencyId: string }) => a.agencyId)
        .sort(),
    ).toEqual([agencyA.id, agencyB.id].sort());
    const second = await inject('supervisor', 'GET', `/api/laws/versions/${v1}/impact?articles=2`);
    expect(second.json().total).toBe(2);
    const own = await inject('officeA', 'GET', `/api/laws/versions/${v1}/impact`);
    expect(own.json().agencies).toHaveLength(1);
    expect(own.json().agencies[0].records.map((r: { articleLabel: string }) => r.articleLabel)).toEqual([
      '第一条',
      '第二条',
    ]);
  });
});

describe('recording a change and answering the tasks', () => {
  let changeId: string;

  it('refuses an article not in the version, naming it, and writes nothing', async () => {
    const before = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(lawChanges);
    const res = await inject('supervisor', 'POST', `/api/laws/versions/${v1}/changes`, {
      kind: 'repealed',
      articleSeqs: [2, 99],
      effectiveDate: '2026-12-01',
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['articleSeqs.1']);
    const after = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(lawChanges);
    expect(after[0].n).toBe(before[0].n);
  });

  it('an agency cannot record a change (law.write is the justice bureau’s)', async () => {
    const res = await inject('officeA', 'POST', `/api/laws/versions/${v1}/changes`, {
      kind: 'repealed',
      articleSeqs: [2],
      effectiveDate: '2026-12-01',
    });
    expect(res.statusCode).toBe(403);
  });

  it('repealing 第二条 opens one task for each agency citing it, with one item per citing record', async () => {
    const res = await inject('supervisor', 'POST', `/api/laws/versions/${v1}/changes`, {
      kind: 'repealed',
      articleSeqs: [2],
      effectiveDate: '2026-12-01',
      note: '第二条被新条例取代',
    });
    expect(res.statusCode).toBe(201);
    const change = res.json();
    changeId = change.id;
    expect(change).toMatchObject({
      kind: 'repealed',
      lawTitle: title,
      articleLabels: ['第二条'],
      progress: { agencies: 2, done: 0, items: 2, resolved: 0 },
    });
    // An article-level change leaves the version in force.
    const [v] = await ctx.db.select().from(lawVersions).where(eq(lawVersions.id, v1));
    expect(v.status).toBe('in_force');
  });

  it('each agency sees its own task only; another agency’s task is not found', async () => {
    const a = await inject('officeA', 'GET', '/api/law-review-tasks?status=open');
    const tasksA = a.json().items.filter((t: { changeId: string }) => t.changeId === changeId);
    expect(tasksA).toHaveLength(1);
    expect(tasksA[0]).toMatchObject({ agencyId: agencyA.id, itemCount: 1, abilities: { resolve: true } });
    expect(tasksA[0].items[0]).toMatchObject({ subjectLabel: 'A-001 测试处罚', articleLabel: '第二条', outcome: null });
    const b = await inject('officeB', 'GET', '/api/law-review-tasks');
    const taskB = b.json().items.find((t: { changeId: string }) => t.changeId === changeId);
    const stolen = await inject('officeA', 'POST', `/api/law-review-tasks/${taskB.id}/items/1/resolve`, {
      outcome: 'revised',
      note: '越权处理',
    });
    expect(stolen.statusCode).toBe(404);
    // An officer reads but cannot answer.
    const officer = await inject('officerA', 'GET', '/api/law-review-tasks');
    expect(officer.json().items.find((t: { changeId: string }) => t.changeId === changeId).abilities.resolve).toBe(
      false,
    );
  });

  it('answering needs a reason; the last answer finishes the task and the bureau sees the progress', async () => {
    const a = await inject('officeA', 'GET', '/api/law-review-tasks?status=open');
    const task = a.json().items.find((t: { changeId: string }) => t.changeId === changeId);
    const bad = await inject('officeA', 'POST', `/api/law-review-tasks/${task.id}/items/1/resolve`, {
      outcome: 'revised',
      note: '',
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['note']);
    const ok = await inject('officeA', 'POST', `/api/law-review-tasks/${task.id}/items/1/resolve`, {
      outcome: 'revised',
      note: '已提交权责清单变更，删除第二条依据',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'done', resolvedCount: 1, abilities: { resolve: false } });
    const detail = await inject('supervisor', 'GET', `/api/law-changes/${changeId}`);
    expect(detail.json().progress).toEqual({ agencies: 2, done: 1, items: 2, resolved: 1 });
    const done = detail.json().tasks.find((t: { agencyId: string }) => t.agencyId === agencyA.id);
    expect(done.items[0]).toMatchObject({ outcome: 'revised', note: '已提交权责清单变更，删除第二条依据' });
  });
});

describe('a newer version imported', () => {
  it('records the change and tells each agency which cited articles changed text', async () => {
    const report = await importLawText(ctx, {
      fileName: `${title}(2026-06-01).md`,
      content: lawText(title, '2026-06-01', '为了规范测试活动，制定本条例。'),
    });
    expect(report.outcome).toBe('created');
    expect(report.lawChange).toMatchObject({ reviewTasks: 2 });
    const res = await inject('supervisor', 'GET', `/api/law-changes/${report.lawChange!.id}`);
    expect(res.json()).toMatchObject({
      kind: 'new_version',
      versionId: v1,
      newVersionId: report.versionId,
      changedArticleLabels: ['第一条'],
    });
    const byAgency = Object.fromEntries(
      res
        .json()
        .tasks.map((t: { agencyId: string; items: Array<{ articleLabel: string; textChanged: string }> }) => [
          t.agencyId,
          t.items.map((i) => `${i.articleLabel}:${i.textChanged}`).sort(),
        ]),
    );
    expect(byAgency[agencyA.id]).toEqual(['第一条:yes', '第二条:no']);
    expect(byAgency[agencyB.id]).toEqual(['第三条:no', '第二条:no']);
    const [old] = await ctx.db.select().from(lawVersions).where(eq(lawVersions.id, v1));
    expect(old.status).toBe('amended');
  });
});
