import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  base32Decode,
  base32Encode,
  generateTotpSecret,
  otpauthUrl,
  totpCode,
  verifyTotp,
  type TotpAlgorithm,
} from './totp';

const ascii = (s: string) => new TextEncoder().encode(s);
const SHA1_SECRET = base32Encode(ascii('12345678901234567890'));
const SHA256_SECRET = base32Encode(ascii('12345678901234567890123456789012'));
const SHA512_SECRET = base32Encode(ascii('1234567890'.repeat(6) + '1234'));

describe('base32 (RFC 4648 §10 test vectors)', () => {
  it.each([
    ['', ''],
    ['f', 'MY======'],
    ['fo', 'MZXQ===='],
    ['foo', 'MZXW6==='],
    ['foob', 'MZXW6YQ='],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI======'],
  ])('%j ↔ %j', (plain, encoded) => {
    expect(base32Encode(ascii(plain))).toBe(encoded);
    expect(new TextDecoder().decode(base32Decode(encoded))).toBe(plain);
  });

  it('encodes without padding on request', () => {
    expect(base32Encode(ascii('foobar'), { padding: false })).toBe('MZXW6YTBOI');
  });

  it('decodes what people type: lower case, spaces, hyphens, no padding', () => {
    expect(new TextDecoder().decode(base32Decode('mzxw 6ytb-oi'))).toBe('foobar');
  });

  it('rejects characters outside the alphabet', () => {
    expect(() => base32Decode('MZXW6YT1')).toThrow(/invalid character/);
    expect(() => base32Decode('MZXW6YT8')).toThrow(/invalid character/);
    expect(() => base32Decode('MZ=XW6YT')).toThrow(/invalid character/);
  });

  it('rejects lengths no byte string encodes to', () => {
    expect(() => base32Decode('M')).toThrow(/invalid length/);
    expect(() => base32Decode('MZX')).toThrow(/invalid length/);
    expect(() => base32Decode('MZXW6Y')).toThrow(/invalid length/);
  });

  it('round-trips any bytes, padded or not (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.boolean(), (bytes, padding) => {
        const encoded = base32Encode(bytes, { padding });
        expect(encoded).toMatch(padding ? /^[A-Z2-7]*=*$/ : /^[A-Z2-7]*$/);
        if (padding) expect(encoded.length % 8).toBe(0);
        expect(Array.from(base32Decode(encoded))).toEqual(Array.from(bytes));
        expect(Array.from(base32Decode(encoded.toLowerCase()))).toEqual(Array.from(bytes));
      }),
    );
  });
});

describe('generateTotpSecret', () => {
  it('is 20 random bytes as 32 base32 characters', () => {
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
  });

  it('differs every time', () => {
    const secrets = new Set(Array.from({ length: 50 }, generateTotpSecret));
    expect(secrets.size).toBe(50);
  });
});

describe('totpCode (RFC 6238 Appendix B)', () => {
  // [unix seconds, SHA1, SHA256, SHA512]
  const vectors: Array<[number, string, string, string]> = [
    [59, '94287082', '46119246', '90693936'],
    [1111111109, '07081804', '68084774', '25091201'],
    [1111111111, '14050471', '67062674', '99943326'],
    [1234567890, '89005924', '91819424', '93441116'],
    [2000000000, '69279037', '90698825', '38618901'],
    [20000000000, '65353130', '77737706', '47863826'],
  ];

  it.each(vectors)('at %i s: SHA1 %s', (seconds, sha1) => {
    expect(totpCode(SHA1_SECRET, seconds * 1000, { digits: 8 })).toBe(sha1);
    expect(totpCode(SHA1_SECRET, seconds * 1000, { digits: 8, algorithm: 'sha1', step: 30 })).toBe(sha1);
  });

  it.each(vectors)('at %i s: SHA256 %s, SHA512 %s', (seconds, _sha1, sha256, sha512) => {
    expect(totpCode(SHA256_SECRET, seconds * 1000, { digits: 8, algorithm: 'sha256' })).toBe(sha256);
    expect(totpCode(SHA512_SECRET, seconds * 1000, { digits: 8, algorithm: 'sha512' })).toBe(sha512);
  });

  it('defaults to 6 digits: the last six of the 8-digit value', () => {
    expect(totpCode(SHA1_SECRET, 59_000)).toBe('287082');
    expect(totpCode(SHA1_SECRET, 1111111109_000)).toBe('081804'); // keeps the leading zero
  });

  it('is constant within a step and changes at its boundary', () => {
    expect(totpCode(SHA1_SECRET, 30_000)).toBe(totpCode(SHA1_SECRET, 59_999));
    expect(totpCode(SHA1_SECRET, 59_999)).not.toBe(totpCode(SHA1_SECRET, 60_000));
  });

  it('honours a custom step', () => {
    expect(totpCode(SHA1_SECRET, 118_000, { step: 60, digits: 8 })).toBe(totpCode(SHA1_SECRET, 59_000, { digits: 8 }));
  });

  it('rejects nonsensical options', () => {
    expect(() => totpCode(SHA1_SECRET, 0, { digits: 5 })).toThrow(RangeError);
    expect(() => totpCode(SHA1_SECRET, 0, { digits: 11 })).toThrow(RangeError);
    expect(() => totpCode(SHA1_SECRET, 0, { step: 0 })).toThrow(RangeError);
    expect(() => totpCode(SHA1_SECRET, -1)).toThrow(RangeError);
    expect(() => totpCode(SHA1_SECRET, Number.NaN)).toThrow(RangeError);
  });

  it('always gives exactly `digits` decimal digits (property)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 10, maxLength: 40 }),
        fc.integer({ min: 0, max: 4_102_444_800_000 }),
        fc.integer({ min: 6, max: 10 }),
        fc.constantFrom<TotpAlgorithm>('sha1', 'sha256', 'sha512'),
        (key, timeMs, digits, algorithm) => {
          expect(totpCode(base32Encode(key), timeMs, { digits, algorithm })).toMatch(new RegExp(`^\\d{${digits}}$`));
        },
      ),
    );
  });
});

describe('verifyTotp', () => {
  const now = 1_700_000_015_000; // mid-step
  const counter = Math.floor(now / 30_000);

  it('returns the counter of the current step', () => {
    expect(verifyTotp(SHA1_SECRET, totpCode(SHA1_SECRET, now), now)).toBe(counter);
  });

  it('accepts one step either side by default and reports which', () => {
    expect(verifyTotp(SHA1_SECRET, totpCode(SHA1_SECRET, now - 30_000), now)).toBe(counter - 1);
    expect(verifyTotp(SHA1_SECRET, totpCode(SHA1_SECRET, now + 30_000), now)).toBe(counter + 1);
  });

  it('refuses codes outside the window', () => {
    expect(verifyTotp(SHA1_SECRET, totpCode(SHA1_SECRET, now - 60_000), now)).toBeNull();
    expect(verifyTotp(SHA1_SECRET, totpCode(SHA1_SECRET, now + 60_000), now)).toBeNull();
  });

  it('with window 0 accepts only the current step', () => {
    expect(verifyTotp(SHA1_SECRET, totpCode(SHA1_SECRET, now), now, { window: 0 })).toBe(counter);
    expect(verifyTotp(SHA1_SECRET, totpCode(SHA1_SECRET, now - 30_000), now, { window: 0 })).toBeNull();
  });

  it('with a wider window accepts further drift', () => {
    expect(verifyTotp(SHA1_SECRET, totpCode(SHA1_SECRET, now - 60_000), now, { window: 2 })).toBe(counter - 2);
  });

  it('lets the caller refuse re-use: the same code maps to the same counter later in the window', () => {
    const code = totpCode(SHA1_SECRET, now);
    const first = verifyTotp(SHA1_SECRET, code, now);
    const replay = verifyTotp(SHA1_SECRET, code, now + 30_000);
    expect(first).toBe(counter);
    expect(replay).toBe(first);
  });

  it('verifies the RFC vectors with 8 digits', () => {
    expect(verifyTotp(SHA1_SECRET, '94287082', 59_000, { digits: 8 })).toBe(1);
    expect(verifyTotp(SHA256_SECRET, '46119246', 59_000, { digits: 8, algorithm: 'sha256' })).toBe(1);
  });

  it('never matches a negative counter near the epoch', () => {
    expect(verifyTotp(SHA1_SECRET, totpCode(SHA1_SECRET, 0), 0)).toBe(0);
  });

  it('ignores spaces people type inside the code', () => {
    const code = totpCode(SHA1_SECRET, now);
    expect(verifyTotp(SHA1_SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, now)).toBe(counter);
  });

  it.each(['', '12345', '1234567', 'abcdef', '12345a', '１２３４５６'])('rejects malformed code %j', (code) => {
    expect(verifyTotp(SHA1_SECRET, code, now)).toBeNull();
  });

  it('rejects a negative window', () => {
    expect(() => verifyTotp(SHA1_SECRET, '123456', now, { window: -1 })).toThrow(RangeError);
  });

  it('accepts its own codes at any time and refuses them with another secret (property)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 20, maxLength: 20 }),
        fc.uint8Array({ minLength: 20, maxLength: 20 }),
        fc.integer({ min: 60_000, max: 4_102_444_800_000 }),
        fc.integer({ min: -1, max: 1 }),
        (key, otherKey, timeMs, drift) => {
          const secret = base32Encode(key);
          const code = totpCode(secret, timeMs + drift * 30_000);
          const expected = Math.floor((timeMs + drift * 30_000) / 30_000);
          const matched = verifyTotp(secret, code, timeMs);
          // Another step may produce the same six digits (1 in a million), so accept any in-window counter.
          expect(matched).not.toBeNull();
          expect(Math.abs(matched! - Math.floor(timeMs / 30_000))).toBeLessThanOrEqual(1);
          if (matched !== expected) expect(totpCode(secret, matched! * 30_000)).toBe(code);
          fc.pre(Buffer.compare(Buffer.from(key), Buffer.from(otherKey)) !== 0);
          const other = verifyTotp(base32Encode(otherKey), code, timeMs);
          if (other !== null) expect(totpCode(base32Encode(otherKey), other * 30_000)).toBe(code);
        },
      ),
    );
  });
});

describe('otpauthUrl', () => {
  it('builds the key URI with an encoded label and defaults', () => {
    const url = otpauthUrl({ issuer: '香格里拉执法监督', accountName: 'zhang san', secret: 'JBSWY3DPEHPK3PXP' });
    expect(url.startsWith('otpauth://totp/')).toBe(true);
    const parsed = new URL(url);
    expect(parsed.host).toBe('totp');
    expect(decodeURIComponent(parsed.pathname.replace(/^\//, ''))).toBe('香格里拉执法监督:zhang san');
    expect(parsed.searchParams.get('secret')).toBe('JBSWY3DPEHPK3PXP');
    expect(parsed.searchParams.get('issuer')).toBe('香格里拉执法监督');
    expect(parsed.searchParams.get('algorithm')).toBe('SHA1');
    expect(parsed.searchParams.get('digits')).toBe('6');
    expect(parsed.searchParams.get('period')).toBe('30');
    expect(url).not.toContain('+');
  });

  it('escapes a colon inside the parts so the label stays unambiguous, and strips padding', () => {
    const url = otpauthUrl({ issuer: 'A:B', accountName: 'x@y', secret: 'MZXW6YQ=', digits: 8, algorithm: 'sha256' });
    expect(url).toContain('/A%3AB:x%40y?');
    expect(url).toContain('secret=MZXW6YQ&');
    expect(url).toContain('algorithm=SHA256');
    expect(url).toContain('digits=8');
  });
});
