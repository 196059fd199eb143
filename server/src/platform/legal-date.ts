// Legal dates are Asia/Shanghai calendar dates (YYYY-MM-DD), whatever the server's own time zone.

/** The Asia/Shanghai calendar date of an instant: 2026-11-26T17:00Z → '2026-11-27'. */
export function shanghaiDate(at: Date): string {
  return at.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}
