// What the benchmark ran on: cores, CPU model, memory, Node and the operating system.
import { readFileSync } from 'node:fs';
import { availableParallelism, totalmem, release } from 'node:os';
import { execFileSync } from 'node:child_process';

export interface Machine {
  nproc: number;
  cpuModel: string;
  ramBytes: number;
  node: string;
  os: string;
}

function readOr(path: string, fallback: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return fallback;
  }
}

export function describeMachine(): Machine {
  let nproc = availableParallelism();
  try {
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || nproc;
  } catch {
    // nproc is coreutils; availableParallelism says the same
  }
  const cpuModel = /^model name\s*:\s*(.+)$/m.exec(readOr('/proc/cpuinfo', ''))?.[1]?.trim() ?? 'unknown';
  const memKb = /^MemTotal:\s*(\d+)\s*kB/m.exec(readOr('/proc/meminfo', ''))?.[1];
  const osName = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readOr('/etc/os-release', ''))?.[1] ?? process.platform;
  return {
    nproc,
    cpuModel,
    ramBytes: memKb ? Number(memKb) * 1024 : totalmem(),
    node: process.version,
    os: `${osName}, Linux ${release()}`,
  };
}
