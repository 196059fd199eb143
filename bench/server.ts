// Starts `node bin/xzzf.mjs serve` as a child process on 127.0.0.1 and stops it.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sleep } from './stats';

export const BENCH_PASSWORD = 'Bench-Passw0rd!2026';
const START_TIMEOUT_MS = 60_000;

export interface RunningServer {
  pid: number;
  url: string;
  /** Milliseconds from spawn to the first 200 of GET /api/health. */
  startMs: number;
  /** Resident memory of the server process right after start, in bytes. */
  rssAfterStart: number;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** VmRSS of a process, in bytes (0 when it cannot be read). */
export function rssOf(pid: number): number {
  try {
    const kb = /^VmRSS:\s*(\d+)\s*kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** GET a URL on 127.0.0.1 without keep-alive; resolves with the status code, or 0 when the connection fails. */
export function getStatus(url: string, timeoutMs = 2000): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(0));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** The environment of the server under test: production parameters, quiet logs, sign-in rate limit lifted. */
export function serverEnv(port: number, dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    XZZF_DATA_DIR: dataDir,
    XZZF_DEMO_PASSWORD: BENCH_PASSWORD,
    LOG_LEVEL: 'warn',
    // The per-IP/username sign-in limit (10 a minute) would otherwise turn the load test into a 429 test.
    XZZF_LOGIN_RATE_LIMIT: '100000',
  };
  delete env.DATABASE_URL;
  delete env.XZZF_SCRYPT_LOG_N; // the production scrypt cost, not the tests' lower one
  return env;
}

export async function startServer(rootDir: string, dataDir: string): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const t0 = performance.now();
  const child = spawn(process.execPath, [join(rootDir, 'bin', 'xzzf.mjs'), 'serve'], {
    cwd: rootDir,
    env: serverEnv(port, dataDir),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);

  let startMs = NaN;
  while (performance.now() - t0 < START_TIMEOUT_MS) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    if ((await getStatus(`${url}/api/health`, 1000)) === 200) {
      startMs = performance.now() - t0;
      break;
    }
    await sleep(5);
  }
  const rssAfterStart = rssOf(child.pid!);
  const stop = async () => {
    child.kill('SIGTERM');
    if (!(await waitForExit(child, 20_000))) {
      child.kill('SIGKILL');
      await waitForExit(child, 5_000);
    }
  };
  if (Number.isNaN(startMs)) {
    await stop();
    throw new Error(
      `server did not answer /api/health within ${START_TIMEOUT_MS} ms (exit ${child.exitCode}):\n${output}`,
    );
  }
  return { pid: child.pid!, url, startMs, rssAfterStart, stop };
}

/**
 * Milliseconds from spawning `node <args>` until it prints `marker` on stdout (or until it exits, when marker is
 * null). Waits for the process to exit either way, so that runs on one data folder never overlap.
 */
export async function timeSpawn(
  rootDir: string,
  args: string[],
  marker: string | null,
  timeoutMs = 60_000,
): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { cwd: rootDir, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let markedAt = NaN;
  child.stdout!.on('data', (c: Buffer) => {
    out += c.toString();
    if (marker && Number.isNaN(markedAt) && out.includes(marker)) markedAt = performance.now() - t0;
  });
  child.stderr!.on('data', (c: Buffer) => (err = (err + c.toString()).slice(-4000)));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  const exitedAt = performance.now() - t0;
  if (code !== 0) throw new Error(`node ${args.join(' ')}: exit ${code}\n${err}`);
  if (marker && Number.isNaN(markedAt)) throw new Error(`node ${args.join(' ')}: never printed ${marker}`);
  return marker ? markedAt : exitedAt;
}
