// Text with matched ranges wrapped in <mark>, built from [start, end) offsets (never from HTML).
import type { ReactNode } from 'react';

export type Range = readonly [number, number];

/** Sorted, clamped, merged ranges inside [0, length). */
export function normaliseRanges(ranges: readonly Range[], length: number): [number, number][] {
  const sorted = ranges
    .map(([s, e]): [number, number] => [Math.max(0, Math.min(s, length)), Math.max(0, Math.min(e, length))])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

const MARK_STYLE: React.CSSProperties = { background: '#ffe58f', padding: 0, borderRadius: 2, color: 'inherit' };

interface HighlightedTextProps {
  text: string;
  ranges: readonly Range[];
  /** Shorten long texts to a window around the first match. */
  maxLength?: number;
}

export function HighlightedText({ text, ranges, maxLength }: HighlightedTextProps) {
  let start = 0;
  let end = text.length;
  const all = normaliseRanges(ranges, text.length);
  if (maxLength && text.length > maxLength) {
    const first = all[0]?.[0] ?? 0;
    start = Math.max(0, Math.min(first - Math.floor(maxLength / 4), text.length - maxLength));
    end = Math.min(text.length, start + maxLength);
  }
  const parts: ReactNode[] = [];
  if (start > 0) parts.push('…');
  let at = start;
  for (const [s, e] of all) {
    if (e <= start || s >= end) continue;
    const from = Math.max(s, start);
    const to = Math.min(e, end);
    if (from > at) parts.push(text.slice(at, from));
    parts.push(
      <mark key={from} style={MARK_STYLE}>
        {text.slice(from, to)}
      </mark>,
    );
    at = to;
  }
  if (at < end) parts.push(text.slice(at, end));
  if (end < text.length) parts.push('…');
  return <>{parts}</>;
}
