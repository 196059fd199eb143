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
