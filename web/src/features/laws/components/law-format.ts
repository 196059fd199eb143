// Small helpers shared by the law library's components.
import type { LawView } from '../../../../../contracts/law';
import { formatDate } from '../../../lib/format';

/** 'YYYY-MM-DD' from a date or timestamp string; '' when absent. */
export const day = (value: string | null | undefined): string =>
  !value ? '' : /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : formatDate(value);

export const STATUS_COLORS: Record<LawView['versions'][number]['status'], string> = {
  in_force: 'green',
  amended: 'orange',
  repealed: 'default',
  not_yet_in_force: 'blue',
};

export const LEVEL_COLORS: Record<LawView['level'], string> = {
  law: 'geekblue',
  administrative_regulation: 'purple',
  local_regulation: 'cyan',
  rule: 'gold',
  normative_document: 'lime',
  other: 'default',
};

/** The version opened when a law is picked from the list: the one in force, else the newest. */
export function defaultVersion(law: LawView): LawView['versions'][number] | undefined {
  const newestFirst = [...law.versions].sort((a, b) => b.versionDate.localeCompare(a.versionDate));
  return newestFirst.find((v) => v.status === 'in_force') ?? newestFirst[0];
}
