// Generating case documents against a real database: every kind from sample data, numbering under concurrency,
// versions on regeneration, a tenant's replacement template.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chineseUpperAmount,
  DOCUMENT_KINDS,
  DOCUMENT_NUMBER_ABBREVIATIONS,
  DOCUMENT_TITLES,
  yuanText,
  type DocumentKind,
} from '../../../../contracts/document';
import { loadFile } from '../../platform/files/file-store';
import { storedFiles } from '../../platform/files/file.schema';
import { makeAgency, makeTenant, type MadeAgency } from '../../testing/factories';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { deriveDocumentPrefix } from './document-number';
import { SAMPLE_CASE_INPUT, sampleInputFor } from './document.fixtures';
import { caseDocuments, documentTemplates } from './document.schema';
import {
  documentFileFor,
  generateCaseDocument,
  listCaseDocuments,
  loadCaseDocument,
  type GenerateCaseDocumentInput,
} from './document.service';
import { docxText, editedTemplate } from './document.test-helpers';

let ctx: TestContext;
let tenantId: string;
let agency: MadeAgency;

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = await makeTenant(ctx, '文书测试市');
  agency = await makeAgency(ctx, tenantId, { name: `香格里拉市市场监督管理局${randomUUID().slice(0, 4)}` });
});
afterAll(async () => ctx?.close());

const input = (kind: DocumentKind, caseId: string, over: Partial<GenerateCaseDocumentInput> = {}) => ({
  tenantId,
  agencyId: agency.id,
  caseId,
  kind,
  data: sampleInputFor(kind),
  actorId: null,
  ...over,
});

const generate = (i: GenerateCaseDocumentInput) => ctx.db.transaction((tx) => generateCaseDocument(tx, ctx, i));

describe('generating every kind', () => {
  it('fills each default template with the case data and leaves no tag behind', async () => {
    const caseId = randomUUID();
    for (const kind of DOCUMENT_KINDS) {
      const made = await generate(input(kind, caseId));
      expect(made.number, kind).toBe(`香市监${DOCUMENT_NUMBER_ABBREVIATIONS[kind]}〔2026〕1号`);
      expect(made.version).toBe(1);
      const file = await loadFile(ctx.db, ctx.config.dataDir, tenantId, made.fileId);
      const text = docxText(file.bytes);
      expect(text, kind).not.toMatch(/[{}]/);
      expect(text, kind).toContain(SAMPLE_CASE_INPUT.agency.name);
      expect(text, kind).toContain(DOCUMENT_TITLES[kind]);
      expect(text, kind).toContain(made.number);
      expect(text, kind).not.toContain('undefined');
      // Each kind shows the party or the case (or its cause) it is about.
      expect(
        text.includes('香格里拉市某某餐饮有限公司') ||
          text.includes(SAMPLE_CASE_INPUT.case.title) ||
          text.includes(SAMPLE_CASE_INPUT.case.cause),
        `${kind} names the party or the case`,
      ).toBe(true);
      // …and its own fields.
      for (const value of Object.values(sampleInputFor(kind).extra).filter((v) => v.length > 0 && !v.includes('\n')))
        if (kind !== 'licence_decision' || value !== '是') expect(text, `${kind}: ${value}`).toContain(value);
    }
    expect(await listCaseDocuments(ctx.db, tenantId, caseId)).toHaveLength(DOCUMENT_KINDS.length);
  });

  it('prints the statutory content of a penalty decision (处罚法 59, 67, 72)', async () => {
    const made = await generate(input('penalty_decision', randomUUID()));
    const text = docxText((await loadFile(ctx.db, ctx.config.dataDir, tenantId, made.fileId)).bytes);
    expect(text).toContain('当事人：香格里拉市某某餐饮有限公司');
    expect(text).toContain('统一社会信用代码：91533401MA6K8L2Q3X');
    expect(text).toContain('1. 当事人营业执照、食品经营许可证复印件');
    expect(text).toContain('5. 对当事人法定代表人张某某的询问笔录');
    expect(text).toContain('违反了《中华人民共和国食品安全法》第五十六条第二款的规定');
    expect(text).toContain('依据《中华人民共和国食品安全法》第一百二十六条第一款第（五）项的规定');
    expect(text).toContain('罚款人民币20,000.00元（贰万元整）');
    expect(text).toContain('自收到本决定书之日起十五日内');
    expect(text).toContain('每日按罚款数额的百分之三加处罚款');
    expect(text).toContain('六十日内向香格里拉市人民政府申请行政复议');
    expect(text).toContain('六个月内依法向香格里拉市人民法院提起行政诉讼');
    expect(text).toContain('（印章）');
    expect(text).toContain('2026年3月18日');
  });

  it('leaves out what a case does not have: the hearing right, the legal representative of a person', async () => {
    const data = sampleInputFor('penalty_prior_notice');
    const person = {
      ...data,
      parties: [{ typeLabel: '自然人', name: '扎西', idLabel: '公民身份号码', idNumber: '533421199001010014' }],
      extra: { statementDays: '三日', hearingDays: '' },
    };
    const notice = await generate(input('penalty_prior_notice', randomUUID(), { data: person }));
    const text = docxText((await loadFile(ctx.db, ctx.config.dataDir, tenantId, notice.fileId)).bytes);
    expect(text).toContain('扎西：');
    expect(text).toContain('陈述、申辩的权利');
    expect(text).not.toContain('要求举行听证');
    const decision = await generate(input('penalty_decision', randomUUID(), { data: { ...person, extra: {} } }));
    const decisionText = docxText((await loadFile(ctx.db, ctx.config.dataDir, tenantId, decision.fileId)).bytes);
    expect(decisionText).toContain('公民身份号码：533421199001010014');
    expect(decisionText).not.toContain('法定代表人（负责人）');
  });
});

describe('numbering', () => {
  it('gives 1..20 without gaps or duplicates to 20 concurrent generations, and reuses a rolled-back number', async () => {
    const own = await makeAgency(ctx, tenantId, { name: `香格里拉市自然资源局${randomUUID().slice(0, 4)}` });
    const runs = Array.from({ length: 20 }, () =>
      ctx.db.transaction((tx) =>
        generateCaseDocument(tx, ctx, { ...input('penalty_decision', randomUUID()), agencyId: own.id }),
      ),
    );
    // One more that takes a number and then fails: its number must go back to the series.
    const failing = ctx.db
      .transaction(async (tx) => {
        await generateCaseDocument(tx, ctx, { ...input('penalty_decision', randomUUID()), agencyId: own.id });
        throw new Error('rolled back on purpose');
      })
      .catch((e: Error) => e.message);
    const results = await Promise.all(runs);
    expect(await failing).toBe('rolled back on purpose');
    const values = results.map((r) => Number(/〔2026〕(\d+)号/.exec(r.number)![1])).sort((a, b) => a - b);
    expect(values).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const next = await generate({ ...input('penalty_decision', randomUUID()), agencyId: own.id });
    expect(next.number).toBe('香市监罚决〔2026〕21号');
  });

  it('keeps a series per agency, kind and year', async () => {
    const own = await makeAgency(ctx, tenantId, { name: `香格里拉市林业和草原局${randomUUID().slice(0, 4)}` });
    const a = await generate({ ...input('penalty_decision', randomUUID()), agencyId: own.id });
    const b = await generate({ ...input('payment_demand', randomUUID()), agencyId: own.id });
    const nextYear = {
      ...input('penalty_decision', randomUUID()),
      agencyId: own.id,
      data: { ...sampleInputFor('penalty_decision'), issuedOn: '2027-01-04' },
    };
    const c = await generate(nextYear);
    expect([a.number, b.number, c.number]).toEqual([
      '香市监罚决〔2026〕1号',
      '香市监催告〔2026〕1号',
      '香市监罚决〔2027〕1号',
    ]);
  });

  it('uses the agency’s configured prefix when given', async () => {
    const own = await makeAgency(ctx, tenantId);
    const data = {
      ...sampleInputFor('hearing_notice'),
      agency: { ...SAMPLE_CASE_INPUT.agency, documentPrefix: '香市场监' },
    };
    const made = await generate({ ...input('hearing_notice', randomUUID()), agencyId: own.id, data });
    expect(made.number).toBe('香市场监听通〔2026〕1号');
  });

  it('derives the prefix from the agency name', () => {
    expect(deriveDocumentPrefix('香格里拉市市场监督管理局')).toBe('香市监');
    expect(deriveDocumentPrefix('香格里拉市自然资源局')).toBe('香自然资');
    expect(deriveDocumentPrefix('香格里拉市住房和城乡建设局')).toBe('香住建');
    expect(deriveDocumentPrefix('迪庆藏族自治州生态环境局香格里拉分局')).toBe('迪环');
    expect(deriveDocumentPrefix('建塘镇人民政府')).toBe('建塘镇');
    expect(deriveDocumentPrefix('香格里拉市档案局')).toBe('香档');
  });
});

describe('versions', () => {
  it('regenerates as version 2 under the same number; version 1 stays readable and is marked superseded', async () => {
    const caseId = randomUUID();
    const v1 = await generate(input('penalty_decision', caseId));
    const changed = sampleInputFor('penalty_decision');
    changed.case = {
      ...changed.case,
      penalty: {
        kindsText: '罚款',
        fineYuan: yuanText(1_500_000n),
        fineUpper: chineseUpperAmount(1_500_000n),
        summaryText: `罚款人民币${yuanText(1_500_000n)}元（${chineseUpperAmount(1_500_000n)}）。`,
      },
    };
    const v2 = await generate(input('penalty_decision', caseId, { data: changed, actorId: randomUUID() }));
    expect(v2.number).toBe(v1.number);
    expect(v2.version).toBe(2);
    expect(v2.id).not.toBe(v1.id);
    const list = await listCaseDocuments(ctx.db, tenantId, caseId);
    expect(list.map((d) => [d.version, d.superseded])).toEqual([
      [1, true],
      [2, false],
    ]);
    const oldText = docxText(
      (await documentFileFor(ctx.db, ctx.config.dataDir, tenantId, caseId, v1.id)).data as Buffer,
    );
    const newText = docxText(
      (await documentFileFor(ctx.db, ctx.config.dataDir, tenantId, caseId, v2.id)).data as Buffer,
    );
    expect(oldText).toContain('贰万元整');
    expect(newText).toContain('壹万伍仟元整');
    expect(newText).toContain(v1.number);
    const loaded = await loadCaseDocument(ctx.db, tenantId, caseId, v2.id);
    expect(loaded.data.document.version).toBe('2');
    expect(loaded.data.case.penalty?.fineYuan).toBe('15,000.00');
    // Another case's document is not found through this case.
    await expect(loadCaseDocument(ctx.db, tenantId, randomUUID(), v2.id)).rejects.toMatchObject({ status: 404 });
  });

  it('numbers documents of one kind a case has several of by instance', async () => {
    const caseId = randomUUID();
    const own = await makeAgency(ctx, tenantId);
    const a = await generate({
      ...input('service_receipt', caseId),
      agencyId: own.id,
      instance: 'penalty_prior_notice',
    });
    const b = await generate({ ...input('service_receipt', caseId), agencyId: own.id, instance: 'penalty_decision' });
    expect([a.number, b.number, a.version, b.version]).toEqual([
      '香市监送达〔2026〕1号',
      '香市监送达〔2026〕2号',
      1,
      1,
    ]);
  });
});

describe('templates', () => {
  it('uses the tenant’s replacement template when there is one, and records which', async () => {
    const bytes = editedTemplate('inspection_result', (xml) =>
      xml.replace('检查结果告知如下', '检查结果（替换模板）告知如下'),
    );
    const { saveFile } = await import('../../platform/files/file-store');
    const own = await makeTenant(ctx, '模板替换县');
    const ag = await makeAgency(ctx, own, { name: '某县市场监督管理局' });
    await ctx.db.transaction(async (tx) => {
      const saved = await saveFile(tx, ctx.config.dataDir, {
        tenantId: own,
        contentBase64: bytes.toString('base64'),
        fileName: 'x.docx',
        purpose: 'document_template',
        kind: 'document',
        actorId: null,
        field: 'file',
      });
      await tx.insert(documentTemplates).values({
        tenantId: own,
        kind: 'inspection_result',
        fileId: saved.id,
        uploadedBy: null,
        uploadedByName: '测试',
        uploadedAt: new Date(),
        note: null,
      });
    });
    const made = await ctx.db.transaction((tx) =>
      generateCaseDocument(tx, ctx, { ...input('inspection_result', randomUUID()), tenantId: own, agencyId: ag.id }),
    );
    const text = docxText((await loadFile(ctx.db, ctx.config.dataDir, own, made.fileId)).bytes);
    expect(text).toContain('检查结果（替换模板）告知如下');
    expect(made.number).toBe('香市监检告〔2026〕1号');
    const [row] = await ctx.db
      .select()
      .from(caseDocuments)
      .where(and(eq(caseDocuments.tenantId, own), eq(caseDocuments.id, made.id)));
    expect(row.templateSource).not.toBe('default');
    const [file] = await ctx.db
      .select()
      .from(storedFiles)
      .where(and(eq(storedFiles.tenantId, own), eq(storedFiles.id, made.fileId)));
    expect(file.sm3).toBe(row.sm3);
    expect(file.purpose).toBe('case_document');
  });
});
