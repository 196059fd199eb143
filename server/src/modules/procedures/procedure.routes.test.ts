import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { PROCEDURE_CODES, procedureDefinitionView } from '../../../../contracts/procedure';
import { procedureListView } from '../../../../contracts/procedure-list';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import { makeAccount, makeAgency, makeTenant, signIn } from '../../testing/factories';
import { procedureDefinition } from './procedure-catalogue';

let ctx: TestContext;
let app: FastifyInstance;
let cookie: string;

const at = (date: string) => new Date(`${date}T10:00:00+08:00`);
const get = (url: string, lang?: string) =>
  app.inject({ method: 'GET', url, headers: { cookie, ...(lang ? { 'accept-language': lang } : {}) } });

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  const tenant = await makeTenant(ctx);
  const agency = await makeAgency(ctx, tenant, { name: `林业和草原局${tenant}` });
  // the least-privileged business role reads procedures: they are shared reference data
  cookie = await signIn(app, await makeAccount(ctx, agency, [{ role: 'liaison', scopeKind: 'agency_subtree' }]));
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

describe('GET /api/procedures', () => {
  it('lists every procedure with its versions and the version in force today', async () => {
    ctx.clock.now = at('2026-03-02');
    const res = await get('/api/procedures');
    expect(res.statusCode).toBe(200);
    const body = procedureListView.parse(res.json());
    expect(body.items.map((i) => i.code)).toEqual([...PROCEDURE_CODES]);
    const general = body.items.find((i) => i.code === 'penalty_general')!;
    expect(general).toMatchObject({
      kind: 'penalty',
      label: { zh: '行政处罚普通程序' },
      versions: [{ version: 1, effectiveFrom: '2021-07-15' }],
      currentVersion: 1,
    });
    expect(general.basis[0]).toContain('《中华人民共和国行政处罚法》');
  });

  it('shows no current version before the first one takes effect', async () => {
    ctx.clock.now = at('2021-07-14');
    const body = procedureListView.parse((await get('/api/procedures')).json());
    expect(body.items.find((i) => i.code === 'penalty_general')?.currentVersion).toBeNull();
    expect(body.items.find((i) => i.code === 'licence')?.currentVersion).toBe(1);
  });

  it('refuses a caller who is not signed in', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/procedures' });
    expect(res.statusCode).toBe(401);
  });
});

describe('GET /api/procedures/:code', () => {
  it('gives the current version, with its steps and transitions as defined', async () => {
    ctx.clock.now = at('2026-03-02');
    const res = await get('/api/procedures/penalty_general');
    expect(res.statusCode).toBe(200);
    const view = procedureDefinitionView.parse(res.json());
    expect(view).toEqual(JSON.parse(JSON.stringify(procedureDefinition('penalty_general', 1))));
    expect(view.transitions.find((t) => t.action === 'decide')?.guards).toContain('hearing_window_closed');
  });

  it('gives an asked-for version', async () => {
    const res = await get('/api/procedures/licence?version=1');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ code: 'licence', version: 1, kind: 'licence' });
  });

  it('answers an unknown procedure with 404 naming it, in Chinese or English', async () => {
    const zh = await get('/api/procedures/parking');
    expect(zh.statusCode).toBe(404);
    expect(zh.json().error).toEqual({ code: 'not_found', message: '没有办案程序“parking”' });
    const en = await get('/api/procedures/parking', 'en-US');
    expect(en.json().error.message).toBe('No procedure “parking”');
  });

  it('answers an unknown version with 404 naming the procedure and the version', async () => {
    const res = await get('/api/procedures/licence?version=3');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('办案程序“licence”没有第 3 版');
  });

  it('answers a procedure not yet in force on the day with 404 naming the day', async () => {
    ctx.clock.now = at('2021-07-14');
    const res = await get('/api/procedures/penalty_general', 'en-US');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('Procedure “penalty_general” has no version in force on 2021-07-14');
  });

  it('refuses a version that is not a positive whole number, naming the field', async () => {
    const res = await get('/api/procedures/licence?version=0');
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['version']);
    expect((await get('/api/procedures/licence?version=1&x=2')).statusCode).toBe(400);
  });
});
