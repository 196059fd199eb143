// Runtime configuration, read once from the environment.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this file holding package.json (works from src and dist). */
export function findRootDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
}

export interface Config {
  rootDir: string;
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  demoPassword: string | null;
  defaultTenant: string;
  logLevel: string;
  /** Trust X-Forwarded-* from a reverse proxy (for the client IP and HTTPS detection). */
  trustProxy: boolean;
  /** Force the Secure cookie attribute (otherwise set when the request arrived over HTTPS). */
  cookieSecure: boolean;
  /** Sign-in attempts per IP and username per minute. */
  loginRateLimit: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const rootDir = findRootDir();
  return {
    rootDir,
    port: Number(env.PORT ?? 8080),
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.XZZF_DATA_DIR ?? join(rootDir, 'data')),
    databaseUrl: env.DATABASE_URL || null,
    demoPassword: env.XZZF_DEMO_PASSWORD || null,
    defaultTenant: env.XZZF_DEFAULT_TENANT ?? '533401',
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: env.XZZF_TRUST_PROXY === '1' || env.XZZF_TRUST_PROXY === 'true',
    cookieSecure: env.XZZF_COOKIE_SECURE === '1' || env.XZZF_COOKIE_SECURE === 'true',
    loginRateLimit: Number(env.XZZF_LOGIN_RATE_LIMIT ?? 10),
  };
}
