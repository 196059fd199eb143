import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { parseInt8, queryRows } from './client';
import { createTestContext } from '../../testing/test-context';

describe('bigint normalisation', () => {
  it('gives numbers for safe integers and BigInt beyond 2^53', () => {
    expect(parseInt8('42')).toBe(42);
    expect(parseInt8('-9007199254740991')).toBe(-9007199254740991);
    expect(parseInt8('9007199254740993')).toBe(9007199254740993n);
  });

  it('applies to both drivers the same way', async () => {
    const ctx = await createTestContext();
    try {
      const rows = await queryRows(
        ctx.db,
        sql`select 5::int8 as small, 9007199254740993::int8 as big, count(*) as n from (values (1),(2)) v(x)`,
      );
      expect(rows[0]).toEqual({ small: 5, big: 9007199254740993n, n: 2 });
    } finally {
      await ctx.close();
    }
  });
});

describe('the PGlite data folder lock', () => {
  it('refuses a second opener while the first process lives, and takes over a stale lock', async () => {
    const { mkdtempSync, writeFileSync, existsSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { lockDataFolder } = await import('./client');
    const dir = join(mkdtempSync(join(tmpdir(), 'xzzf-lock-')), 'pg');
    // A live process other than ours holds it: the parent of this test process.
    writeFileSync(`${dir}.lock`, String(process.ppid));
    expect(() => lockDataFolder(dir)).toThrow(/正被另一个进程/);
    // A dead one: a pid that cannot exist.
    writeFileSync(`${dir}.lock`, '2147483646');
    const release = lockDataFolder(dir);
    expect(existsSync(`${dir}.lock`)).toBe(true);
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });
});
