// Template routes: list, download, replace (good, not a .docx, bad tags — refused with the tag named and nothing
// written), restore the default, the field list.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from '../../../../contracts/document';
import { storedFiles } from '../../platform/files/file.schema';
import { makeAccount, makeAgency, makeTenant, signIn } from '../../testing/factories';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import { documentTemplates } from './document.schema';
import { defaultTemplate, docxText, editedTemplate, templateUploadBody } from './document.test-helpers';

let ctx: TestContext;
let app: FastifyInstance;
let tenantId: string;
let supervisor: Record<string, string>;
let officer: Record<string, string>;
let otherSupervisor: Record<string, string>;

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  tenantId = await makeTenant(ctx, '模板路由县');
  const bureau = await makeAgency(ctx, tenantId, { name: '模板路由县司法局' });
  const sup = await makeAccount(ctx, bureau, [{ role: 'supervisor', scopeKind: 'tenant' }]);
  const off = await makeAccount(ctx, bureau, [{ role: 'officer', scopeKind: 'own_agency' }]);
  supervisor = { cookie: await signIn(app, sup) };
  officer = { cookie: await signIn(app, off) };
  const other = await makeTenant(ctx, '别的县');
  const otherBureau = await makeAgency(ctx, other, { name: '别的县司法局' });
  otherSupervisor = {
    cookie: await signIn(app, await makeAccount(ctx, otherBureau, [{ role: 'supervisor', scopeKind: 'tenant' }])),
  };
});
afterAll(async () => {
  await app?.close();
  await ctx?.close();
});

const put = (kind: string, payload: Record<string, unknown>, headers = supervisor) =>
  app.inject({ method: 'PUT', url: `/api/document-templates/${kind}`, headers, payload });

const blobCount = () => {
  const root = join(ctx.config.dataDir, 'blobs');
  if (!existsSync(root)) return 0;
  return readdirSync(root).reduce((n, d) => n + readdirSync(join(root, d)).length, 0);
};
const rowsOfTenant = async () => ({
  templates: (await ctx.db.select().from(documentTemplates).where(eq(documentTemplates.tenantId, tenantId))).length,
  files: (await ctx.db.select().from(storedFiles).where(eq(storedFiles.tenantId, tenantId))).length,
  blobs: blobCount(),
});

describe('document templates', () => {
  it('lists every kind as default at first, for any signed-in user of the tenant', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/document-templates', headers: officer });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.tenantId).toBe(tenantId);
    expect(body.items.map((i: { kind: string }) => i.kind)).toEqual([...DOCUMENT_KINDS]);
    expect(body.items.every((i: { status: string }) => i.status === 'default')).toBe(true);
    expect(body.items[0].abilities).toEqual({ replace: false, restore: false });
  });

  it('replaces a template, serves it, and restores the default', async () => {
    const custom = editedTemplate('service_receipt', (xml) => xml.replace('送达地点', '送达处所'));
    const res = await put('service_receipt', {
      fileName: '送达回证（本县格式）.docx',
      contentBase64: custom.toString('base64'),
      note: '本县格式',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'replaced',
      note: '本县格式',
      abilities: { replace: true, restore: true },
    });
    expect(res.json().uploadedBy.name).toBeTruthy();

    const list = await app.inject({ method: 'GET', url: '/api/document-templates', headers: officer });
    const item = list.json().items.find((i: { kind: string }) => i.kind === 'service_receipt');
    expect(item).toMatchObject({ status: 'replaced', uploadedBy: null });

    const dl = await app.inject({
      method: 'GET',
      url: '/api/document-templates/service_receipt/download',
      headers: officer,
    });
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toContain('wordprocessingml');
    expect(docxText(dl.rawPayload)).toContain('送达处所');

    const del = await app.inject({
      method: 'DELETE',
      url: '/api/document-templates/service_receipt',
      headers: supervisor,
    });
    expect(del.statusCode).toBe(200);
    expect(del.json().status).toBe('default');
    const after = await app.inject({
      method: 'GET',
      url: '/api/document-templates/service_receipt/download',
      headers: officer,
    });
    expect(Buffer.compare(after.rawPayload, defaultTemplate('service_receipt'))).toBe(0);
  });

  it('refuses a file that is not a .docx, naming the field, and writes nothing', async () => {
    const before = await rowsOfTenant();
    const res = await put('penalty_decision', {
      fileName: 'decision.docx',
      contentBase64: Buffer.from('%PDF-1.4 not a word file').toString('base64'),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.contentBase64).toContain('不是有效的 Word 文档');
    expect(await rowsOfTenant()).toEqual(before);
  });

  it('refuses a tag typo, naming the tag, in zh and en, and writes nothing', async () => {
    const before = await rowsOfTenant();
    const typo = editedTemplate('penalty_decision', (xml) => xml.replace('{agency.name}', '{party.nme}'));
    const res = await put('penalty_decision', { fileName: 'd.docx', contentBase64: typo.toString('base64') });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.contentBase64).toBe(
      '模板中的标签 {party.nme} 不是可用的字段（见“文书模板 — 可用字段”）',
    );
    const en = await app.inject({
      method: 'PUT',
      url: '/api/document-templates/penalty_decision',
      headers: { ...supervisor, 'accept-language': 'en-US' },
      payload: { fileName: 'd.docx', contentBase64: typo.toString('base64') },
    });
    expect(en.json().error.fields.contentBase64).toContain('The tag {party.nme} is not a field');
    // A field of a list used outside its loop is unknown too.
    const outside = editedTemplate('penalty_decision', (xml) => xml.replace('{agency.name}', '{idNumber}'));
    const res2 = await put('penalty_decision', { fileName: 'd.docx', contentBase64: outside.toString('base64') });
    expect(res2.json().error.fields.contentBase64).toContain('{idNumber}');
    expect(await rowsOfTenant()).toEqual(before);
  });

  it('refuses an unbalanced loop, naming the tag', async () => {
    const before = await rowsOfTenant();
    const unbalanced = editedTemplate('penalty_decision', (xml) => xml.replace('{/parties}', ''));
    const res = await put('penalty_decision', { fileName: 'd.docx', contentBase64: unbalanced.toString('base64') });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.contentBase64).toMatch(/模板标签有误：\{.*parties\}/);
    const unclosed = editedTemplate('penalty_decision', (xml) => xml.replace('{agency.name}', '{agency.name'));
    const res2 = await put('penalty_decision', { fileName: 'd.docx', contentBase64: unclosed.toString('base64') });
    expect(res2.statusCode).toBe(400);
    expect(res2.json().error.fields.contentBase64).toContain('模板标签有误');
    expect(await rowsOfTenant()).toEqual(before);
  });

  it('lets only the justice bureau of the tenant replace or restore', async () => {
    const body = templateUploadBody('hearing_notice');
    expect((await put('hearing_notice', body, officer)).statusCode).toBe(403);
    expect((await put('hearing_notice', { ...body, tenant: tenantId }, otherSupervisor)).statusCode).toBe(403);
    const del = await app.inject({
      method: 'DELETE',
      url: `/api/document-templates/hearing_notice?tenant=${tenantId}`,
      headers: otherSupervisor,
    });
    expect(del.statusCode).toBe(403);
    const read = await app.inject({
      method: 'GET',
      url: `/api/document-templates?tenant=${tenantId}`,
      headers: otherSupervisor,
    });
    expect(read.statusCode).toBe(403);
    expect((await put('no_such_kind', body)).statusCode).toBe(400);
  });

  it('lists the fields a template may use', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/document-templates/fields', headers: officer });
    expect(res.statusCode).toBe(200);
    const tags = res.json().common.map((f: { tag: string }) => f.tag);
    expect(tags).toContain('{case.penalty.fineYuan}');
    expect(tags).toContain('{#parties}…{/parties}');
    const decision = res.json().kinds.find((k: { kind: string }) => k.kind === 'penalty_decision');
    expect(decision.extra.map((f: { tag: string }) => f.tag)).toContain('{extra.noticeDate}');
  });
});
