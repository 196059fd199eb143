// The JavaScript the sign-in page loads: what headless Chromium fetches while visiting /login (the truth), with
// the entry script and modulepreload links of dist/web/index.html as a cross-check. Sizes are gzip -9 per file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CHROMIUM = '/usr/bin/chromium';

export interface JsFile {
  path: string;
  bytes: number;
  gzipBytes: number;
}

export interface SignInJs {
  /** Files the browser loaded for /login (empty when the browser could not run). */
  loaded: JsFile[];
  /** Entry script + modulepreload links of index.html. */
  entry: JsFile[];
  /** Why the browser figure is missing, if it is. */
  browserError: string | null;
}

function sizeOf(webDir: string, path: string): JsFile {
  const buf = readFileSync(join(webDir, path));
  return { path, bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length };
}

export function entryFiles(webDir: string): string[] {
  const html = readFileSync(join(webDir, 'index.html'), 'utf8');
  const files: string[] = [];
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    const src = /\ssrc="([^"]+)"/.exec(tag)?.[1];
    if (/\stype="module"/.test(tag) && src) files.push(src);
  }
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    const href = /\shref="([^"]+)"/.exec(tag)?.[1];
    if (/\srel="modulepreload"/.test(tag) && href) files.push(href);
  }
  return [...new Set(files.map((f) => f.replace(/^\//, '')))];
}

async function filesLoadedByBrowser(baseUrl: string): Promise<string[]> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    const seen = new Set<string>();
    page.on('response', (res) => {
      const u = new URL(res.url());
      const type = res.headers()['content-type'] ?? '';
      if (
        res.ok() &&
        u.origin === new URL(baseUrl).origin &&
        (/\.m?js$/.test(u.pathname) || type.includes('javascript'))
      ) {
        seen.add(decodeURIComponent(u.pathname).replace(/^\//, ''));
      }
    });
    await page.goto(`${baseUrl}/login`, { waitUntil: 'networkidle', timeout: 30_000 });
    // The form is drawn: whatever the page needs to be usable has been fetched.
    await page.waitForSelector('input[type="password"]', { timeout: 15_000 });
    await page.waitForLoadState('networkidle', { timeout: 10_000 });
    return [...seen];
  } finally {
    await browser.close();
  }
}

export async function measureSignInJs(rootDir: string, baseUrl: string): Promise<SignInJs> {
  const webDir = join(rootDir, 'dist', 'web');
  const entry = entryFiles(webDir).map((p) => sizeOf(webDir, p));
  let loaded: JsFile[] = [];
  let browserError: string | null = existsSync(CHROMIUM) ? null : `${CHROMIUM} is not installed`;
  // Two attempts: a slow, busy machine can miss the time limits once.
  for (let attempt = 1; attempt <= 2 && existsSync(CHROMIUM) && loaded.length === 0; attempt++) {
    try {
      loaded = (await filesLoadedByBrowser(baseUrl)).map((p) => sizeOf(webDir, p));
      browserError = null;
    } catch (err) {
      browserError = err instanceof Error ? err.message.split('\n')[0] : String(err);
    }
  }
  return { loaded, entry, browserError };
}

export const totalGzip = (files: JsFile[]) => files.reduce((a, f) => a + f.gzipBytes, 0);
export const totalBytes = (files: JsFile[]) => files.reduce((a, f) => a + f.bytes, 0);
