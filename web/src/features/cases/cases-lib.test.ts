import { describe, expect, it } from 'vitest';
import { addDays, dueTone, thirdWorkingDayAfter, weekdaysAfter } from './deadline-status';
import { fenToYuanInput, formatFen, isYuanText, yuanToFen } from './money';

describe('money in fen', () => {
  it('shows fen as 元 with two decimals and separators', () => {
    expect(formatFen(0)).toBe('0.00');
    expect(formatFen(5)).toBe('0.05');
    expect(formatFen(20000)).toBe('200.00');
    expect(formatFen(123456789)).toBe('1,234,567.89');
    expect(formatFen(-150)).toBe('-1.50');
    expect(formatFen(null)).toBe('');
  });

  it('turns 元 text into fen without floating-point error', () => {
    expect(yuanToFen('0.1')).toBe(10);
    expect(yuanToFen('0.29')).toBe(29); // 0.29 * 100 = 28.999999999999996 as a float
    expect(yuanToFen('1,005.07')).toBe(100507);
    expect(yuanToFen('3000')).toBe(300000);
    expect(yuanToFen('')).toBeUndefined();
    expect(yuanToFen('1.234')).toBeNaN();
    expect(yuanToFen('-1')).toBeNaN();
    expect(isYuanText('12.5')).toBe(true);
    expect(isYuanText('abc')).toBe(false);
  });

  it('round-trips through the form value', () => {
    for (const fen of [0, 1, 99, 100, 20000, 300000, 123456789]) expect(yuanToFen(fenToYuanInput(fen))).toBe(fen);
  });
});

describe('due soon within 3 working days', () => {
  // 2026-10-01..07 is the National Day holiday; Saturday 2026-10-10 is a swapped working day.
  const days = [
    { date: '2026-09-30', working: true },
    { date: '2026-10-01', working: false },
    { date: '2026-10-02', working: false },
    { date: '2026-10-03', working: false },
    { date: '2026-10-04', working: false },
    { date: '2026-10-05', working: false },
    { date: '2026-10-06', working: false },
    { date: '2026-10-07', working: false },
    { date: '2026-10-08', working: true },
    { date: '2026-10-09', working: true },
    { date: '2026-10-10', working: true },
    { date: '2026-10-11', working: false },
  ];

  it('skips holidays and counts swapped working days', () => {
    expect(thirdWorkingDayAfter('2026-09-30', days)).toBe('2026-10-10');
    expect(thirdWorkingDayAfter('2026-10-09', days)).toBeNull();
  });

  it('falls back to weekdays', () => {
    // Thursday 2026-11-26 → Fri, Mon, Tue.
    expect(thirdWorkingDayAfter('2026-11-26', weekdaysAfter('2026-11-26', 14))).toBe('2026-12-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('marks past due red and the window orange', () => {
    expect(dueTone('2026-11-25', '2026-11-26', '2026-12-01')).toBe('overdue');
    expect(dueTone('2026-11-26', '2026-11-26', '2026-12-01')).toBe('soon');
    expect(dueTone('2026-12-01', '2026-11-26', '2026-12-01')).toBe('soon');
    expect(dueTone('2026-12-02', '2026-11-26', '2026-12-01')).toBe('normal');
    expect(dueTone('2026-12-02', '2026-11-26', '2026-12-01', true)).toBe('overdue');
  });
});
