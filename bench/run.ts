// `npm run bench`: start time, sign-in throughput, sign-in page JavaScript, the law library, personnel reads and case
// steps, each with a raw baseline measured in the same run; prints a table and rewrites today's section of docs/benchmarks.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureScrypt, measureSelect1 } from './baselines';
import { runLoad } from './load';
import { describeMachine } from './machine';
import { markdownSection, textTable, writeDoc, type Results } from './report';
import { BENCH_PASSWORD, rssOf, startServer, type RunningServer } from './server';
import { measureStart } from './start-time';
import { measureSignInJs } from './web-size';
import { lawsMarkdown, lawsText, measureLaws } from './laws';
import { casesMarkdown, casesText, measureCases } from './cases';
import {
  measurePersonnel,
  measureRawOfficersPage,
  personnelMarkdown,
  personnelText,
  type PersonnelBench,
} from './personnel';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 5;
const LOGIN = { username: 'supervisor', concurrency: 20, durationMs: 15_000, maxRequests: 5_000 };
const HEALTH = { concurrency: 20, durationMs: 3_000, maxRequests: 200_000 };
const SCRYPT = { concurrency: 4, durationMs: 6_000, maxHashes: 500 };
const SELECT1 = { durationMs: 3_000, maxQueries: 500_000 };

const step = (m: string) => console.error(`bench: ${m} (load ${loadavg()[0].toFixed(1)})`);

/** Today in Asia/Shanghai, where the platform's dates live. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

async function main(): Promise<void> {
  // Before any work of ours: the load the machine carried anyway.
  const loadBefore = loadavg()[0];
  const workDir = mkdtempSync(join(tmpdir(), 'xzzf-bench-'));
  let server: RunningServer | null = null;
  try {
    const machine = describeMachine();

    step(`start time: node -e 0, cold and warm starts, PGlite alone (${RUNS} runs each)`);
    const start = await measureStart(ROOT, workDir, RUNS);

    step(`baseline: PGlite select 1, ${SELECT1.durationMs / 1000} s`);
    const select1 = await measureSelect1(join(start.existingDir, 'pg'), SELECT1.durationMs, SELECT1.maxQueries);

    step('server (warm) for the load tests');
    server = await startServer(ROOT, start.existingDir);
    const loginUrl = `${server.url}/api/auth/login`;
    const body = { username: LOGIN.username, password: BENCH_PASSWORD };
    const probe = await fetch(loginUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (probe.status !== 200) throw new Error(`sign-in probe answered ${probe.status}: ${await probe.text()}`);

    step(`baseline: GET /api/health, ${HEALTH.concurrency} clients, ${HEALTH.durationMs / 1000} s`);
    const health = await runLoad({ url: `${server.url}/api/health`, method: 'GET', ...HEALTH });

    // Measured with the server up and idle, right before the sign-in load: the same conditions.
    step(`baseline: scrypt, ${SCRYPT.concurrency} concurrent, ${SCRYPT.durationMs / 1000} s`);
    const scrypt = await measureScrypt(SCRYPT.durationMs, SCRYPT.concurrency, SCRYPT.maxHashes);

    step(`sign-in: ${LOGIN.concurrency} clients, ${LOGIN.durationMs / 1000} s`);
    const login = await runLoad({ url: loginUrl, method: 'POST', body, ...LOGIN });
    const rssAfterLoad = rssOf(server.pid);

    step('sign-in page JavaScript (headless Chromium on /login)');
    const js = await measureSignInJs(ROOT, server.url);
    step('personnel reads: officers list, search, indicators, certificate alerts');
    const personnelReads = await measurePersonnel(server.url);
    await server.stop();
    server = null;
    step('baseline: the officers page query on PGlite alone');
    const personnel: PersonnelBench = {
      ...personnelReads,
      rawPage: await measureRawOfficersPage(join(start.existingDir, 'pg'), 3_000),
    };
    step('law library: import of the statutes, article search');
    const lawsBench = await measureLaws(ROOT);
    step('case steps: repeatable steps, the general procedure, a hot case, raw transactions (PGlite, PostgreSQL)');
    const casesBench = await measureCases(step);
    step('done');

    const results: Results = {
      date: today(),
      command: 'npm run bench',
      machine,
      runs: RUNS,
      start,
      scrypt,
      select1,
      health: { ...health, concurrency: HEALTH.concurrency },
      login: { ...login, concurrency: LOGIN.concurrency, username: LOGIN.username },
      rssAfterLoad,
      js,
      loadBefore,
    };
    console.log(`\nxzzf benchmarks ${results.date} — ${machine.nproc} × ${machine.cpuModel}, Node ${machine.node}\n`);
    console.log(textTable(results));
    console.log(lawsText(lawsBench));
    console.log(personnelText(personnel));
    console.log(casesText(casesBench));
    if (js.browserError) console.log(`\n(browser: ${js.browserError}; sign-in JS counted from index.html only)`);
    const doc = join(ROOT, 'docs', 'benchmarks.md');
    await writeDoc(
      doc,
      results.date,
      markdownSection(results) + lawsMarkdown(lawsBench) + personnelMarkdown(personnel) + casesMarkdown(casesBench),
    );
    console.log(`\nwritten: docs/benchmarks.md (section ${results.date})`);
  } finally {
    if (server) await server.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
