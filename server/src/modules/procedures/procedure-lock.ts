// A published procedure version never changes silently: definitions.lock.json holds the SM3 digest of each
// (code, version)'s canonical JSON, and procedure-lock.test.ts fails when a definition no longer matches it.
// Adding a version: `npx tsx server/src/modules/procedures/procedure-lock.ts --write` records the new entries and
// refuses to touch an existing one; `--relock code@N --write` re-records a version not yet released (docs/procedures.md).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ProcedureDefinition } from '../../../../contracts/procedure';

export const LOCK_FILE = fileURLToPath(new URL('./definitions.lock.json', import.meta.url));

/** JSON with object keys sorted at every level and undefined fields left out: the same data, the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** SM3 (GB/T 32905) of the canonical JSON, hex. */
export function definitionDigest(def: ProcedureDefinition): string {
  return createHash('sm3').update(canonicalJson(def), 'utf8').digest('hex');
}

export const lockKey = (def: Pick<ProcedureDefinition, 'code' | 'version'>) => `${def.code}@${def.version}`;

export interface LockFile {
  algorithm: 'sm3';
  /** `code@version` → digest. */
  definitions: Record<string, string>;
}

export function readLock(path = LOCK_FILE): LockFile {
  return JSON.parse(readFileSync(path, 'utf8')) as LockFile;
}

export interface LockCheck {
  /** Locked versions whose definition changed. */
  changed: string[];
  /** Versions not yet in the lock file. */
  unlocked: string[];
  /** Locked versions that no longer exist (a published version may not be removed: cases still use it). */
  removed: string[];
}

export function checkLock(defs: readonly ProcedureDefinition[], lock: LockFile): LockCheck {
  const current = new Map(defs.map((d) => [lockKey(d), definitionDigest(d)]));
  return {
    changed: [...current]
      .filter(([k, h]) => lock.definitions[k] !== undefined && lock.definitions[k] !== h)
      .map(([k]) => k),
    unlocked: [...current.keys()].filter((k) => lock.definitions[k] === undefined),
    removed: Object.keys(lock.definitions).filter((k) => !current.has(k)),
  };
}

/** The lock with the new versions added; existing entries are never rewritten. */
export function extendLock(defs: readonly ProcedureDefinition[], lock: LockFile): LockFile {
  const definitions = { ...lock.definitions };
  for (const d of defs) definitions[lockKey(d)] ??= definitionDigest(d);
  const sorted = Object.fromEntries(Object.entries(definitions).sort(([a], [b]) => a.localeCompare(b)));
  return { algorithm: 'sm3', definitions: sorted };
}

async function main(args: string[]): Promise<number> {
  const { PROCEDURES } = await import('./procedure-catalogue');
  const lock = readLock();
  // `--relock code@N`: forget one entry so that --write records it again. Only for a version never released (no case
  // anywhere can have begun on it); after release a change is a new version.
  const relock = args.indexOf('--relock');
  if (relock >= 0 && args[relock + 1]) delete lock.definitions[args[relock + 1]];
  const check = checkLock(PROCEDURES, lock);
  for (const k of check.changed)
    console.error(`${k}: changed after it was locked — make a new version instead (docs/procedures.md)`);
  for (const k of check.removed) console.error(`${k}: locked but no longer defined — published versions stay`);
  for (const k of check.unlocked) console.log(`${k}: not locked yet${args.includes('--write') ? ' — locked now' : ''}`);
  if (args.includes('--write') && (check.unlocked.length > 0 || relock >= 0))
    writeFileSync(LOCK_FILE, `${JSON.stringify(extendLock(PROCEDURES, lock), null, 2)}\n`);
  return check.changed.length + check.removed.length > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
