// Import and export of the powers list as .xlsx, with real files written and read by exceljs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import type { PowerImportReport } from '../../../../contracts/power';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import { makeAccount, makeAgency, makeTenant, signIn, type MadeAgency } from '../../testing/factories';
import { importSharedLaws } from './power.test-helpers';
import { powerChangeRequests, powerChanges } from './power.schema';

let ctx: TestContext;
let app: FastifyInstance;
let tenant: string;
let dept: MadeAgency;
let town: MadeAgency;
let legal: string;
let supervisor: string;
let officer: string;

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  await importSharedLaws(ctx, '食品安全法(2021-04-29).md', '产品质量法(2018-12-29).md');
  tenant = await makeTenant(ctx);
  const bureau = await makeAgency(ctx, tenant, { name: `司法局${tenant}`, kind: 'justice_bureau' });
  dept = await makeAgency(ctx, tenant, { name: '香格里拉市市场监督管理局' });
  town = await makeAgency(ctx, tenant, { name: '香格里拉市建塘镇人民政府', kind: 'township_government' });
  legal = await signIn(app, await makeAccount(ctx, dept, [{ role: 'legal_office', scopeKind: 'agency_subtree' }]));
  officer = await signIn(app, await makeAccount(ctx, dept, [{ role: 'officer', scopeKind: 'own_agency' }]));
  supervisor = await signIn(app, await makeAccount(ctx, bureau, [{ role: 'supervisor', scopeKind: 'tenant' }]));
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

const requestsOf = async () =>
  (await ctx.db.select().from(powerChangeRequests).where(eq(powerChangeRequests.agencyId, dept.id))).length;

/** A sheet as an agency keeps it: a title row, then the header (some columns under other names), then rows. */
async function agencySheet(rows: Array<Record<string, string>>, headers?: string[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  const cols = headers ?? [
    '序号',
    '事项编码',
    '事项名称',
    '子项',
    '职权类别',
    '设定依据',
    '责任事项',
    '追责情形',
    '行使层级',
    '下放乡镇',
    '委托/下放部门',
    '备注',
  ];
  ws.addRow(['香格里拉市市场监督管理局权责清单（2024年版）']);
  ws.addRow(cols);
  rows.forEach((r, i) => ws.addRow(cols.map((c) => (c === '序号' ? i + 1 : (r[c] ?? '')))));
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

const row = (code: string, over: Record<string, string> = {}) => ({
  事项编码: code,
  事项名称: `对未取得食品生产经营许可从事食品生产经营活动的行政处罚${code}`,
  职权类别: '行政处罚',
  设定依据: '《中华人民共和国食品安全法》第一百二十二条',
  责任事项: '1.立案责任 2.调查取证责任 3.审查责任 4.告知责任 5.决定责任 6.送达责任 7.执行责任',
  追责情形: '对应当予以制止和处罚的违法行为不予制止、处罚的',
  行使层级: '县级',
  ...over,
});

const importSheet = (contentBase64: string, opts: Record<string, unknown> = {}, lang?: string) =>
  app.inject({
    method: 'POST',
    url: '/api/powers/import',
    headers: { cookie: legal, ...(lang ? { 'accept-language': lang } : {}) },
    payload: { agencyId: dept.id, fileName: '权责清单.xlsx', contentBase64, ...opts },
  });

// Rows 3–5 are right; 6 has a wrong category, 7 lacks the duty, 8 names an unknown township, 9 repeats a code.
const MIXED = () =>
  agencySheet([
    row('SC-001'),
    row('SC-002', { 子项: 'SC-002-01 对生产者的处罚\n（2）对经营者的处罚', 下放乡镇: '建塘镇' }),
    row('SC-003', { 设定依据: '《中华人民共和国广告法》第五十五条', 职权类别: '处罚', 行使层级: '县（市）级' }),
    row('SC-004', { 职权类别: '行政处理' }),
    row('SC-005', { 责任事项: '' }),
    row('SC-006', { 下放乡镇: '不存在镇' }),
    row('SC-001'),
  ]);

describe('importing an agency’s .xlsx', () => {
  it('by default writes nothing when any row is wrong, naming each row and column (zh and en)', async () => {
    const before = await requestsOf();
    const res = await importSheet(await MIXED());
    expect(res.statusCode).toBe(400);
    const err = res.json().error;
    expect(err.message).toBe('表格中有 4 处错误，未导入任何内容');
    expect(Object.keys(err.fields).sort()).toEqual([
      'rows.6.category',
      'rows.7.duty',
      'rows.8.delegatedTo',
      'rows.9.code',
    ]);
    expect(err.fields['rows.6.category']).toBe('第6行 E列（职权类别）：“行政处理”不是职权类别');
    expect(err.fields['rows.7.duty']).toBe('第7行 G列（责任事项）：必填');
    expect(err.fields['rows.8.delegatedTo']).toBe('第8行 J列（下放乡镇）：找不到乡镇“不存在镇”');
    expect(err.fields['rows.9.code']).toBe('第9行 B列（职权编码）：编码 SC-001 与第3行重复');
    const en = await importSheet(await MIXED(), {}, 'en-US');
    expect(en.json().error.message).toBe('4 problems in the sheet: nothing was imported');
    expect(en.json().error.fields['rows.6.category']).toBe('Row 6, column E (职权类别): “行政处理” is not a category');
    expect(await requestsOf()).toBe(before);
  });

  it('in valid_rows mode writes the valid rows as a draft request and reports the rest', async () => {
    const res = await importSheet(await MIXED(), { mode: 'valid_rows', reason: 'institutional_reform' });
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json() as PowerImportReport;
    expect(report).toMatchObject({ rows: 7, validRows: 3, counts: { add: 3, modify: 0, cancel: 0, unchanged: 0 } });
    expect(report.request).toMatchObject({ state: 'draft', source: 'import', sourceFile: '权责清单.xlsx' });
    expect(report.rejected.map((r) => [r.row, r.column, r.header])).toEqual([
      [6, 'E', '职权类别'],
      [7, 'G', '责任事项'],
      [8, 'J', '下放乡镇'],
      [9, 'B', '职权编码'],
    ]);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatchObject({ row: 5, column: 'F', header: '实施依据' });
    expect(report.warnings[0].message).toMatch(/依据未关联.*广告法/);
    const changes = await ctx.db.select().from(powerChanges).where(eq(powerChanges.requestId, report.request!.id));
    const two = changes.find((c) => c.content?.code === 'SC-002')!;
    expect(two.content).toMatchObject({
      subItems: [
        { code: 'SC-002-01', name: '对生产者的处罚' },
        { code: null, name: '对经营者的处罚' },
      ],
      delegatedToTownshipIds: [town.id],
      level: 'county',
      category: 'penalty',
    });
    expect(two.content!.basisRefs).toHaveLength(1);

    // Filed and accepted, it is the list in force.
    const id = report.request!.id;
    expect(
      (await app.inject({ method: 'POST', url: `/api/powers/requests/${id}/submit`, headers: { cookie: legal } }))
        .statusCode,
    ).toBe(200);
    const acc = await app.inject({
      method: 'POST',
      url: `/api/powers/requests/${id}/accept`,
      headers: { cookie: supervisor },
      payload: { effectiveDate: new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }) },
    });
    expect(acc.statusCode, acc.body).toBe(200);
  });

  it('exports the list in force in the same layout, and importing the export changes nothing (round trip)', async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/powers/export.xlsx?agencyId=${dept.id}`,
      headers: { cookie: officer },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent(`${dept.name}权责清单-`)}`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('权责清单')!;
    expect(ws.getCell('A1').value).toBe(`${dept.name}权责清单`);
    expect(ws.getRow(3).values).toEqual([
      undefined,
      '序号',
      '职权编码',
      '职权名称',
      '子项',
      '职权类别',
      '实施依据',
      '责任事项',
      '追责情形',
      '行使层级',
      '下放乡镇',
      '委托/下放部门',
      '备注',
    ]);
    const codes = [4, 5, 6].map((r) => ws.getRow(r).getCell(2).value);
    expect(codes).toEqual(['SC-001', 'SC-002', 'SC-003']);
    expect(ws.getRow(5).getCell(4).value).toBe('SC-002-01 对生产者的处罚\n（2）对经营者的处罚');
    expect(ws.getRow(5).getCell(9).value).toBe('县（市）级');
    expect(ws.getRow(5).getCell(10).value).toBe('建塘镇');

    const again = await importSheet(res.rawPayload.toString('base64'));
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({
      request: null,
      rows: 3,
      counts: { add: 0, modify: 0, cancel: 0, unchanged: 3 },
    });
  });

  it('an edited cell becomes a modify, and cancelMissing cancels what the sheet leaves out', async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/powers/export.xlsx?agencyId=${dept.id}`,
      headers: { cookie: legal },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('权责清单')!;
    ws.getRow(4).getCell(9).value = '县乡两级';
    ws.spliceRows(6, 1); // drop SC-003
    const edited = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const report = (
      await importSheet(edited, { cancelMissing: true, reason: 'law_change', reasonText: '清单年度调整' })
    ).json();
    expect(report.counts).toEqual({ add: 0, modify: 1, cancel: 1, unchanged: 1 });
    const detail = (
      await app.inject({ method: 'GET', url: `/api/powers/requests/${report.request.id}`, headers: { cookie: legal } })
    ).json();
    const modify = detail.changes.find((c: { kind: string }) => c.kind === 'modify');
    expect(modify.diff).toEqual([{ field: 'level', before: 'county', after: 'county_township' }]);
    expect(modify.reasonText).toBe('清单年度调整');
  });

  it('refuses a file that is not a spreadsheet, or one without the header, writing nothing', async () => {
    const before = await requestsOf();
    const junk = await importSheet(Buffer.from('序号,职权名称\n1,测试').toString('base64'));
    expect(junk.statusCode).toBe(400);
    expect(junk.json().error.fields.contentBase64).toMatch(/\.xlsx/);
    const noHeader = await importSheet(await agencySheet([row('X-1')], ['序号', '名字', '说明']));
    expect(noHeader.json().error.fields.contentBase64).toMatch(/表头/);
    const missing = await importSheet(
      await agencySheet([row('X-1')], ['序号', '事项编码', '事项名称', '职权类别', '设定依据']),
    );
    expect(missing.json().error.fields.contentBase64).toBe('表头缺少列：责任事项、追责情形、行使层级');
    const notMine = await app.inject({
      method: 'POST',
      url: '/api/powers/import',
      headers: { cookie: officer },
      payload: { agencyId: dept.id, fileName: 'a.xlsx', contentBase64: await agencySheet([row('X-2')]) },
    });
    expect(notMine.statusCode).toBe(403); // officers read the list; they do not import
    expect(await requestsOf()).toBe(before);
  });

  it('serves an empty template in the same layout, with the drop-down lists and instructions', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/powers/template.xlsx', headers: { cookie: officer } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(
      "filename*=UTF-8''" + encodeURIComponent('权责清单导入模板.xlsx'),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(3).getCell(3).value).toBe('职权名称');
    expect(ws.getRow(4).getCell(5).dataValidation?.formulae?.[0]).toContain('行政处罚');
    expect(wb.getWorksheet('填写说明')!.getCell('A2').value).toBe('职权编码');
    // Importing the empty template is refused: it has no rows.
    const empty = await importSheet(res.rawPayload.toString('base64'));
    expect(empty.json().error.fields.contentBase64).toBe('表格中没有数据行');
  });
});
