// Start time of `xzzf serve` on a new data folder (cold) and an existing one (warm), with the baselines:
// PGlite alone on the same folder, and `node -e 0`.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, timeSpawn } from './server';

export interface StartFigures {
  coldMs: number[];
  coldRss: number[];
  warmMs: number[];
  warmRss: number[];
  pgliteAloneMs: number[];
  nodeMs: number[];
  /** A data folder the demo tenant was seeded into: the later measurements use it. */
  existingDir: string;
}

export async function measureStart(rootDir: string, workDir: string, runs: number): Promise<StartFigures> {
  const f: StartFigures = {
    coldMs: [],
    coldRss: [],
    warmMs: [],
    warmRss: [],
    pgliteAloneMs: [],
    nodeMs: [],
    existingDir: '',
  };

  for (let i = 0; i < runs; i++) f.nodeMs.push(await timeSpawn(rootDir, ['-e', '0'], null));

  for (let i = 0; i < runs; i++) {
    const dir = join(workDir, `cold-${i}`);
    const server = await startServer(rootDir, dir);
    f.coldMs.push(server.startMs);
    f.coldRss.push(server.rssAfterStart);
    await server.stop();
    if (f.existingDir) rmSync(f.existingDir, { recursive: true, force: true });
    f.existingDir = dir;
  }

  for (let i = 0; i < runs; i++) {
    const server = await startServer(rootDir, f.existingDir);
    f.warmMs.push(server.startMs);
    f.warmRss.push(server.rssAfterStart);
    await server.stop();
  }

  const pgDir = join(f.existingDir, 'pg');
  for (let i = 0; i < runs; i++)
    f.pgliteAloneMs.push(await timeSpawn(rootDir, [join(rootDir, 'bench', 'pglite-start.mjs'), pgDir], 'ready'));
  return f;
}
