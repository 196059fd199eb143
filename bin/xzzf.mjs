#!/usr/bin/env node
// Entry of the `xzzf` command: builds what is out of date, then runs the bundled CLI.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { ensureBuilt } = await import(pathToFileURL(join(root, 'scripts', 'build.mjs')).href);
const command = process.argv[2];
const wantsHelp = !command || command.startsWith('-') || command === 'help';
if (!wantsHelp) await ensureBuilt({ web: command === 'serve' });
else await ensureBuilt({ web: false, quiet: true });
await import(pathToFileURL(join(root, 'dist', 'server', 'cli.mjs')).href);
