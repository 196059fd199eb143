// Case steps (issue 5 §9): `POST /api/cases/:id/transitions` through Fastify's `inject` (routing, session check,
// validation, the transition's transaction with its access-log row, the response; no socket), closed loop with 1, 8
// and 32 clients, on PGlite (a data folder, as the server runs it) and on the PostgreSQL server (a database created
// for the run and dropped after). Next to each, the raw database: a transaction with the same row writes in plain
// SQL on the same driver and the same tables, at the same concurrency, in the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/platform/config';
import type { AppContext } from '../server/src/platform/context';
import { openContext } from '../server/src/platform/runtime';
import { caseBody, makeCaseWorld, type CaseWorld } from '../server/src/modules/cases/case.test-helpers';
import { percentile } from './stats';

/** selfLoopCases: the opened cases the repeatable steps go round, each client its own share. */
export const CASES_LOAD = { concurrencies: [1, 8, 32], durationMs: 4_000, maxSteps: 40_000, selfLoopCases: 256 };
const HOT = { concurrency: 32, durationMs: 2_000 };
const SERVER_ADMIN_URL = process.env.XZZF_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface RunFigures {
  concurrency: number;
  steps: number;
  windowMs: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers other than 200 (status → count); empty when every step succeeded. */
  failures: Record<string, number>;
}

export interface BackendBench {
  backend: 'PGlite' | 'PostgreSQL';
  detail: string;
  /** record_inspection / record_inquiry on opened cases, each client its own cases. */
  selfLoop: RunFigures[];
  /** The general procedure from 立案 to 结案 (10 steps a case), each client its own cases. */
  walk: RunFigures[];
  walkByAction: Array<{ action: string; steps: number; p50Ms: number; p99Ms: number }>;
  /** All clients on one case. */
  hot: RunFigures & { eventsAfter: number };
  rawSelfLoop: RunFigures[];
  rawWalk: RunFigures[];
  /** Row writes of one walk (10 steps) and of 10 repeatable steps, counted by PGlite's statistics. */
  walkWrites: number;
  selfWrites: number;
  maxEventsPerCase: number;
}

export interface CasesBench {
  backends: BackendBench[];
}

// ---------------------------------------------------------------------------------------------------------------
// The closed loop

type Op = () => Promise<number>;

async function closedLoop(
  concurrency: number,
  durationMs: number,
  maxOps: number,
  client: (i: number) => () => Op | null,
  onLatency?: (i: number, ms: number) => void,
): Promise<RunFigures> {
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  let started = 0;
  let inWindow = 0;
  const t0 = performance.now();
  const end = t0 + durationMs;
  const run = async (i: number) => {
    const next = client(i);
    while (performance.now() < end && started < maxOps) {
      const op = next();
      if (!op) break;
      started++;
      const t = performance.now();
      let status: number;
      try {
        status = await op();
      } catch {
        status = 0;
      }
      const done = performance.now();
      latencies.push(done - t);
      onLatency?.(i, done - t);
      if (done <= end) inWindow++;
      if (status !== 200) failures[String(status)] = (failures[String(status)] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, i) => run(i)));
  const windowMs = Math.min(durationMs, performance.now() - t0);
  return {
    concurrency,
    steps: latencies.length,
    windowMs,
    perSecond: (inWindow * 1000) / windowMs,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    failures,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The world and its cases

export interface Bed {
  ctx: AppContext;
  app: FastifyInstance;
  w: CaseWorld;
  close(): Promise<void>;
}

export async function openBed(databaseUrl: string | null): Promise<Bed> {
  const dataDir = mkdtempSync(join(tmpdir(), 'xzzf-bench-cases-'));
  const config = {
    ...loadConfig({ ...process.env, XZZF_DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? '' }),
    loginRateLimit: 100_000,
    logLevel: 'warn',
  };
  const ctx = await openContext(config);
  // The database is dropped WITH (FORCE) after the run: a connection it ends is no error of the bench.
  ctx.database.pool?.on('error', () => undefined);
  const app = await buildApp(ctx, { logger: false, serveWeb: false });
  await app.ready();
  const w = await makeCaseWorld(ctx, app);
  return {
    ctx,
    app,
    w,
    close: async () => {
      await app.close();
      await ctx.database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function post(app: FastifyInstance, cookie: string, url: string, payload: object) {
  return app.inject({ method: 'POST', url, headers: { cookie }, payload });
}

export function stepOp(b: Bed, cookie: string, id: string, action: string, payload: Record<string, unknown> = {}): Op {
  return async () => (await post(b.app, cookie, `/api/cases/${id}/transitions`, { action, payload })).statusCode;
}

/** Registers `n` cases (8 at a time); opened too when asked. Not timed. */
export async function makeCases(b: Bed, n: number, opened: boolean): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < n) {
      next++;
      const made = await post(b.app, b.w.cookies.handler, '/api/cases', caseBody(b.w));
      if (made.statusCode !== 201) throw new Error(`case bench: register answered ${made.statusCode}: ${made.body}`);
      const id = (made.json() as { id: string }).id;
      if (opened) {
        const o = await post(b.app, b.w.cookies.leader, `/api/cases/${id}/transitions`, {
          action: 'open',
          payload: { opinion: '同意立案调查' },
        });
        if (o.statusCode !== 200) throw new Error(`case bench: open answered ${o.statusCode}: ${o.body}`);
      }
      ids.push(id);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return ids;
}

const PROPOSAL = {
  factsText: '当事人经营超过保质期的食品，货值金额 8,000 元。',
  violatedArticles: '《中华人民共和国食品安全法》第三十四条第十项',
  appliedArticles: '《中华人民共和国食品安全法》第一百二十四条第一款',
  penaltyKinds: ['fine'],
  fineFen: 20_000_000,
};

/** The general procedure from 立案 to 结案, each step by whom it falls to (as in case.routes.test.ts). */
function walkOf(w: CaseWorld): Array<{ action: string; cookie: string; payload: Record<string, unknown> }> {
  const c = w.cookies;
  return [
    { action: 'open', cookie: c.leader, payload: { opinion: '同意立案调查' } },
    { action: 'propose', cookie: c.handler, payload: PROPOSAL },
    { action: 'submit_review', cookie: c.handler, payload: {} },
    { action: 'review_agree', cookie: c.reviewer, payload: { opinion: '事实清楚，证据确凿，同意' } },
    { action: 'notify', cookie: c.handler, payload: {} },
    { action: 'waive_hearing', cookie: c.handler, payload: { note: '当事人书面放弃听证' } },
    { action: 'decide', cookie: c.handler, payload: { penaltyKinds: ['fine'], fineFen: 20_000_000 } },
    { action: 'serve', cookie: c.handler, payload: { method: 'direct', recipient: '扎西' } },
    { action: 'record_payment', cookie: c.handler, payload: { amountFen: 20_000_000 } },
    { action: 'close', cookie: c.handler, payload: {} },
  ];
}
export const WALK_STEPS = 10;

/** Client i of c takes the ids at positions i, i + c, i + 2c … */
const shareOf = <T>(all: T[], i: number, c: number) => all.filter((_, k) => k % c === i);

// ---------------------------------------------------------------------------------------------------------------
// The raw database: plain SQL on the driver the platform uses, on the same tables

interface RawDriver {
  /** Runs the statements in one transaction on one connection. */
  tx(statements: Array<{ text: string; values: unknown[] }>, first?: (rows: unknown[]) => void): Promise<void>;
}

function rawDriver(ctx: AppContext): RawDriver {
  const d = ctx.database;
  if (d.pglite) {
    const client = d.pglite;
    return {
      tx: async (statements) => {
        await client.transaction(async (t) => {
          for (const s of statements) await t.query(s.text, s.values);
        });
      },
    };
  }
  const pool = d.pool!;
  return {
    tx: async (statements) => {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        for (const s of statements) await c.query(s.text, s.values);
        await c.query('COMMIT');
      } catch (err) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        c.release();
      }
    },
  };
}

/**
 * The writes of a repeatable step, in plain SQL: lock the case row, insert the event, update the case, insert the
 * access-log row — plus `extra` deadline-row updates (the heavier steps of the walk write a few more rows).
 */
function rawStep(tenantId: string, caseId: string, accountId: string, extra: number) {
  const hash = randomUUID().replace(/-/g, '').repeat(2);
  const today = new Date().toISOString().slice(0, 10);
  const statements = [
    {
      text: `select state, event_count, last_hash from cases where tenant_id = $1 and id = $2 for update`,
      values: [tenantId, caseId],
    },
    {
      text: `insert into case_events (tenant_id, case_id, seq, id, action, from_state, to_state, actor_account_id,
               actor_name, occurred_on, recorded_at, payload, summary, hash)
             select $1, $2, event_count + 1, $3, 'record_inspection', state, state, $4, '测试', $5, now(),
                    '{"note":"现场检查：库房内发现超过保质期的食品 12 箱"}'::jsonb, '现场检查', $6
               from cases where tenant_id = $1 and id = $2`,
      values: [tenantId, caseId, randomUUID(), accountId, today, hash],
    },
    {
      text: `update cases set event_count = event_count + 1, last_event_on = $3, last_hash = $4, updated_at = now()
              where tenant_id = $1 and id = $2`,
      values: [tenantId, caseId, today, hash],
    },
    {
      text: `insert into access_log (tenant_id, actor_id, actor_username, actor_tenant_id, ip, user_agent, method,
               route, action, record_ids, outcome, status_code, request_id, detail)
             values ($1, $2, 'bench', $1, '127.0.0.1', 'lightMyRequest', 'POST', '/api/cases/:id/transitions',
               'case.transition', array[$3::text, $4::text], 'success', 200, 'req-1', '{"action":"record_inspection"}'::jsonb)`,
      values: [tenantId, accountId, caseId, randomUUID()],
    },
  ];
  for (let k = 0; k < extra; k++) {
    statements.push({
      text: `update case_deadlines set updated_at = now() where tenant_id = $1 and case_id = $2 and slot = 'decision'`,
      values: [tenantId, caseId],
    });
  }
  return statements;
}

/**
 * Row writes (inserts + updates + deletes) PGlite counted on the platform's tables. PGlite is one backend, so its
 * counts are exact once flushed; a server's backends flush theirs lazily (up to 10 s later), so the server run uses
 * PGlite's counts of the same code.
 */
async function pgliteWrites(ctx: AppContext): Promise<number> {
  const db = ctx.database.pglite!;
  await db.query('select pg_stat_force_next_flush()');
  const q = `select coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0)::bigint as n from pg_stat_user_tables`;
  return Number((await db.query<{ n: string }>(q)).rows[0].n);
}

// ---------------------------------------------------------------------------------------------------------------

async function measureBackend(
  backend: BackendBench['backend'],
  databaseUrl: string | null,
  step: (m: string) => void,
  counted?: { walkWrites: number; selfWrites: number },
): Promise<BackendBench> {
  const b = await openBed(databaseUrl);
  try {
    const { durationMs, maxSteps } = CASES_LOAD;
    const tenantId = b.w.tenantId;
    const raw = rawDriver(b.ctx);
    const me = await b.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: b.w.cookies.handler } });
    const accountId = (me.json() as { account: { id: string } }).account.id;

    step(`${backend}: ${CASES_LOAD.selfLoopCases} opened cases for the repeatable steps`);
    const opened = await makeCases(b, CASES_LOAD.selfLoopCases, true);

    // Warm-up: every code path once, so the first timed run does not pay for JIT and plan caches.
    for (let k = 0; k < 20; k++) {
      await stepOp(b, b.w.cookies.handler, opened[k % opened.length], 'record_inspection', { note: '热身' })();
    }
    const warm = await makeCases(b, 2, false);
    for (const id of warm) for (const s of walkOf(b.w)) await stepOp(b, s.cookie, id, s.action, s.payload)();

    // Row writes of one walk and of 10 repeatable steps, counted by PGlite (the warm-up above made the plans).
    let walkWrites = counted?.walkWrites ?? 0;
    let selfWrites = counted?.selfWrites ?? 0;
    if (!counted) {
      const [one] = await makeCases(b, 1, false);
      let before = await pgliteWrites(b.ctx);
      for (const s of walkOf(b.w)) {
        const status = await stepOp(b, s.cookie, one, s.action, s.payload)();
        if (status !== 200) throw new Error(`case bench: walk step ${s.action} answered ${status}`);
      }
      walkWrites = (await pgliteWrites(b.ctx)) - before;
      before = await pgliteWrites(b.ctx);
      for (let k = 0; k < 10; k++) {
        const action = k % 2 === 0 ? 'record_inspection' : 'record_inquiry';
        const status = await stepOp(b, b.w.cookies.handler, opened[opened.length - 1], action, { note: '计数' })();
        if (status !== 200) throw new Error(`case bench: ${action} answered ${status}`);
      }
      selfWrites = (await pgliteWrites(b.ctx)) - before;
    }
    const extraPerWalkStep = Math.max(0, Math.round(walkWrites / WALK_STEPS) - 3);
    const extraPerSelfStep = Math.max(0, Math.round(selfWrites / 10) - 3);

    const selfLoop: RunFigures[] = [];
    const rawSelfLoop: RunFigures[] = [];
    const walk: RunFigures[] = [];
    const rawWalk: RunFigures[] = [];
    const byAction = new Map<string, number[]>();
    for (const c of CASES_LOAD.concurrencies) {
      step(`${backend}: repeatable steps, ${c} clients, ${durationMs / 1000} s`);
      selfLoop.push(
        await closedLoop(c, durationMs, maxSteps, (i) => {
          const mine = shareOf(opened, i, c);
          let k = 0;
          return () => {
            const id = mine[k % mine.length];
            const action = k % 2 === 0 ? 'record_inspection' : 'record_inquiry';
            k++;
            return stepOp(b, b.w.cookies.handler, id, action, {
              note: `第 ${k} 次现场检查：库房内发现超过保质期的食品`,
            });
          };
        }),
      );
      step(`${backend}: raw transaction (lock + ${3 + extraPerSelfStep} row writes), ${c} clients`);
      rawSelfLoop.push(
        await closedLoop(c, durationMs, maxSteps, (i) => {
          const mine = shareOf(opened, i, c);
          let k = 0;
          return () => {
            const id = mine[k++ % mine.length];
            return async () => {
              await raw.tx(rawStep(tenantId, id, accountId, extraPerSelfStep));
              return 200;
            };
          };
        }),
      );

      // Enough registered cases that no client runs out within the window: the repeatable steps' rate is an upper
      // bound on the walk's.
      const need = Math.ceil((selfLoop.at(-1)!.perSecond * durationMs) / 1000 / WALK_STEPS) + 2 * c;
      step(`${backend}: ${need} registered cases for the walk, ${c} clients`);
      const fresh = await makeCases(b, need, false);
      const steps = walkOf(b.w);
      const clientAction = new Map<number, string>();
      step(`${backend}: walk 立案 → 结案, ${c} clients, ${durationMs / 1000} s`);
      walk.push(
        await closedLoop(
          c,
          durationMs,
          maxSteps,
          (i) => {
            const mine = shareOf(fresh, i, c);
            let k = 0;
            return () => {
              const id = mine[Math.floor(k / WALK_STEPS)];
              if (!id) return null;
              const s = steps[k++ % WALK_STEPS];
              clientAction.set(i, s.action);
              return stepOp(b, s.cookie, id, s.action, s.payload);
            };
          },
          (i, ms) => {
            const a = clientAction.get(i)!;
            byAction.set(a, [...(byAction.get(a) ?? []), ms]);
          },
        ),
      );
      step(`${backend}: raw transaction (lock + ${3 + extraPerWalkStep} row writes), ${c} clients`);
      rawWalk.push(
        await closedLoop(c, durationMs, maxSteps, (i) => {
          const mine = shareOf(opened, i, c);
          let k = 0;
          return () => {
            const id = mine[k++ % mine.length];
            return async () => {
              await raw.tx(rawStep(tenantId, id, accountId, extraPerWalkStep));
              return 200;
            };
          };
        }),
      );
    }

    step(`${backend}: one hot case, ${HOT.concurrency} clients, ${HOT.durationMs / 1000} s`);
    const [hotId] = await makeCases(b, 1, true);
    const hotRun = await closedLoop(HOT.concurrency, HOT.durationMs, maxSteps, () => {
      let k = 0;
      return () => stepOp(b, b.w.cookies.handler, hotId, 'record_inspection', { note: `第 ${++k} 次现场检查` });
    });
    const counts = b.ctx.database.pglite
      ? (
          await b.ctx.database.pglite.query<{ id: string; n: number }>(
            `select id, event_count as n from cases where tenant_id = $1`,
            [tenantId],
          )
        ).rows
      : (
          await b.ctx.database.pool!.query<{ id: string; n: number }>(
            `select id, event_count as n from cases where tenant_id = $1`,
            [tenantId],
          )
        ).rows;
    const hotEvents = counts.find((r) => r.id === hotId)?.n ?? 0;
    const maxEventsPerCase = Math.max(...counts.filter((r) => r.id !== hotId).map((r) => Number(r.n)));

    return {
      backend,
      detail:
        backend === 'PGlite'
          ? 'PGlite in a data folder (as `xzzf serve` runs it), in the bench process'
          : `PostgreSQL server ${SERVER_ADMIN_URL.replace(/\/[^/]*$/, '')}, a database created for the run, pool of ${process.env.XZZF_DB_POOL ?? 10} connections (XZZF_DB_POOL)`,
      selfLoop,
      walk,
      walkByAction: walkOf(b.w).map((s) => {
        const v = byAction.get(s.action) ?? [];
        return { action: s.action, steps: v.length, p50Ms: percentile(v, 50), p99Ms: percentile(v, 99) };
      }),
      hot: { ...hotRun, eventsAfter: Number(hotEvents) },
      rawSelfLoop,
      rawWalk,
      walkWrites,
      selfWrites,
      maxEventsPerCase,
    };
  } finally {
    await b.close();
  }
}

/** Both backends; the server one only when PostgreSQL answers on 127.0.0.1:5432. */
export async function measureCases(step: (m: string) => void, only?: BackendBench['backend']): Promise<CasesBench> {
  const backends: BackendBench[] = [await measureBackend('PGlite', null, step)];
  const admin = new pg.Client({ connectionString: SERVER_ADMIN_URL });
  let reachable = true;
  try {
    await admin.connect();
  } catch (err) {
    reachable = false;
    step(`PostgreSQL server not reachable (${(err as Error).message}): PGlite only`);
  }
  if (reachable && only !== 'PGlite') {
    const counted = { walkWrites: backends[0].walkWrites, selfWrites: backends[0].selfWrites };
    const name = `xzzf_bench_cases_${process.pid}`;
    try {
      await admin.query(`create database ${name}`);
      const url = SERVER_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
      backends.push(await measureBackend('PostgreSQL', url, step, counted));
    } catch (err) {
      step(`PostgreSQL run failed: ${(err as Error).stack ?? String(err)}`);
      throw err;
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`).catch(() => undefined);
      await admin.end();
    }
  }
  return { backends };
}

// ---------------------------------------------------------------------------------------------------------------
// Report

const f0 = (n: number) => n.toFixed(0);
const f1 = (n: number) => n.toFixed(1);
const failed = (r: RunFigures) =>
  Object.keys(r.failures).length
    ? ` (not 200: ${Object.entries(r.failures)
        .map(([k, n]) => `${k}×${n}`)
        .join(', ')})`
    : '';

export const CASE_TARGET = { perSecond: 1_000, concurrency: 32, p99Ms: 50 };

function verdict(b: BackendBench): string {
  const r = b.selfLoop.find((x) => x.concurrency === CASE_TARGET.concurrency);
  if (!r) return 'not measured';
  const ok = r.perSecond >= CASE_TARGET.perSecond && r.p99Ms < CASE_TARGET.p99Ms;
  return `${ok ? 'met' : '**missed**'} (${f0(r.perSecond)} steps/s, p99 ${f1(r.p99Ms)} ms)`;
}

export function casesText(c: CasesBench): string {
  const lines: string[] = [];
  for (const b of c.backends) {
    lines.push(`\ncase steps on ${b.backend} (inject, ${CASES_LOAD.durationMs / 1000} s per run)`);
    b.selfLoop.forEach((r, k) => {
      const raw = b.rawSelfLoop[k];
      const wk = b.walk[k];
      const rw = b.rawWalk[k];
      lines.push(
        `  ${String(r.concurrency).padStart(2)} clients  repeatable ${f0(r.perSecond).padStart(5)}/s p50 ${f1(r.p50Ms)} p99 ${f1(r.p99Ms)} ms${failed(r)}` +
          ` | raw ${f0(raw.perSecond)}/s p50 ${f1(raw.p50Ms)} p99 ${f1(raw.p99Ms)}` +
          ` | walk ${f0(wk.perSecond)}/s p50 ${f1(wk.p50Ms)} p99 ${f1(wk.p99Ms)}${failed(wk)}` +
          ` | raw ${f0(rw.perSecond)}/s p50 ${f1(rw.p50Ms)} p99 ${f1(rw.p99Ms)}`,
      );
    });
    lines.push(
      `  hot case, ${b.hot.concurrency} clients: ${f0(b.hot.perSecond)}/s p50 ${f1(b.hot.p50Ms)} p99 ${f1(b.hot.p99Ms)} ms${failed(b.hot)} (${b.hot.eventsAfter} events after)`,
    );
    if (b.backend === 'PostgreSQL')
      lines.push(`  target (≥ 1,000 steps/s at 32 clients, p99 < 50 ms): ${verdict(b).replaceAll('*', '')}`);
  }
  return lines.join('\n');
}

/**
 * Measured once, by hand, on 2026-11-27 (same machine, 1-minute load ~7.5 from other work on its 2 cores) with a
 * scratch copy of the server: one client, 300 repeatable steps on the PostgreSQL server per variant, two interleaved
 * rounds each; Node's CPU from process.cpuUsage(), the database's from the postgres processes in /proc; round trips
 * counted on pg.Client#query. Kept as text: it explains the figures above, it is not re-measured by each run.
 */
const WHERE_THE_TIME_GOES = `
**Where the time goes** (measured by hand on 2026-11-27 with scratch copies of the server, timing the phases of
\`takeStep\`; one client, 100–300 repeatable steps on the PostgreSQL server per variant; Node's CPU from
\`process.cpuUsage()\`, the database's from the postgres processes in /proc, round trips counted on
\`pg.Client#query\`. The machine carried a 1-minute load of 7–8.5 from other work on its 2 cores, so read the ratios
rather than the milliseconds):

- A repeatable step now makes **36 round trips** where the raw baseline makes 9 (begin, lock, 6 writes, commit): 4 before the transaction to
  resolve the session (session, security policy, account, grants) and 32 in it. Per step: 120 ms wall, Node 52 ms of
  CPU, PostgreSQL 7.6 ms. \`transitionCase\` takes 71 ms of it, of which **52 ms is generating the step's document**
  (现场检查笔录 / 询问笔录: the case re-read, the .docx filled, stored and numbered) — inside the transaction, with
  the case row locked and a pool connection held; the full case view for the answer takes 25 ms more.
- Before step documents existed (the code of 07:13 Asia/Shanghai the same day) a repeatable step made 24 round trips, Node 20–22 ms
  of CPU, PostgreSQL 6.6–7.3 ms. In a \`--cpu-prof\` of that code the largest shares of Node's busy time were per
  query, not per rule: drizzle's query building and row mapping ~29 %, socket writes ~13 %, the pg driver ~10 %,
  garbage collection ~9 %; the guards, effects and presenter themselves a few per cent.
- On that code, **the full case view in the answer** (re-read, presenter with every next action's guards, the
  timeline, the deadlines with explanations, the response schema) was 10 of the 24 round trips: without it a step
  made 14, Node CPU fell to 12–14 ms (−35 %), PostgreSQL's to 3.2–4.2 ms (−45 %), a step's wall time by ~40 %.
- **Reusing the transition's CaseFacts for the answer** (handlers, officers, certificates, calendar and settings not
  re-read; deadlines only when the step changed one) keeps the answer as it is: 21 round trips instead of 24, Node
  CPU 17.8–18.4 ms (−13 %), PostgreSQL 5.5–5.6 ms (−20 %).
- A cached \`Intl.DateTimeFormat\` for \`shanghaiDate\` (342 µs → 5 µs a call here) is 2 calls a step: < 1 ms.
- The server's pool has 10 connections (\`XZZF_DB_POOL\`): at 32 clients, 22 steps wait for a connection; on the
  hot case, steps waiting for the row lock hold their connection, so up to 10 of them block every other request.
`;

/** Rows a raw transaction writes for 10 steps' count: at least the event, the case row and the access-log row. */
const rawWrites = (writesOf10: number) => 3 + Math.max(0, Math.round(writesOf10 / 10) - 3);

export function casesMarkdown(c: CasesBench): string {
  const sections = c.backends.map((b) => {
    const rows = b.selfLoop
      .map((r, k) => {
        const raw = b.rawSelfLoop[k];
        const wk = b.walk[k];
        const rw = b.rawWalk[k];
        return `| ${r.concurrency} | ${f0(r.perSecond)} | ${f1(r.p50Ms)} ms | ${f1(r.p99Ms)} ms${failed(r)} | ${f0(raw.perSecond)} / ${f1(raw.p50Ms)} / ${f1(raw.p99Ms)} ms | ${f0(wk.perSecond)} | ${f1(wk.p50Ms)} ms | ${f1(wk.p99Ms)} ms${failed(wk)} | ${f0(rw.perSecond)} / ${f1(rw.p50Ms)} / ${f1(rw.p99Ms)} ms |`;
      })
      .join('\n');
    const actions = b.walkByAction.map((a) => `${a.action} ${f1(a.p50Ms)}/${f1(a.p99Ms)}`).join(', ');
    return `
#### ${b.backend}

${b.detail}. Row writes counted by PGlite's \`pg_stat_user_tables\` in this run: ${b.selfWrites} for 10 repeatable
steps, ${b.walkWrites} for one walk of 10 steps.

| clients | repeatable steps/s | p50 | p99 | raw: lock + ${rawWrites(b.selfWrites)} writes, tx/s / p50 / p99 | walk steps/s | p50 | p99 | raw: lock + ${rawWrites(b.walkWrites)} writes, tx/s / p50 / p99 |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows}

Walk, by action (p50/p99 ms over all three concurrencies): ${actions}.

One hot case (all ${b.hot.concurrency} clients on the same case, ${HOT.durationMs / 1000} s): ${f0(b.hot.perSecond)} steps/s, p50 ${f1(b.hot.p50Ms)} ms, p99 ${f1(b.hot.p99Ms)} ms${failed(b.hot)}; the case had ${b.hot.eventsAfter} events after it.
The repeatable steps' cases had at most ${b.maxEventsPerCase} events each at the end of the run.
`;
  });
  const server = c.backends.find((b) => b.backend === 'PostgreSQL');
  return `
### 案件办理环节 — case steps (issue 5)

A step is one \`POST /api/cases/:id/transitions\` sent through Fastify's \`inject\` in the bench process: routing, the
session check, validation, the transition in its transaction (the case locked \`for update\`, the procedure's
transition and guards, the case row, the hash-chained event, the deadline rows, the step's documents (.docx
generated, stored and numbered), the access-log row) and the full case view in the answer — everything but the
socket. Closed loop: each client sends its next step when the previous
answers, ${CASES_LOAD.durationMs / 1000} s per run. **Repeatable steps**: 现场检查 / 询问调查 (\`record_inspection\`,
\`record_inquiry\`) on ${CASES_LOAD.selfLoopCases} opened cases of a general-procedure penalty, each client its own share (no
lock contention between clients). **Walk**: each client takes its own registered cases from 立案 to 结案
(open → propose → submit_review → review_agree → notify → waive_hearing → decide → serve → record_payment → close),
each step by the person it falls to (leader, handler, legal reviewer). The set-up (a tenant with an agency, two
certified handlers, a qualified reviewer, a leader, signed in) is \`makeCaseWorld\` of the case tests.

The raw baseline, measured in the same run at the same concurrency, is a transaction in plain SQL on the same driver
and the same tables with as many row writes as the step's average: lock the case row (\`select … for update\`),
insert an event, update the case row, insert an access-log row, and update a deadline row for each further write the
step makes (the step's document rows, numbers and deadlines). The .docx bytes a step writes to the data folder are
not in the baseline.

${sections.join('\n')}
${WHERE_THE_TIME_GOES}
Target on the server (≥ ${CASE_TARGET.perSecond.toLocaleString('en')} steps/s at ${CASE_TARGET.concurrency} clients, p99 < ${CASE_TARGET.p99Ms} ms, repeatable steps): ${server ? verdict(server) : 'not measured (no PostgreSQL server)'}.
`;
}
