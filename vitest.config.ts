import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/src/**/*.test.ts', 'contracts/**/*.test.ts', 'web/src/**/*.test.ts', 'e2e/**/*.test.ts'],
    globalSetup: ['server/src/testing/global-setup.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: {
      // Tests hash many passwords: a lower scrypt cost (2^12) keeps them fast. The stored hash records its
      // parameters, so the same verification code runs; production uses 2^16 (see password-hash.ts).
      XZZF_SCRYPT_LOG_N: '12',
      LOG_LEVEL: 'silent',
    },
  },
});
