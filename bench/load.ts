// A small closed-loop load generator: N clients on keep-alive connections to 127.0.0.1, each sending its next
// request when the previous one answers, for a bounded time.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { percentile } from './stats';

export interface LoadOptions {
  url: string;
  method: 'GET' | 'POST';
  body?: unknown;
  /** Extra request headers, e.g. the session cookie. */
  headers?: Record<string, string>;
  concurrency: number;
  durationMs: number;
  /** Upper bound on requests started, whatever the time. */
  maxRequests: number;
  timeoutMs?: number;
}

export interface LoadFigures {
  /** Answers received, including those to requests started before the end and answered after it. */
  requests: number;
  /** The measurement window: requests are started during it. */
  windowMs: number;
  /** Answers received within the window, per second of the window. */
  perSecond: number;
  /** From the start to the last answer. */
  elapsedMs: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  statuses: Record<string, number>;
}

function send(agent: http.Agent, o: LoadOptions, payload: string | undefined): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request(
      o.url,
      {
        method: o.method,
        agent,
        timeout: o.timeoutMs ?? 30_000,
        headers: {
          ...o.headers,
          ...(payload
            ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) }
            : {}),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', () => resolve(0));
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
    req.end(payload);
  });
}

export async function runLoad(o: LoadOptions): Promise<LoadFigures> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.concurrency });
  const payload = o.body === undefined ? undefined : JSON.stringify(o.body);
  const latencies: number[] = [];
  let answeredInWindow = 0;
  const statuses: Record<string, number> = {};
  let started = 0;
  const t0 = performance.now();
  const end = t0 + o.durationMs;
  const client = async () => {
    while (performance.now() < end && started < o.maxRequests) {
      started++;
      const t = performance.now();
      const status = await send(agent, o, payload);
      const answeredAt = performance.now();
      latencies.push(answeredAt - t);
      if (answeredAt <= end) answeredInWindow++;
      statuses[String(status)] = (statuses[String(status)] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, client));
  const elapsedMs = performance.now() - t0;
  agent.destroy();
  const windowMs = Math.min(o.durationMs, elapsedMs);
  return {
    requests: latencies.length,
    windowMs,
    elapsedMs,
    perSecond: (answeredInWindow * 1000) / windowMs,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    meanMs: latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length),
    statuses,
  };
}
