// Baseline for the start time: open PGlite alone on an existing data folder and answer `select 1`.
// Usage: node bench/pglite-start.mjs <pglite data folder>
import { PGlite } from '@electric-sql/pglite';

const db = new PGlite(process.argv[2]);
await db.query('select 1');
process.stdout.write('ready\n');
await db.close();
