// Opaque secrets (session cookies, API tokens): random, shown once, stored only as a SHA-256 digest.
import { createHash, randomBytes } from 'node:crypto';

export const newSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');
export const digest = (secret: string): string => createHash('sha256').update(secret).digest('hex');
