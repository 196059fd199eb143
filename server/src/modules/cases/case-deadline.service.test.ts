// The suspensions that bear on a deadline: clipped to its start, those over before it left out (the engine refuses
// a suspension that begins before the period does).
import { describe, expect, it } from 'vitest';
import { suspensionsFrom } from './case-deadline.service';

describe('suspensionsFrom', () => {
  const rows = [
    { fromOn: '2026-03-01', toOn: '2026-03-10', reason: '检测' },
    { fromOn: '2026-04-01', toOn: '2026-04-20', reason: '鉴定' },
    { fromOn: '2026-06-01', toOn: null, reason: '中止' },
  ];

  it('drops suspensions over before the start and clips one that straddles it', () => {
    expect(suspensionsFrom('2026-04-05', rows)).toEqual([
      { from: '2026-04-05', to: '2026-04-20', reason: '鉴定' },
      { from: '2026-06-01', to: null, reason: '中止' },
    ]);
  });

  it('keeps every suspension of a period that began before them', () => {
    expect(suspensionsFrom('2026-02-01', rows).map((s) => s.from)).toEqual(['2026-03-01', '2026-04-01', '2026-06-01']);
  });

  it('drops one that ended on the start day (the period runs again that day)', () => {
    expect(suspensionsFrom('2026-03-10', rows).map((s) => s.from)).toEqual(['2026-04-01', '2026-06-01']);
  });
});
