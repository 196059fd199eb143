import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import type { PowerItemListView, PowerRequestDetail } from '../../../../contracts/power';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import { makeAccount, makeAgency, makeTenant, signIn, type MadeAgency } from '../../testing/factories';
import { unusedTenantCode } from '../../testing/matrix-fixtures';
import { accessLog } from '../../platform/audit/access-log.schema';
import { shanghaiDate } from '../../platform/legal-date';
import { lawCitations } from '../laws/law-citation.schema';
import { powerVersionInForce } from './power-item.service';
import { addChange, importSharedLaws, makePowerRequest, sampleContent } from './power.test-helpers';
import { powerChangeRequests, powerItems } from './power.schema';

let ctx: TestContext;
let app: FastifyInstance;
let tenant: string;
let dept: MadeAgency;
let other: MadeAgency;
let town: MadeAgency;
const cookie = {} as Record<'legal' | 'officer' | 'otherLegal' | 'supervisor' | 'townLeader', string>;

const day = (offset: number) => shanghaiDate(new Date(Date.now() + offset * 86_400_000));
const TODAY = () => day(0);

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  await importSharedLaws(ctx, '食品安全法(2021-04-29).md', '产品质量法(2018-12-29).md');
  tenant = await makeTenant(ctx);
  const bureau = await makeAgency(ctx, tenant, { name: `司法局${tenant}`, kind: 'justice_bureau' });
  dept = await makeAgency(ctx, tenant, { name: `市场监督管理局${tenant}` });
  other = await makeAgency(ctx, tenant, { name: `自然资源局${tenant}` });
  town = await makeAgency(ctx, tenant, { name: `测试市建塘镇人民政府${tenant}`, kind: 'township_government' });
  cookie.legal = await signIn(
    app,
    await makeAccount(ctx, dept, [{ role: 'legal_office', scopeKind: 'agency_subtree' }]),
  );
  cookie.officer = await signIn(app, await makeAccount(ctx, dept, [{ role: 'officer', scopeKind: 'own_agency' }]));
  cookie.otherLegal = await signIn(
    app,
    await makeAccount(ctx, other, [{ role: 'legal_office', scopeKind: 'agency_subtree' }]),
  );
  cookie.supervisor = await signIn(app, await makeAccount(ctx, bureau, [{ role: 'supervisor', scopeKind: 'tenant' }]));
  cookie.townLeader = await signIn(
    app,
    await makeAccount(ctx, town, [{ role: 'agency_leader', scopeKind: 'agency_subtree' }]),
  );
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

type Who = keyof typeof cookie;
const call = (who: Who, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, lang?: string) =>
  app.inject({
    method,
    url,
    headers: { cookie: cookie[who], ...(lang ? { 'accept-language': lang } : {}) },
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });
const items = async (who: Who, query = '') =>
  (await call(who, 'GET', `/api/powers/items?tenant=${tenant}${query}`)).json() as PowerItemListView;
const requestCount = async () =>
  (await ctx.db.select().from(powerChangeRequests).where(eq(powerChangeRequests.tenantId, tenant))).length;

describe('the filing path: draft, submit, return with comments, resubmit, accept', () => {
  let requestId: string;
  let linkedId: string;
  let unlinkedId: string;

  it('drafts a request with two additions; the basis resolves to articles or is flagged 依据未关联', async () => {
    const res = await call('legal', 'POST', '/api/powers/requests', {
      agencyId: dept.id,
      title: '机构改革后调整权责清单',
      changes: [
        addChange(sampleContent('CF-001')),
        addChange(
          sampleContent('CF-002', {
            name: '对发布虚假广告的行政处罚',
            basisText: '《中华人民共和国广告法》第五十五条第一款',
            subItems: [{ code: 'CF-002-01', name: '对广告主的处罚' }, { name: '对广告经营者的处罚' }],
          }),
        ),
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json() as PowerRequestDetail;
    requestId = body.id;
    expect(body).toMatchObject({ state: 'draft', agencyId: dept.id, counts: { add: 2, modify: 0, cancel: 0 } });
    expect(body.abilities).toEqual({ edit: true, submit: true, withdraw: true, return: false, accept: false });
    const [linked, unlinked] = body.changes;
    expect(linked.content!.basisLinked).toBe(true);
    expect(linked.content!.basisRefs).toHaveLength(1);
    expect(linked.content!.basisRefs[0].detail).toBe('第一款');
    expect(unlinked.content!.basisLinked).toBe(false);
    expect(unlinked.content!.basisProblems[0].zh).toContain('广告法');
    // An addition's diff lists what it fills in.
    expect(linked.diff.map((d) => d.field)).toEqual([
      'code',
      'name',
      'category',
      'basisText',
      'basisRefs',
      'duty',
      'accountability',
      'level',
    ]);
    expect(body.events.map((e) => e.action)).toEqual(['create']);
  });

  it('a draft is seen only by those who write the agency’s list', async () => {
    expect((await call('legal', 'GET', `/api/powers/requests/${requestId}`)).statusCode).toBe(200);
    expect((await call('supervisor', 'GET', `/api/powers/requests/${requestId}`)).statusCode).toBe(404);
    expect((await call('officer', 'GET', `/api/powers/requests/${requestId}`)).statusCode).toBe(404);
    expect((await call('otherLegal', 'GET', `/api/powers/requests/${requestId}`)).statusCode).toBe(404);
  });

  it('bad input names the fields, in Chinese and English, and writes nothing', async () => {
    const before = await requestCount();
    const bad = {
      agencyId: dept.id,
      title: '错误的申请',
      changes: [
        { kind: 'add', reason: 'institutional_reform', reasonText: '调整', content: { code: 'X 1', category: '处理' } },
      ],
    };
    const res = await call('legal', 'POST', '/api/powers/requests', bad);
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields;
    expect(Object.keys(fields)).toEqual(
      expect.arrayContaining([
        'changes.0.content.code',
        'changes.0.content.name',
        'changes.0.content.category',
        'changes.0.content.basisText',
        'changes.0.content.duty',
      ]),
    );
    expect(fields['changes.0.content.code']).toMatch(/编码/);
    expect(res.json().error.message).toMatch(/职权名称/);
    const en = await call('legal', 'POST', '/api/powers/requests', bad, 'en-US');
    expect(en.json().error.fields['changes.0.content.code']).toMatch(/code/);
    // A duplicate code within the request, and a township list naming a city department.
    const dup = await call('legal', 'POST', '/api/powers/requests', {
      agencyId: dept.id,
      title: '重复编码',
      changes: [
        addChange(sampleContent('DUP-1')),
        addChange(sampleContent('DUP-1', { delegatedToTownshipIds: [other.id] })),
      ],
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.fields).toMatchObject({
      'changes.1.content.code': expect.stringContaining('重复'),
      'changes.1.content.delegatedToTownshipIds.0': expect.stringContaining('不是乡镇人民政府'),
    });
    // Another agency's id in the body is not found; it is not the caller's.
    const foreign = await call('legal', 'POST', '/api/powers/requests', {
      agencyId: other.id,
      title: '越权',
      changes: [],
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields).toHaveProperty('agencyId');
    expect(await requestCount()).toBe(before);
  });

  it('an empty request cannot be submitted', async () => {
    const empty = await call('legal', 'POST', '/api/powers/requests', { agencyId: dept.id, title: '空申请' });
    expect(empty.statusCode).toBe(201);
    const res = await call('legal', 'POST', `/api/powers/requests/${empty.json().id}/submit`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.changes).toMatch(/没有任何变更/);
  });

  it('submits; the justice bureau sees it in its inbox and returns it with comments', async () => {
    const sub = await call('legal', 'POST', `/api/powers/requests/${requestId}/submit`);
    expect(sub.statusCode, sub.body).toBe(200);
    expect(sub.json()).toMatchObject({ state: 'submitted', revision: 1, abilities: { edit: false, accept: false } });
    const inbox = (await call('supervisor', 'GET', `/api/powers/requests?tenant=${tenant}&state=submitted`)).json();
    const mine = inbox.items.find((r: { id: string }) => r.id === requestId);
    expect(mine).toMatchObject({ agencyName: dept.name, abilities: { accept: true, return: true, edit: false } });
    // The agency cannot decide its own filing.
    expect(
      (await call('legal', 'POST', `/api/powers/requests/${requestId}/accept`, { effectiveDate: TODAY() })).statusCode,
    ).toBe(403);
    const ret = await call('supervisor', 'POST', `/api/powers/requests/${requestId}/return`, {
      comments: '第二项的实施依据请写明条款，追责情形过于笼统',
    });
    expect(ret.statusCode, ret.body).toBe(200);
    expect(ret.json()).toMatchObject({
      state: 'returned',
      reviewComments: '第二项的实施依据请写明条款，追责情形过于笼统',
      decidedByName: expect.any(String),
    });
    expect(ret.json().decidedAt).toBeTruthy();
    const log = await ctx.db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.tenantId, tenant), eq(accessLog.action, 'power.filing.return')));
    expect(log.some((l) => l.recordIds.includes(requestId) && l.outcome === 'success')).toBe(true);
  });

  it('the agency edits the returned request and resubmits; the justice bureau accepts it with an effective date', async () => {
    const current = (await call('legal', 'GET', `/api/powers/requests/${requestId}`)).json() as PowerRequestDetail;
    expect(current.abilities.edit).toBe(true);
    const put = await call('legal', 'PUT', `/api/powers/requests/${requestId}`, {
      title: current.title,
      changes: [
        addChange(sampleContent('CF-001')),
        addChange(
          sampleContent('CF-002', {
            name: '对生产、销售不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品的行政处罚',
            basisText: '《中华人民共和国产品质量法》第四十九条；《中华人民共和国广告法》第五十五条',
            accountability: '对应当予以制止和处罚的违法行为不予制止、处罚的，依法追究责任',
          }),
        ),
      ],
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().changes[1].content.basisRefs).toHaveLength(1); // 产品质量法 linked; 广告法 not yet
    expect(put.json().changes[1].content.basisLinked).toBe(false);
    const again = await call('legal', 'POST', `/api/powers/requests/${requestId}/submit`);
    expect(again.json()).toMatchObject({ state: 'submitted', revision: 2, reviewComments: null });

    const past = await call('supervisor', 'POST', `/api/powers/requests/${requestId}/accept`, {
      effectiveDate: day(-3),
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.fields.effectiveDate).toMatch(/追溯/);
    const ok = await call('supervisor', 'POST', `/api/powers/requests/${requestId}/accept`, {
      effectiveDate: TODAY(),
      comments: '准予备案',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const accepted = ok.json() as PowerRequestDetail;
    expect(accepted).toMatchObject({ state: 'accepted', effectiveDate: TODAY(), reviewComments: '准予备案' });
    expect(accepted.events.map((e) => `${e.action}:${e.toState}`)).toEqual([
      'create:draft',
      'submit:submitted',
      'return:returned',
      'edit:returned',
      'submit:submitted',
      'accept:accepted',
    ]);
    [linkedId, unlinkedId] = accepted.changes.map((c) => c.itemId!);
    expect(linkedId).toBeTruthy();
    // The decision cannot be taken twice.
    const twice = await call('supervisor', 'POST', `/api/powers/requests/${requestId}/accept`, {
      effectiveDate: TODAY(),
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('invalid_transition');
  });

  it('registers the items’ citations (power_item / basis) for law-change review', async () => {
    const rows = await ctx.db
      .select()
      .from(lawCitations)
      .where(and(eq(lawCitations.tenantId, tenant), eq(lawCitations.subjectKind, 'power_item')));
    const linked = rows.filter((r) => r.subjectId === linkedId);
    expect(linked).toHaveLength(1);
    expect(linked[0]).toMatchObject({
      role: 'basis',
      agencyId: dept.id,
      detail: '第一款',
      subjectLabel: expect.stringContaining('CF-001'),
    });
    expect(rows.filter((r) => r.subjectId === unlinkedId)).toHaveLength(1); // the 产品质量法 article
  });

  it('lists the items in force today, flags the unlinked basis, and nothing before today', async () => {
    const list = await items('legal');
    expect(list.on).toBe(TODAY());
    const codes = list.items.map((i) => i.content.code).sort();
    expect(codes).toEqual(['CF-001', 'CF-002']);
    expect(list.items.find((i) => i.content.code === 'CF-002')!.content.basisLinked).toBe(false);
    expect((await items('legal', '&basis=unlinked')).items.map((i) => i.content.code)).toEqual(['CF-002']);
    expect((await items('legal', `&on=${day(-1)}`)).items).toEqual([]);
    expect((await items('legal', '&category=licence')).items).toEqual([]);
    expect((await items('legal', `&q=${encodeURIComponent('国家标准')}`)).items.map((i) => i.content.code)).toEqual([
      'CF-002',
    ]);
    const first = list.items.find((i) => i.content.code === 'CF-001')!;
    expect(first).toMatchObject({ versionNo: 1, effectiveFrom: TODAY(), effectiveTo: null, access: 'own' });
    expect(first.abilities).toEqual({ proposeChange: true, guide: false });
    // An officer reads but may not propose changes; another agency does not see them at all.
    const officer = (await items('officer')).items.find((i) => i.id === linkedId)!;
    expect(officer.abilities.proposeChange).toBe(false);
    expect((await items('otherLegal')).items.some((i) => i.agencyId === dept.id)).toBe(false);
    expect((await call('otherLegal', 'GET', `/api/powers/items/${linkedId}`)).statusCode).toBe(404);
    // The supervisor sees every agency.
    expect((await items('supervisor')).items.map((i) => i.id)).toEqual(expect.arrayContaining([linkedId, unlinkedId]));
  });

  it('a modification takes effect on its date: the list in force before it shows the old version', async () => {
    const modify = await call('legal', 'POST', '/api/powers/requests', {
      agencyId: dept.id,
      title: '调整行使层级',
      changes: [
        {
          kind: 'modify',
          itemId: linkedId,
          reason: 'delegation',
          reasonText: '部分下放乡镇',
          content: sampleContent('CF-001', { level: 'county_township', delegatedToTownshipIds: [town.id] }),
        },
      ],
    });
    expect(modify.statusCode, modify.body).toBe(201);
    const change = modify.json().changes[0];
    expect(change.diff).toEqual([
      { field: 'level', before: 'county', after: 'county_township' },
      { field: 'delegatedToTownshipIds', before: null, after: [town.id] },
    ]);
    expect(modify.json().agencies).toEqual([{ id: town.id, name: town.name }]);
    // A modify that changes nothing is refused.
    const same = await call('legal', 'POST', '/api/powers/requests', {
      agencyId: dept.id,
      title: '无变化',
      changes: [
        { kind: 'modify', itemId: linkedId, reason: 'other', reasonText: '无', content: sampleContent('CF-001') },
      ],
    });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.fields['changes.0.content']).toMatch(/相同/);

    await call('legal', 'POST', `/api/powers/requests/${modify.json().id}/submit`);
    const tomorrow = day(1);
    const acc = await call('supervisor', 'POST', `/api/powers/requests/${modify.json().id}/accept`, {
      effectiveDate: tomorrow,
    });
    expect(acc.statusCode, acc.body).toBe(200);
    const today = (await items('legal')).items.find((i) => i.id === linkedId)!;
    expect(today).toMatchObject({ versionNo: 1, effectiveTo: tomorrow, content: { level: 'county' } });
    const later = (await items('legal', `&on=${tomorrow}`)).items.find((i) => i.id === linkedId)!;
    expect(later).toMatchObject({ versionNo: 2, effectiveFrom: tomorrow, content: { level: 'county_township' } });
    expect(later.delegatedTo).toEqual([{ id: town.id, name: town.name }]);

    const detail = (await call('legal', 'GET', `/api/powers/items/${linkedId}`)).json();
    expect(
      detail.versions.map((v: { versionNo: number; change: { kind: string; reason: string } }) => [
        v.versionNo,
        v.change.kind,
        v.change.reason,
      ]),
    ).toEqual([
      [1, 'add', 'institutional_reform'],
      [2, 'modify', 'delegation'],
    ]);
    expect(detail.basis[0]).toMatchObject({ label: '第一百二十二条', lawTitle: '中华人民共和国食品安全法' });
    expect(detail.basis[0].text).toContain('未取得食品生产经营许可');

    // The version a case records is the one in force on the case's date.
    expect((await powerVersionInForce(ctx.db, tenant, linkedId, TODAY()))?.versionNo).toBe(1);
    expect((await powerVersionInForce(ctx.db, tenant, linkedId, tomorrow))?.versionNo).toBe(2);
    expect(await powerVersionInForce(ctx.db, tenant, linkedId, day(-1))).toBeNull();
  });

  it('a change written against a version that has since been replaced is stale and cannot be accepted', async () => {
    const make = async (title: string, level: 'township' | 'prefecture') =>
      (
        await call('legal', 'POST', '/api/powers/requests', {
          agencyId: dept.id,
          title,
          changes: [
            {
              kind: 'modify',
              itemId: unlinkedId,
              reason: 'other',
              reasonText: '调整',
              content: sampleContent('CF-002', {
                name: '对生产、销售不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品的行政处罚',
                basisText: '《中华人民共和国产品质量法》第四十九条；《中华人民共和国广告法》第五十五条',
                accountability: '对应当予以制止和处罚的违法行为不予制止、处罚的，依法追究责任',
                level,
              }),
            },
          ],
        })
      ).json().id as string;
    const a = await make('甲', 'township');
    const b = await make('乙', 'prefecture');
    for (const id of [a, b])
      expect((await call('legal', 'POST', `/api/powers/requests/${id}/submit`)).statusCode).toBe(200);
    expect(
      (await call('supervisor', 'POST', `/api/powers/requests/${a}/accept`, { effectiveDate: day(2) })).statusCode,
    ).toBe(200);
    const view = (await call('supervisor', 'GET', `/api/powers/requests/${b}`)).json();
    expect(view.changes[0].stale).toBe(true);
    const res = await call('supervisor', 'POST', `/api/powers/requests/${b}/accept`, { effectiveDate: day(2) });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields['changes.0.itemId']).toMatch(/新的备案版本/);
    // A later change may not take effect before a version already accepted.
    const c = await make('丙', 'prefecture');
    expect(c).toBeTruthy();
    await call('legal', 'POST', `/api/powers/requests/${c}/submit`);
    const early = await call('supervisor', 'POST', `/api/powers/requests/${c}/accept`, { effectiveDate: day(1) });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields.effectiveDate).toMatch(day(2));
    // Withdrawn by the agency instead.
    const w = await call('legal', 'POST', `/api/powers/requests/${c}/withdraw`, { comments: '另行报送' });
    expect(w.json().state).toBe('withdrawn');
  });

  it('a cancellation ends the item on its date and clears its citations', async () => {
    const res = await call('legal', 'POST', '/api/powers/requests', {
      agencyId: dept.id,
      title: '取消事项',
      changes: [{ kind: 'cancel', itemId: linkedId, reason: 'law_change', reasonText: '法律修改后不再保留' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().changes[0].diff.every((d: { after: unknown }) => d.after === null)).toBe(true);
    await call('legal', 'POST', `/api/powers/requests/${res.json().id}/submit`);
    // The pending version from tomorrow must end too: the effective date is after it.
    const acc = await call('supervisor', 'POST', `/api/powers/requests/${res.json().id}/accept`, {
      effectiveDate: day(3),
    });
    expect(acc.statusCode, acc.body).toBe(200);
    expect((await items('legal', `&on=${day(3)}`)).items.some((i) => i.id === linkedId)).toBe(false);
    expect((await items('legal', `&on=${day(2)}`)).items.some((i) => i.id === linkedId)).toBe(true);
    const detail = (await call('legal', 'GET', `/api/powers/items/${linkedId}`)).json();
    expect(detail.cancellation).toMatchObject({ on: day(3), reason: 'law_change', reasonText: '法律修改后不再保留' });
    expect(detail.abilities.proposeChange).toBe(false);
    // Still cited until the cancellation takes effect (it is in force until then).
    const cited = await ctx.db.select().from(lawCitations).where(eq(lawCitations.subjectId, linkedId));
    expect(cited.length).toBeGreaterThan(0);
    // The code is free for a new item once the cancellation has taken effect, not before.
    const reuse = await call('legal', 'POST', '/api/powers/requests', {
      agencyId: dept.id,
      title: '复用编码',
      changes: [addChange(sampleContent('CF-001'))],
    });
    expect(reuse.statusCode).toBe(400);
    expect(reuse.json().error.fields['changes.0.content.code']).toMatch(/已被/);
    // A change to a cancelled item is refused.
    const late = await call('legal', 'POST', '/api/powers/requests', {
      agencyId: dept.id,
      title: '调整已取消事项',
      changes: [{ kind: 'cancel', itemId: linkedId, reason: 'other', reasonText: '再取消' }],
    });
    expect(late.json().error.fields['changes.0.itemId']).toMatch(/取消/);
  });

  it('a cancellation in effect today removes the item’s citations', async () => {
    const made = await makePowerRequest(ctx, dept, {
      state: 'accepted',
      changes: [addChange(sampleContent('CF-TMP'))],
    });
    const itemId = made.itemIds[0];
    const cited = () => ctx.db.select().from(lawCitations).where(eq(lawCitations.subjectId, itemId));
    expect(await cited()).toHaveLength(1);
    const res = await call('legal', 'POST', '/api/powers/requests', {
      agencyId: dept.id,
      title: '取消临时事项',
      changes: [{ kind: 'cancel', itemId, reason: 'institutional_reform', reasonText: '职责划转' }],
    });
    await call('legal', 'POST', `/api/powers/requests/${res.json().id}/submit`);
    const acc = await call('supervisor', 'POST', `/api/powers/requests/${res.json().id}/accept`, {
      effectiveDate: TODAY(),
    });
    expect(acc.statusCode, acc.body).toBe(200);
    expect(await cited()).toEqual([]);
    expect((await items('legal')).items.some((i) => i.id === itemId)).toBe(false);
  });
});

describe('delegation to townships (职权下沉)', () => {
  let townItemId: string;

  it('the department that delegated a power reads the township’s item, gives guidance, and the township sees it', async () => {
    const made = await makePowerRequest(ctx, town, {
      state: 'accepted',
      changes: [
        addChange(
          sampleContent(`JT-${Date.now()}`, { level: 'township', delegatedFromAgencyId: dept.id, remarks: '限小餐饮' }),
        ),
      ],
    });
    townItemId = made.itemIds[0];
    const delegated = await items('legal', '&view=delegated');
    const item = delegated.items.find((i) => i.id === townItemId)!;
    expect(item).toMatchObject({
      agencyId: town.id,
      access: 'delegated',
      delegatedFrom: { id: dept.id, name: dept.name },
      abilities: { proposeChange: false, guide: true },
    });
    expect((await items('legal', '&view=own')).items.some((i) => i.id === townItemId)).toBe(false);
    expect((await items('otherLegal', '&view=delegated')).items.some((i) => i.id === townItemId)).toBe(false);
    expect((await call('otherLegal', 'GET', `/api/powers/items/${townItemId}`)).statusCode).toBe(404);

    const note = await call('legal', 'POST', `/api/powers/items/${townItemId}/guidance`, {
      text: '请按照市场监管总局小餐饮监管指引统一文书格式',
    });
    expect(note.statusCode, note.body).toBe(201);
    expect(note.json()).toMatchObject({ authorAgencyId: dept.id, authorAgencyName: dept.name });

    const seen = (await call('townLeader', 'GET', `/api/powers/items/${townItemId}`)).json();
    expect(seen.access).toBe('own');
    expect(seen.abilities).toEqual({ proposeChange: true, guide: false });
    expect(seen.guidance.map((g: { text: string }) => g.text)).toEqual([
      '请按照市场监管总局小餐饮监管指引统一文书格式',
    ]);
  });

  it('only the delegating department gives guidance', async () => {
    const res = await call('townLeader', 'POST', `/api/powers/items/${townItemId}/guidance`, {
      text: '自己给自己的意见',
    });
    expect(res.statusCode).toBe(403);
    const stranger = await call('otherLegal', 'POST', `/api/powers/items/${townItemId}/guidance`, { text: '无关意见' });
    expect(stranger.statusCode).toBe(404);
    const empty = await call('legal', 'POST', `/api/powers/items/${townItemId}/guidance`, { text: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toHaveProperty('text');
  });

  it('another agency’s requests are not found; the supervisor sees every agency’s submitted requests', async () => {
    const made = await makePowerRequest(ctx, other, { state: 'submitted' });
    expect((await call('legal', 'GET', `/api/powers/requests/${made.requestId}`)).statusCode).toBe(404);
    expect((await call('legal', 'POST', `/api/powers/requests/${made.requestId}/withdraw`)).statusCode).toBe(404);
    const list = (await call('legal', 'GET', `/api/powers/requests?tenant=${tenant}`)).json();
    expect(list.items.some((r: { id: string }) => r.id === made.requestId)).toBe(false);
    const all = (await call('supervisor', 'GET', `/api/powers/requests?tenant=${tenant}&state=submitted`)).json();
    expect(all.items.some((r: { id: string }) => r.id === made.requestId)).toBe(true);
  });
});

describe('the public powers list (no sign-in)', () => {
  it('lists every agency with the count of items in force today, and an agency’s items without personal data', async () => {
    const future = await makePowerRequest(ctx, other, {
      state: 'accepted',
      effectiveDate: day(5),
      changes: [addChange(sampleContent('ZR-FUTURE'))],
    });
    const now = await makePowerRequest(ctx, other, {
      state: 'accepted',
      changes: [addChange(sampleContent('ZR-NOW', { subItems: [{ name: '子项甲' }] }))],
    });
    const index = await app.inject({ method: 'GET', url: `/api/public/tenants/${tenant}/powers` });
    expect(index.statusCode).toBe(200);
    const entry = index.json().agencies.find((a: { id: string }) => a.id === other.id);
    expect(entry).toMatchObject({ itemCount: 1, categoryCounts: { penalty: 1 } });
    const list = await app.inject({ method: 'GET', url: `/api/public/tenants/${tenant}/powers/${other.id}` });
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body.items.map((i: { id: string }) => i.id)).toEqual(now.itemIds);
    expect(body.items.some((i: { id: string }) => future.itemIds.includes(i.id))).toBe(false);
    expect(body.items[0]).toMatchObject({
      code: 'ZR-NOW',
      subItems: [{ name: '子项甲' }],
      basisCitations: ['《中华人民共和国食品安全法》第一百二十二条第一款'],
    });
    expect(list.body).not.toMatch(/测试legal_office|测试supervisor|createdBy|comments/);
    expect(
      (await app.inject({ method: 'GET', url: `/api/public/tenants/${tenant}/powers/${other.id}?q=NOW` })).json().items,
    ).toHaveLength(1);
    const unknown = await unusedTenantCode(ctx);
    expect((await app.inject({ method: 'GET', url: `/api/public/tenants/${unknown}/powers` })).statusCode).toBe(404);
    const stranger = await app.inject({
      method: 'GET',
      url: `/api/public/tenants/${tenant}/powers/${crypto.randomUUID()}`,
    });
    expect(stranger.statusCode).toBe(404);
  });
});

describe('items table', () => {
  it('keeps one code per agency among items not cancelled', async () => {
    const rows = await ctx.db.select().from(powerItems).where(eq(powerItems.agencyId, dept.id));
    const live = rows.filter((r) => !r.cancelledOn).map((r) => r.code);
    expect(new Set(live).size).toBe(live.length);
  });
});
