// The xzzf command line: serve, migrate, seed. Later modules add their commands here.
import { Command } from 'commander';
import { generateScaleCases, seedDemoCases } from './modules/cases/case.seed';
import { buildApp } from './app';
import { loadConfig } from './platform/config';
import { openContext } from './platform/runtime';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { laws } from './modules/laws/law.schema';
import { DEMO_TENANT, seedDemoTenant, type SeedResult } from './modules/seed/seed';
import { ROLE_LABELS } from '../../contracts/roles';
import { breakGlassResetPassword } from './modules/accounts/break-glass.service';
import { importLawPath, type ImportReport } from './modules/laws/law-import.service';
import { recordCliAccess } from './platform/audit/access-log';
import { deadlineCommand } from './modules/deadlines/deadline.cli';
import { ensureNationalCalendar } from './modules/calendar/calendar.service';

function printDemo(result: SeedResult, url?: string): void {
  const lines: string[] = [];
  if (url)
    lines.push(`\n  xzzf 行政执法监督平台 已启动 / running at ${url}`, `  API 文档 / API docs: ${url}/api/docs\n`);
  if (result.created) {
    lines.push(
      `  已创建演示租户 ${DEMO_TENANT.name} (${DEMO_TENANT.code}) / demo tenant seeded. 演示账号 / demo accounts:`,
    );
    for (const a of result.accounts)
      lines.push(`    ${a.username.padEnd(18)} ${ROLE_LABELS[a.role].zh} / ${ROLE_LABELS[a.role].en}`);
    if (result.generated) {
      lines.push(`\n  演示账号密码（只显示这一次）/ demo password (shown once): ${result.password}`);
    } else {
      lines.push('\n  演示账号密码为 XZZF_DEMO_PASSWORD / demo password: the value of XZZF_DEMO_PASSWORD');
    }
  } else if (url) {
    lines.push(`  演示账号 / demo accounts: ${result.accounts.map((a) => a.username).join(', ')}`);
    lines.push('  （密码在首次启动时设定 / password as set on first start）');
  }
  console.log(lines.join('\n') + '\n');
}

const program = new Command()
  .name('xzzf')
  .description('xzzf 行政执法监督平台 — administrative law-enforcement supervision platform')
  .showHelpAfterError();

program
  .command('serve')
  .description('migrate, seed the demo tenant on first start, and serve API + web (PORT, XZZF_DATA_DIR, DATABASE_URL)')
  .option('--no-seed', 'do not seed the demo tenant')
  .action(async (opts: { seed: boolean }) => {
    const config = loadConfig();
    const ctx = await openContext(config);
    let seeded: SeedResult | null = null;
    if (opts.seed) {
      // The demo's powers and benchmarks cite articles: into an empty library, the statutes beside the repository
      // (or XZZF_LAWS_DIR) are imported first.
      const lawsDir = process.env.XZZF_LAWS_DIR ?? join(config.rootDir, '..', 'shared', 'data', 'laws');
      const [held] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(laws);
      if (held.n === 0 && existsSync(lawsDir)) {
        const reports = await importLawPath(ctx, lawsDir);
        const created = reports.filter((r) => r.outcome === 'created').length;
        if (created) console.log(`  已导入法律法规 ${created} 部 / imported ${created} statutes from ${lawsDir}`);
      }
      seeded = await seedDemoTenant(ctx, { password: config.demoPassword });
    }
    const app = await buildApp(ctx);
    const stop = async () => {
      await app.close();
      await ctx.database.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    await app.listen({ port: config.port, host: config.host });
    const url = `http://localhost:${config.port}`;
    if (seeded) printDemo(seeded, url);
    else console.log(`xzzf running at ${url}`);
    if (seeded) {
      // The demo case history (several thousand cases) is written after the server listens, so that the first start
      // stays quick; it is idempotent, so a start interrupted while it runs finishes it next time.
      seedDemoCases(ctx, DEMO_TENANT.code)
        .then(async (r) => {
          if (r.cases) console.log(`  演示案件 ${r.cases} 件已生成 / ${r.cases} demo cases seeded in ${r.ms} ms`);
          if (r.cases && ctx.database.kind === 'pglite') await ctx.database.refreshStatistics();
        })
        .catch((err: unknown) => console.error('demo cases not seeded:', err));
    }
    // PGlite has no autovacuum: refresh the planner's statistics once per start so that they follow what the data
    // has become. Half a minute later, not at once: on the one PGlite connection an ANALYZE would hold up the first
    // requests (it added 0.5 s to the measured warm start).
    if (ctx.database.kind === 'pglite' && !seeded?.created) {
      setTimeout(() => {
        ctx.database.refreshStatistics().catch((err: unknown) => console.error('ANALYZE failed:', err));
      }, 30_000).unref();
    }
  });

program
  .command('migrate')
  .description('apply database migrations and exit')
  .action(async () => {
    const ctx = await openContext(loadConfig());
    console.log(`migrated (${ctx.database.kind})`);
    await ctx.database.close();
  });

program
  .command('seed')
  .description('seed the demo tenant 香格里拉市 (533401) if it is not there')
  .option('--password <password>', 'demo accounts password (default: XZZF_DEMO_PASSWORD or generated)')
  .option('--scale <n>', 'bulk-load <n> more demo cases (for benchmarks)')
  .action(async (opts: { password?: string; scale?: string }) => {
    const config = loadConfig();
    const ctx = await openContext(config);
    const result = await seedDemoTenant(ctx, { password: opts.password ?? config.demoPassword });
    if (!result.created) console.log(`demo tenant ${DEMO_TENANT.code} already exists: nothing to do`);
    printDemo(result);
    const history = await seedDemoCases(ctx, DEMO_TENANT.code);
    if (history.cases) console.log(`演示案件 ${history.cases} 件 / ${history.cases} demo cases in ${history.ms} ms`);
    if (opts.scale) {
      const n = Number(opts.scale);
      if (!Number.isInteger(n) || n < 1) throw new Error('--scale takes a positive whole number of cases');
      const r = await generateScaleCases(ctx, DEMO_TENANT.code, n, {
        onProgress: (done, total, ms) =>
          process.stdout.write(`\r${done}/${total} (${Math.round((done / ms) * 1000)}/s)`),
      });
      console.log(`\n${r.cases} cases, ${r.events} events in ${r.ms} ms (${r.casesPerSecond}/s)`);
    }
    if (ctx.database.kind === 'pglite') await ctx.database.refreshStatistics();
    await ctx.database.close();
  });

program
  .command('reset-password')
  .description('break-glass: set a new one-time password for an account (e.g. an administrator) and print it once')
  .argument('<username>', 'the account')
  .option('--tenant <code>', 'tenant (GB/T 2260 code)', process.env.XZZF_DEFAULT_TENANT ?? DEMO_TENANT.code)
  .action(async (username: string, opts: { tenant: string }) => {
    const ctx = await openContext(loadConfig());
    try {
      const { password } = await breakGlassResetPassword(ctx, opts.tenant, username);
      console.log(`新的一次性密码（只显示这一次，登录后须修改）/ new one-time password (shown once): ${password}`);
    } finally {
      await ctx.database.close();
    }
  });

const lawsCommand = program.command('laws').description('the law library (法律法规库)');
lawsCommand
  .command('import')
  .description('import statute texts: Markdown files (national law database form) or folders of them')
  .argument('<paths...>', 'files or folders')
  .option('--json', 'print a machine-readable report')
  .action(async (paths: string[], opts: { json?: boolean }) => {
    const config = loadConfig();
    const ctx = await openContext(config);
    try {
      const reports = [];
      for (const p of paths) reports.push(...(await importLawPath(ctx, p)));
      const changed = reports.filter((r) => r.outcome === 'created');
      if (changed.length) {
        await recordCliAccess(ctx.db, {
          tenantId: config.defaultTenant,
          command: 'xzzf laws import',
          action: 'law.import',
          recordIds: changed.map((r) => r.versionId!),
          detail: { files: changed.map((r) => r.file) },
        });
      }
      if (opts.json) console.log(JSON.stringify(reports, null, 2));
      else printLawReports(reports);
      if (reports.some((r) => r.outcome === 'failed' || r.outcome === 'conflict')) process.exitCode = 2;
    } finally {
      await ctx.database.close();
    }
  });

program
  .command('deadline')
  .description("compute a statutory deadline on the tenant's working-day calendar and explain it (法定期限计算)")
  .argument('<rule>', 'rule id, e.g. XZCF-60, XZXK-42, XZQZ-19 (see GET /api/deadlines/rules)')
  .argument('<start>', 'start date YYYY-MM-DD (hour rules: date-time, e.g. 2026-03-10T15:30, Beijing time)')
  .option('--tenant <code>', 'tenant (GB/T 2260 code)', process.env.XZZF_DEFAULT_TENANT ?? DEMO_TENANT.code)
  .option('--agency <id>', 'agency id (its own legal-review limit)')
  .option('--suspensions <list>', 'suspended stretches, e.g. 2026-03-10..2026-03-20,2026-05-06..')
  .option('--extension <n>', "an approved extension, in the rule's extension unit")
  .option('--approved-on <date>', 'the day the extension was approved (default: the start)')
  .option('--json', 'print the result as JSON')
  .action(
    async (
      rule: string,
      start: string,
      opts: {
        tenant: string;
        agency?: string;
        suspensions?: string;
        extension?: string;
        approvedOn?: string;
        json?: boolean;
      },
    ) => {
      const ctx = await openContext(loadConfig());
      try {
        // A data folder that was never served has no national calendar yet: enter the package's years (idempotent).
        await ensureNationalCalendar(ctx.db);
        const { output, exitCode } = await deadlineCommand(ctx.db, rule, start, opts, ctx.now());
        (exitCode === 0 ? console.log : console.error)(output);
        process.exitCode = exitCode;
      } finally {
        await ctx.database.close();
      }
    },
  );

function printLawReports(reports: ImportReport[]): void {
  const OUTCOME = {
    created: '已导入 created',
    unchanged: '未变化 unchanged',
    conflict: '冲突 conflict',
    failed: '失败 failed',
  };
  for (const r of reports) {
    console.log(
      `${OUTCOME[r.outcome]}  ${r.title ?? r.file}  版本 ${r.versionDate ?? '?'}  章 ${r.chapters}  节 ${r.sections}  条 ${r.articles}` +
        (r.message ? `\n    ${r.message}` : ''),
    );
    for (const u of r.unplaced)
      console.log(`    未能归位 unplaced, line ${u.line}: ${u.text.slice(0, 60)} (${u.reason})`);
  }
}

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
