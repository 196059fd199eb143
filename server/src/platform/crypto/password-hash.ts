// Password hashing with scrypt (RFC 7914). The parameters are stored in each hash, so they can be raised later
// and old hashes still verify; `needsRehash` tells when to upgrade at the next sign-in.
//
// Default N=2^16, r=8, p=1: 64 MiB and about 0.2 s per hash on the 2-core reference machine. Memory hardness
// is what resists GPU/ASIC guessing, so N is raised before p; 0.2 s keeps a sign-in responsive and lets a
// 2-core server take ~10 sign-ins per second (docs/benchmarks.md). Tests may lower N with XZZF_SCRYPT_LOG_N.
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const KEY_LENGTH = 32;
const DEFAULT = { logN: 16, r: 8, p: 1 };

function params() {
  const logN = Number(process.env.XZZF_SCRYPT_LOG_N ?? DEFAULT.logN);
  return { logN: Number.isInteger(logN) && logN >= 10 && logN <= 20 ? logN : DEFAULT.logN, r: DEFAULT.r, p: DEFAULT.p };
}

function scrypt(password: string, salt: Buffer, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(password.normalize('NFC'), salt, KEY_LENGTH, opts, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const { logN, r, p } = params();
  const salt = randomBytes(16);
  const N = 2 ** logN;
  const key = await scrypt(password, salt, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
  return `scrypt$${logN}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [logN, r, p] = parts.slice(1, 4).map(Number);
  const salt = Buffer.from(parts[4], 'base64');
  const expected = Buffer.from(parts[5], 'base64');
  const N = 2 ** logN;
  const key = await scrypt(password, salt, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

export function needsRehash(stored: string): boolean {
  const [, logN] = stored.split('$');
  return Number(logN) < params().logN;
}

/** A hash of a random password: compared against when the username is unknown, so timing does not tell. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}
