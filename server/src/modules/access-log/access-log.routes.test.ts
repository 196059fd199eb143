import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { createTestApp, createTestContext, type TestContext } from '../../testing/test-context';
import { makeAccount, makeAgency, makeTenant, signIn, type MadeAgency } from '../../testing/factories';
import { csvCell } from './access-log.service';
import { queryRows } from '../../platform/db/client';

let ctx: TestContext;
let app: FastifyInstance;
let tenant: string;
let root: MadeAgency;
let auditor: string;
let sys: string;

beforeAll(async () => {
  ctx = await createTestContext();
  app = await createTestApp(ctx);
  tenant = await makeTenant(ctx);
  root = await makeAgency(ctx, tenant);
  auditor = await signIn(app, await makeAccount(ctx, root, [{ role: 'auditor', scopeKind: 'tenant' }]));
  sys = await signIn(
    app,
    await makeAccount(ctx, root, [{ role: 'sysadmin', scopeKind: 'tenant' }], { username: 'log_sysadmin' }),
  );
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

describe('the access log', () => {
  it('is append-only for the application: its role holds only SELECT and INSERT, and a trigger refuses the rest', async () => {
    const [role] = await queryRows<{ who: string; upd: boolean; del: boolean; ins: boolean }>(
      ctx.db,
      sql`select current_user as who, has_table_privilege('access_log', 'UPDATE') as upd,
                 has_table_privilege('access_log', 'DELETE') as del, has_table_privilege('access_log', 'INSERT') as ins`,
    );
    expect(role).toEqual({ who: 'xzzf_app', upd: false, del: false, ins: true });
    await expect(
      ctx.db.execute(sql`update access_log set outcome = 'success' where tenant_id = ${tenant}`),
    ).rejects.toThrow();
    await expect(ctx.db.execute(sql`delete from access_log where tenant_id = ${tenant}`)).rejects.toThrow();
    await expect(ctx.db.execute(sql`truncate access_log`)).rejects.toThrow();
    const [{ n }] = await queryRows<{ n: number }>(
      ctx.db,
      sql`select count(*)::int as n from access_log where tenant_id = ${tenant}`,
    );
    expect(n).toBeGreaterThan(0);
  });

  it('the auditor filters it by actor, action and outcome, newest first, with paging', async () => {
    const name = `审计单位${Date.now()}`;
    await app.inject({
      method: 'POST',
      url: '/api/agencies',
      headers: { cookie: sys },
      payload: { parentId: root.id, name, kind: 'city_department', legalStatus: 'administrative_organ' },
    });
    await app.inject({
      method: 'POST',
      url: '/api/agencies',
      headers: { cookie: sys },
      payload: { parentId: root.id, name: 'x', kind: 'city_department', legalStatus: 'administrative_organ' },
    });
    const res = await app.inject({
      method: 'GET',
      url: `/api/access-log?actor=log_sysadmin&action=agency.create`,
      headers: { cookie: auditor },
    });
    expect(res.statusCode).toBe(200);
    const { items, total } = res.json();
    expect(total).toBe(2);
    expect(items.map((i: { outcome: string }) => i.outcome)).toEqual(['failed', 'success']);
    expect(items[1]).toMatchObject({
      actorUsername: 'log_sysadmin',
      method: 'POST',
      route: '/api/agencies',
      statusCode: 201,
    });
    expect(items[1].ip).toBeTruthy();
    const failedOnly = await app.inject({
      method: 'GET',
      url: `/api/access-log?actor=log_sysadmin&outcome=failed`,
      headers: { cookie: auditor },
    });
    expect(failedOnly.json().items.every((i: { outcome: string }) => i.outcome === 'failed')).toBe(true);
    const page = await app.inject({
      method: 'GET',
      url: `/api/access-log?pageSize=1&page=2&actor=log_sysadmin&action=agency.create`,
      headers: { cookie: auditor },
    });
    expect(page.json().items).toHaveLength(1);
    expect(page.json().items[0].id).toBe(items[1].id);
  });

  it('exports CSV with a BOM, a Chinese header and formula cells defused', async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/access-log.csv?actor=log_sysadmin`,
      headers: { cookie: auditor },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('attachment');
    expect(res.body.charCodeAt(0)).toBe(0xfeff);
    const lines = res.body.slice(1).trim().split('\r\n');
    expect(lines[0]).toContain('时间(北京时间)');
    expect(lines.length).toBeGreaterThan(2);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(null)).toBe('');
  });

  it('reading the log is itself logged, and other roles are refused (and that refusal logged too)', async () => {
    const before = await app.inject({
      method: 'GET',
      url: `/api/access-log?action=access_log.search`,
      headers: { cookie: auditor },
    });
    const refused = await app.inject({ method: 'GET', url: '/api/access-log', headers: { cookie: sys } });
    expect(refused.statusCode).toBe(403);
    const after = await app.inject({
      method: 'GET',
      url: `/api/access-log?action=access_log.search`,
      headers: { cookie: auditor },
    });
    expect(after.json().total).toBeGreaterThanOrEqual(before.json().total + 2);
    expect(
      after
        .json()
        .items.some(
          (i: { outcome: string; actorUsername: string }) =>
            i.outcome === 'denied' && i.actorUsername === 'log_sysadmin',
        ),
    ).toBe(true);
  });

  it('validates filters, naming the field', async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/access-log?from=yesterday&outcome=maybe`,
      headers: { cookie: auditor },
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['from', 'outcome']);
  });
});
