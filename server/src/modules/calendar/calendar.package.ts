// The national calendar as the chinese-days package (npm, 2004–2026 in 1.5.7) gives it, for seeding: holidays,
// swapped working days (调休上班) and the rest days gained by a swap (调休休息, "inLieuDays"), grouped by year, with
// the State Council notice of the years whose number we could check.
import { createRequire } from 'node:module';
import type { CalendarEntryKind } from '../../../../contracts/calendar';

const require = createRequire(import.meta.url);

interface PackageData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
  inLieuDays: Record<string, string>;
}

export interface PackageNotice {
  title: string;
  number: string | null;
  publishedOn: string | null;
}

/**
 * Notices checked against their published text (国务院办公厅, via 新华社). Other years carry the generic title and
 * no number: an administrator can complete them.
 */
export const KNOWN_NOTICES: Record<number, PackageNotice> = {
  2024: {
    title: '国务院办公厅关于2024年部分节假日安排的通知',
    number: '国办发明电〔2023〕7号',
    publishedOn: '2023-10-25',
  },
  2025: {
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    number: '国办发明电〔2024〕12号',
    publishedOn: '2024-11-12',
  },
  2026: {
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    number: '国办发明电〔2025〕7号',
    publishedOn: '2025-11-04',
  },
};

export const PACKAGE_SOURCE_NOTE = '据 chinese-days 数据包';

/** The package shortens some names (清明, 端午, 中秋); the notices use the full ones. */
const FULL_NAMES: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

export interface PackageEntry {
  date: string;
  kind: CalendarEntryKind;
  name: string;
  note: string | null;
}

export interface PackageYear {
  year: number;
  notice: PackageNotice;
  entries: PackageEntry[];
}

let cached: PackageYear[] | null = null;

/** Every year the package covers, with its entries (sorted by date). */
export function packageYears(): PackageYear[] {
  if (cached) return cached;
  const data = require('chinese-days/dist/chinese-days.json') as PackageData;
  const byYear = new Map<number, PackageEntry[]>();
  const add = (e: PackageEntry) => {
    const y = Number(e.date.slice(0, 4));
    if (!byYear.has(y)) byYear.set(y, []);
    byYear.get(y)!.push(e);
  };
  const nameOf = (v: string) => {
    const zh = v.split(',')[1] ?? v;
    return FULL_NAMES[zh] ?? zh;
  };
  for (const [date, v] of Object.entries(data.holidays)) {
    add({ date, kind: 'holiday', name: nameOf(v), note: data.inLieuDays[date] ? '调休休息' : null });
  }
  for (const [date, v] of Object.entries(data.workdays)) {
    add({ date, kind: 'workday', name: `${nameOf(v)}调休上班`, note: null });
  }
  cached = [...byYear.keys()]
    .sort((a, b) => a - b)
    .map((year) => ({
      year,
      notice: KNOWN_NOTICES[year] ?? {
        title: `国务院办公厅关于${year}年部分节假日安排的通知`,
        number: null,
        publishedOn: null,
      },
      entries: byYear.get(year)!.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    }));
  return cached;
}
