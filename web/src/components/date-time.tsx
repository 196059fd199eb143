import { formatDateTime } from '../lib/format';

/** A timestamp in Asia/Shanghai, or a dash when there is none. */
export function DateTime({ value, empty = '—' }: { value: string | null | undefined; empty?: string }) {
  if (!value) return <span className="xz-muted">{empty}</span>;
  return <span style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{formatDateTime(value)}</span>;
}
