// Starts the real platform for browser journeys: a real database (PGlite from the template, or the DATABASE_URL
// server), the demo tenant seeded, the built web app served, on a free port of 127.0.0.1.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/src/app';
import { seedDemoTenant } from '../../server/src/modules/seed/seed';
import { importLawPath } from '../../server/src/modules/laws/law-import.service';
import { createTestContext, type TestContext } from '../../server/src/testing/test-context';
import { DEMO_TEST_PASSWORD } from '../../server/src/testing/factories';

export interface RunningPlatform {
  url: string;
  password: string;
  ctx: TestContext;
  close(): Promise<void>;
}

export async function startPlatform(): Promise<RunningPlatform> {
  const ctx = await createTestContext();
  if (!existsSync(join(ctx.config.rootDir, 'dist', 'web', 'index.html'))) {
    throw new Error('dist/web is missing: run `node scripts/build.mjs` (npm test does)');
  }
  // The real statutes beside the repository (shared/data/laws): idempotent, so a shared server database is fine.
  // Imported before seeding, so that the demo's powers and benchmarks resolve the articles they cite.
  await importLawPath(ctx, join(ctx.config.rootDir, '..', 'shared', 'data', 'laws'));
  await seedDemoTenant(ctx, { password: DEMO_TEST_PASSWORD });
  const app: FastifyInstance = await buildApp(ctx, { logger: false, serveWeb: true });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    password: DEMO_TEST_PASSWORD,
    ctx,
    close: async () => {
      await app.close();
      await ctx.close();
    },
  };
}

export const CHROMIUM = process.env.XZZF_CHROMIUM ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
}
