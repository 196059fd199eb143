#!/usr/bin/env node
// Reports the JS the sign-in page loads: the entry script of dist/web/index.html and every chunk it imports
// statically, with gzip sizes; exits 1 above the budget. Lazy chunks (import("./x.js")) are not counted.
// Usage: node web/scripts/entry-size.mjs [distDir] [budgetKB]   (after `npx vite build --config web/vite.config.ts`)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '../../dist/web');
const budgetKB = Number(process.argv[3] ?? 300);

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1];
if (!entry) throw new Error('no module script in index.html');

const seen = new Set();
const walk = (file) => {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  // Static `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"`; dynamic import() is lazy.
  for (const m of code.matchAll(
    /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+\.js)["']/g,
  )) {
    walk(join(dirname(file), m[1]));
  }
};
walk(entry);

let total = 0;
const rows = [...seen].map((file) => {
  const bytes = readFileSync(join(dist, file));
  const gz = gzipSync(bytes).length;
  total += gz;
  return { file, raw: bytes.length, gz };
});
rows.sort((a, b) => b.gz - a.gz);
for (const r of rows)
  console.log(
    `${r.file.padEnd(48)} ${(r.raw / 1024).toFixed(1).padStart(8)} kB ${(r.gz / 1024).toFixed(1).padStart(8)} kB gzip`,
  );
const totalKB = total / 1024;
console.log(
  `${'sign-in page JS'.padEnd(48)} ${''.padStart(11)} ${totalKB.toFixed(1).padStart(8)} kB gzip (budget ${budgetKB} kB)`,
);
if (totalKB > budgetKB) process.exit(1);
