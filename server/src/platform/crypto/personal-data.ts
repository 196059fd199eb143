// Encryption of personal data at rest with SM4 (GB/T 32907) in CBC mode, authenticated with HMAC-SM3
// (encrypt-then-MAC). The key lives outside the database: XZZF_DATA_KEY (64 hex chars) or a key file
// created once in <data dir>/keys/data.key with mode 0600.
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DataKey {
  enc: Buffer;
  mac: Buffer;
}

export function loadDataKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): DataKey {
  let raw: Buffer;
  if (env.XZZF_DATA_KEY) {
    if (!/^[0-9a-fA-F]{64}$/.test(env.XZZF_DATA_KEY)) throw new Error('XZZF_DATA_KEY must be 64 hex characters');
    raw = Buffer.from(env.XZZF_DATA_KEY, 'hex');
  } else {
    const dir = join(dataDir, 'keys');
    const file = join(dir, 'data.key');
    if (!existsSync(file)) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
      chmodSync(file, 0o600);
    }
    raw = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  }
  return { enc: raw.subarray(0, 16), mac: raw.subarray(16, 32) };
}

export function encryptPersonal(key: DataKey, plain: string): string {
  const iv = randomBytes(16);
  const cipher = createCipheriv('sm4-cbc', key.enc, iv);
  const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const mac = createHmac('sm3', key.mac).update(iv).update(ct).digest();
  return `sm4:${iv.toString('base64')}:${ct.toString('base64')}:${mac.toString('base64')}`;
}

export function decryptPersonal(key: DataKey, stored: string): string {
  const [tag, ivB64, ctB64, macB64] = stored.split(':');
  if (tag !== 'sm4' || !ivB64 || !ctB64 || !macB64) throw new Error('not an SM4 ciphertext');
  const iv = Buffer.from(ivB64, 'base64');
  const ct = Buffer.from(ctB64, 'base64');
  const expected = createHmac('sm3', key.mac).update(iv).update(ct).digest();
  const mac = Buffer.from(macB64, 'base64');
  if (mac.length !== expected.length || !timingSafeEqual(mac, expected)) throw new Error('personal data MAC mismatch');
  const decipher = createDecipheriv('sm4-cbc', key.enc, iv);
  return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
}
