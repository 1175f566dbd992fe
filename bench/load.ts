import http from 'node:http';
import { quantile } from './stats.js';

/**
 * A small closed-loop load generator: `clients` concurrent keep-alive clients each send the next request as soon as
 * the last one answers, for `seconds`. Bounded in time and count, loopback only.
 */
export async function load(url: string, opts: { clients: number; seconds: number; headers?: Record<string, string> }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.clients });
  const latencies: number[] = [];
  let errors = 0;
  const until = Date.now() + opts.seconds * 1000;
  const one = () =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      const req = http.get(url, { agent, headers: opts.headers }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode !== 200) errors++;
          latencies.push(performance.now() - t0);
          resolve();
        });
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
    });
  await Promise.all(
    Array.from({ length: opts.clients }, async () => {
      while (Date.now() < until && latencies.length < 1_000_000) await one();
    }),
  );
  agent.destroy();
  return { requests: latencies.length, errors, rps: latencies.length / opts.seconds, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99) };
}
