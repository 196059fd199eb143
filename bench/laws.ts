// The law library: import time of the fifteen statutes in shared/data/laws, and article-search latency over them,
// with the raw query (the same substring match in plain SQL) on the same database as the baseline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../server/src/platform/db/client';
import { migrateDatabase } from '../server/src/platform/db/migrate';
import { pgliteTemplatePath } from '../server/src/platform/runtime';
import type { AppContext } from '../server/src/platform/context';
import { loadConfig } from '../server/src/platform/config';
import { importLawPath } from '../server/src/modules/laws/law-import.service';
import { searchLaws } from '../server/src/modules/laws/law.service';
import { median, percentile } from './stats';

export const SEARCH_QUERIES = [
  '法制审核',
  '罚款',
  '听证',
  '食品',
  '野生动物',
  '责令停产停业',
  '吊销许可证',
  '行政复议',
  '没收违法所得',
  '草原',
];

export interface LawsBench {
  files: number;
  articles: number;
  importMs: number[];
  searchMs: number[];
  rawMs: number[];
  rounds: number;
}

async function freshContext(rootDir: string): Promise<AppContext> {
  const config = loadConfig();
  const database = await openDatabase({ pgliteLoad: new Blob([readFileSync(pgliteTemplatePath(rootDir))]) });
  await migrateDatabase(database, rootDir);
  await database.useAppRole();
  return {
    config,
    database,
    db: database.db,
    dataKey: { enc: Buffer.alloc(16), mac: Buffer.alloc(16) },
    now: () => new Date(),
  };
}

/** Imports the folder into `runs` fresh in-memory databases (PGlite from the migrated template); then searches. */
export async function measureLaws(rootDir: string, runs = 3, rounds = 20): Promise<LawsBench> {
  const dir = join(rootDir, '..', 'shared', 'data', 'laws');
  const importMs: number[] = [];
  let ctx: AppContext | null = null;
  let files = 0;
  let articles = 0;
  for (let i = 0; i < runs; i++) {
    if (ctx) await ctx.database.close();
    ctx = await freshContext(rootDir);
    const t = performance.now();
    const reports = await importLawPath(ctx, dir);
    importMs.push(performance.now() - t);
    files = reports.length;
    articles = reports.reduce((n, r) => n + r.articles, 0);
  }
  const searchMs: number[] = [];
  const rawMs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of SEARCH_QUERIES) {
      let t = performance.now();
      await searchLaws(ctx!.db, q, 50);
      searchMs.push(performance.now() - t);
      t = performance.now();
      await ctx!.db.execute(sql`select a.seq, a.text from law_articles a where a.text like ${`%${q}%`} limit 50`);
      rawMs.push(performance.now() - t);
    }
  }
  await ctx!.database.close();
  return { files, articles, importMs, searchMs, rawMs, rounds };
}

const ms = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;

export function lawsText(b: LawsBench): string {
  return [
    `law import (${b.files} files, ${b.articles} articles)   ${ms(median(b.importMs))} median of ${b.importMs.length}`,
    `law search p50 / p95 (${b.searchMs.length} queries)     ${ms(percentile(b.searchMs, 50))} / ${ms(percentile(b.searchMs, 95))}`,
    `baseline: raw LIKE query p50 / p95             ${ms(percentile(b.rawMs, 50))} / ${ms(percentile(b.rawMs, 95))}`,
  ].join('\n');
}

export function lawsMarkdown(b: LawsBench): string {
  return `
### Law library

Import: \`importLawPath\` over the ${b.files} statutes in \`shared/data/laws\` (${b.articles} articles), each run into a
fresh in-memory PGlite started from the migrated template, in the bench process. Search: \`searchLaws\` (title or
article text contains the words, in-force versions first, 50 hits with highlight ranges and the total count) for
${SEARCH_QUERIES.length} queries (${SEARCH_QUERIES.join('、')}) × ${b.rounds} rounds; the baseline is the bare
\`where text like '%…%' limit 50\` on the same database in the same run.

| | p50 / median | p95 | samples |
| --- | ---: | ---: | ---: |
| import of the ${b.files} statutes | ${ms(median(b.importMs))} | ${ms(Math.max(...b.importMs))} (max) | ${b.importMs.length} |
| article search (service) | ${ms(percentile(b.searchMs, 50))} | ${ms(percentile(b.searchMs, 95))} | ${b.searchMs.length} |
| baseline: raw \`LIKE\` query | ${ms(percentile(b.rawMs, 50))} | ${ms(percentile(b.rawMs, 95))} | ${b.rawMs.length} |
`;
}
