// Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP) for second-factor sign-in,
// with the RFC 4648 base32 encoding authenticator apps use for secrets.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(data: Uint8Array, { padding = true }: { padding?: boolean } = {}): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of data) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32_ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1; // keep only the unread bits so the buffer never overflows
  }
  if (bits > 0) out += BASE32_ALPHABET[(buffer << (5 - bits)) & 31];
  if (padding) while (out.length % 8 !== 0) out += '=';
  return out;
}

/**
 * Decodes base32, forgiving what people do when typing a secret by hand: lower case, spaces,
 * hyphens and missing padding. Throws on any other character or an impossible length.
 */
export function base32Decode(text: string): Uint8Array {
  const clean = text.replace(/[\s-]/g, '').replace(/=+$/, '').toUpperCase();
  // 1, 3 and 6 leftover characters cannot come from whole bytes.
  if ([1, 3, 6].includes(clean.length % 8)) throw new Error('base32: invalid length');
  const out = new Uint8Array(Math.floor((clean.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const c of clean) {
    const value = BASE32_ALPHABET.indexOf(c);
    if (value < 0) throw new Error(`base32: invalid character ${JSON.stringify(c)}`);
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out[index++] = (buffer >>> (bits - 8)) & 0xff;
      bits -= 8;
    }
  }
  return out;
}

/** 160 random bits, the HMAC-SHA1 block-friendly size RFC 4226 recommends; base32 without padding. */
export function generateTotpSecret(): string {
  return base32Encode(randomBytes(20), { padding: false });
}

export type TotpAlgorithm = 'sha1' | 'sha256' | 'sha512';

export interface TotpOptions {
  /** Seconds per time step. */
  step?: number;
  digits?: number;
  algorithm?: TotpAlgorithm;
}

export interface TotpVerifyOptions extends TotpOptions {
  /** How many steps either side of the current one to accept, for clock drift and typing time. */
  window?: number;
}

/** RFC 4226 HOTP: dynamic truncation of HMAC(secret, counter) to `digits` decimal digits. */
function hotp(key: Uint8Array, counter: number, digits: number, algorithm: TotpAlgorithm): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm, key).update(message).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = ((mac[offset] & 0x7f) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
  return String(binary % 10 ** digits).padStart(digits, '0');
}

function timeStep(timeMs: number, step: number): number {
  if (!Number.isFinite(timeMs) || timeMs < 0) throw new RangeError('totp: time must be at or after the Unix epoch');
  return Math.floor(timeMs / 1000 / step);
}

function checkOptions(step: number, digits: number): void {
  if (!(step > 0)) throw new RangeError('totp: step must be positive');
  if (!Number.isInteger(digits) || digits < 6 || digits > 10) throw new RangeError('totp: digits must be 6–10');
}

export function totpCode(
  secretBase32: string,
  timeMs: number,
  { step = 30, digits = 6, algorithm = 'sha1' }: TotpOptions = {},
): string {
  checkOptions(step, digits);
  return hotp(base32Decode(secretBase32), timeStep(timeMs, step), digits, algorithm);
}

/**
 * Checks `code` against the steps within `window` of `timeMs` and returns the matching step
 * counter, or null. The caller stores the counter and refuses any later code whose counter is
 * not greater, so a code cannot be replayed inside its validity window.
 * Every candidate is compared, in constant time, so timing does not reveal which step matched.
 */
export function verifyTotp(
  secretBase32: string,
  code: string,
  timeMs: number,
  { window = 1, step = 30, digits = 6, algorithm = 'sha1' }: TotpVerifyOptions = {},
): number | null {
  checkOptions(step, digits);
  if (!Number.isInteger(window) || window < 0) throw new RangeError('totp: window must be a non-negative integer');
  const candidate = code.replace(/\s/g, '');
  if (!new RegExp(`^\\d{${digits}}$`).test(candidate)) return null;
  const key = base32Decode(secretBase32);
  const given = Buffer.from(candidate);
  const current = timeStep(timeMs, step);
  let matched: number | null = null;
  for (let counter = current - window; counter <= current + window; counter++) {
    if (counter < 0) continue;
    const expected = Buffer.from(hotp(key, counter, digits, algorithm));
    if (timingSafeEqual(expected, given) && matched === null) matched = counter;
  }
  return matched;
}

/** The Key URI Format understood by Google Authenticator, Microsoft Authenticator and 腾讯身份验证器. */
export function otpauthUrl({
  issuer,
  accountName,
  secret,
  step = 30,
  digits = 6,
  algorithm = 'sha1',
}: { issuer: string; accountName: string; secret: string } & TotpOptions): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(accountName)}`;
  const params = new URLSearchParams({
    secret: secret.replace(/=+$/, ''),
    issuer,
    algorithm: algorithm.toUpperCase(),
    digits: String(digits),
    period: String(step),
  });
  // URLSearchParams encodes spaces as '+', which some authenticator apps show literally.
  return `otpauth://totp/${label}?${params.toString().replace(/\+/g, '%20')}`;
}
