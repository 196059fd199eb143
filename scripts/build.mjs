#!/usr/bin/env node
// Builds what is out of date: the server bundle, the PGlite template and the web app.
// Usage: node scripts/build.mjs [--force] [--no-web]
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

function newest(paths) {
  let t = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const e of readdirSync(p)) if (e !== 'node_modules' && !e.startsWith('.')) walk(join(p, e));
    } else if (s.mtimeMs > t) t = s.mtimeMs;
  };
  paths.forEach((p) => walk(join(root, p)));
  return t;
}
const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);

export async function ensureBuilt({ force = false, web = true, quiet = false } = {}) {
  const log = (m) => quiet || console.error(m);
  mkdirSync(join(dist, 'server'), { recursive: true });

  const serverOut = join(dist, 'server', 'cli.mjs');
  const serverSrc = newest(['server/src', 'contracts', 'package.json']);
  if (force || mtime(serverOut) < serverSrc) {
    log('build: server bundle');
    const esbuild = await import('esbuild');
    await esbuild.build({
      entryPoints: {
        cli: join(root, 'server/src/cli.ts'),
        'make-template': join(root, 'server/src/platform/db/make-template.ts'),
      },
      outdir: join(dist, 'server'),
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Dependencies are bundled too: resolving hundreds of ESM/CJS files at start costs more than the
      // platform's own start-up. Kept external: those that read files next to their own code (PGlite's WASM,
      // the API docs' and web app's static-file servers) and optional native modules.
      external: ['@electric-sql/pglite', '@fastify/swagger-ui', '@fastify/static', 'pg-native', 'esbuild'],
      banner: {
        js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
      },
      sourcemap: true,
      logLevel: 'warning',
    });
  }

  const template = join(dist, 'pglite-template.tar.gz');
  if (force || mtime(template) < Math.max(newest(['server/migrations']), mtime(serverOut))) {
    log('build: PGlite template (migrated empty database)');
    const mod = await import(pathToFileURL(join(dist, 'server', 'make-template.mjs')).href + `?t=${Date.now()}`);
    await mod.makePgliteTemplate(root, template);
  }

  const webOut = join(dist, 'web', 'index.html');
  if (web && existsSync(join(root, 'web', 'index.html')) && (force || mtime(webOut) < newest(['web', 'contracts']))) {
    log('build: web app (vite)');
    const r = spawnSync(
      process.execPath,
      [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
    if (r.status !== 0) throw new Error('web build failed');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  ensureBuilt({ force: args.includes('--force'), web: !args.includes('--no-web') }).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
