// Dates are shown in the platform's time zone (Asia/Shanghai) whatever the browser's own zone is.

const TIME_ZONE = 'Asia/Shanghai';

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function parts(date: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of dateTimeFormat.formatToParts(date)) out[p.type] = p.value;
  return out;
}

/** 'YYYY-MM-DD HH:mm:ss' in Asia/Shanghai; '' for an empty or unparseable value. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '';
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const p = parts(date);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** 'YYYY-MM-DD' in Asia/Shanghai. */
export function formatDate(value: string | Date | null | undefined): string {
  return formatDateTime(value).slice(0, 10);
}

/**
 * A wall-clock time picked in the UI ('YYYY-MM-DD HH:mm:ss'), read as Shanghai time, as an ISO string with offset.
 * China keeps no daylight saving time, so the offset is always +08:00.
 */
export function shanghaiWallClockToIso(wallClock: string): string {
  return `${wallClock.replace(' ', 'T')}+08:00`;
}

export function isFuture(value: string | null | undefined, now = Date.now()): boolean {
  return !!value && new Date(value).getTime() > now;
}

const BROWSERS: [RegExp, string][] = [
  [/Edg\/(\d+)/, 'Edge'],
  [/Firefox\/(\d+)/, 'Firefox'],
  [/(?:Chrome|Chromium)\/(\d+)/, 'Chrome'],
  [/Version\/(\d+).*Safari/, 'Safari'],
  [/curl\/([\d.]+)/, 'curl'],
];
const SYSTEMS: [RegExp, string][] = [
  [/Windows/, 'Windows'],
  [/Android/, 'Android'],
  [/iPhone|iPad/, 'iOS'],
  [/Mac OS X/, 'macOS'],
  [/Linux/, 'Linux'],
];

/** "Chrome 126 · Windows" from a user-agent string; the full string goes in a tooltip. */
export function summariseUserAgent(ua: string | null | undefined): string {
  if (!ua) return '';
  let browser: string | null = null;
  for (const [pattern, name] of BROWSERS) {
    const m = pattern.exec(ua);
    if (m) {
      browser = `${name} ${m[1]}`;
      break;
    }
  }
  const os = SYSTEMS.find(([pattern]) => pattern.test(ua))?.[1];
  if (browser) return os ? `${browser} · ${os}` : browser;
  return ua.length > 28 ? `${ua.slice(0, 28)}…` : ua;
}
