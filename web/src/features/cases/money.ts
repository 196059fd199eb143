// Money is kept in fen (分), integers only (DESIGN §2.8): 元 typed in a form is turned into fen by splitting the
// string at the decimal point, never through a float, and fen are shown as 元 with two decimals the same way.

const YUAN_PATTERN = /^(\d{1,12})(?:\.(\d{0,2}))?$/;

/** '1,234.50' for 123450 fen; '' for null. */
export function formatFen(fen: number | null | undefined): string {
  if (fen === null || fen === undefined || !Number.isInteger(fen)) return '';
  const negative = fen < 0;
  const abs = String(Math.abs(fen)).padStart(3, '0');
  const yuan = abs.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${yuan}.${abs.slice(-2)}`;
}

/** 12345 fen → '123.45' (no separators: the value of a form field). */
export function fenToYuanInput(fen: number | null | undefined): string | undefined {
  if (fen === null || fen === undefined || !Number.isInteger(fen) || fen < 0) return undefined;
  const abs = String(fen).padStart(3, '0');
  return `${abs.slice(0, -2)}.${abs.slice(-2)}`;
}

/** '123.4' → 12340; '' or undefined → undefined; anything else (more than two decimals, signs, letters) → NaN. */
export function yuanToFen(value: string | number | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = String(value).trim().replace(/,/g, '');
  if (text === '') return undefined;
  const m = YUAN_PATTERN.exec(text);
  if (!m) return Number.NaN;
  const cents = (m[2] ?? '').padEnd(2, '0');
  return Number(m[1]) * 100 + Number(cents);
}

/** A form rule's check: empty, or 元 with at most two decimals. */
export const isYuanText = (value: unknown): boolean => {
  if (value === null || value === undefined || value === '') return true;
  const fen = yuanToFen(value as string);
  return fen !== undefined && Number.isInteger(fen);
};
