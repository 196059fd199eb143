// Raw baselines for sign-in: scrypt with the server's parameters on the libuv pool, and PGlite round trips.
import { randomBytes, scrypt } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { PGlite } from '@electric-sql/pglite';
import { median } from './stats';

/** The parameters of server/src/platform/crypto/password-hash.ts (kept in step by hand). */
export const SCRYPT = { logN: 16, r: 8, p: 1, keyLength: 32 };

function hashOnce(logN: number): Promise<void> {
  const N = 2 ** logN;
  const { r, p, keyLength } = SCRYPT;
  return new Promise((resolve, reject) =>
    scrypt('Bench-Passw0rd!2026', randomBytes(16), keyLength, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }, (err) =>
      err ? reject(err) : resolve(),
    ),
  );
}

export interface ScryptFigures {
  concurrency: number;
  hashes: number;
  elapsedMs: number;
  hashesPerSecond: number;
  /** One hash alone, median of 3. */
  singleMs: number;
  /** One hash at N=2^17 (OWASP's minimum), median of 3: what raising the cost would mean here. */
  single17Ms: number;
}

export async function measureScrypt(
  durationMs: number,
  concurrency: number,
  maxHashes: number,
): Promise<ScryptFigures> {
  const timeOne = async (logN: number) => {
    const t = performance.now();
    await hashOnce(logN);
    return performance.now() - t;
  };
  await hashOnce(SCRYPT.logN); // warm-up
  const single: number[] = [];
  const single17: number[] = [];
  for (let i = 0; i < 3; i++) single.push(await timeOne(SCRYPT.logN));
  for (let i = 0; i < 3; i++) single17.push(await timeOne(17));

  let hashes = 0;
  const t0 = performance.now();
  const end = t0 + durationMs;
  const chain = async () => {
    while (performance.now() < end && hashes < maxHashes) {
      await hashOnce(SCRYPT.logN);
      hashes++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, chain));
  const elapsedMs = performance.now() - t0;
  return {
    concurrency,
    hashes,
    elapsedMs,
    hashesPerSecond: (hashes * 1000) / elapsedMs,
    singleMs: median(single),
    single17Ms: median(single17),
  };
}

export interface SelectFigures {
  queries: number;
  elapsedMs: number;
  perSecond: number;
}

/** Sequential `select 1` round trips on a PGlite data folder, in this process (no server running on it). */
export async function measureSelect1(pgDir: string, durationMs: number, maxQueries: number): Promise<SelectFigures> {
  const db = new PGlite(pgDir);
  try {
    for (let i = 0; i < 200; i++) await db.query('select 1');
    let queries = 0;
    const t0 = performance.now();
    const end = t0 + durationMs;
    while (queries < maxQueries && performance.now() < end) {
      await db.query('select 1');
      queries++;
    }
    const elapsedMs = performance.now() - t0;
    return { queries, elapsedMs, perSecond: (queries * 1000) / elapsedMs };
  } finally {
    await db.close();
  }
}
