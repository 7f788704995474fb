// HTTP interactions on loopback: llmmem's /discord/interactions next to a bare Node server that only
// verifies the signature and returns a constant, 32 requests in flight; cold start; RSS after the load.
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, it } from 'vitest';
import { interactionPayload } from '../fakes/discord-api.js';
import { makeSigningKeys, signedHeaders } from '../fixtures/discord-signing.js';
import { startMain, startProcess } from '../helpers/spawn-main.js';
import { percentile, printTable } from './table.js';

const REQUESTS = 10_000;
const CONCURRENCY = 32;
const keys = makeSigningKeys();
const children: ChildProcess[] = [];

// the baseline: node:http, Ed25519 verification of the same headers, a constant JSON reply
const BARE_SERVER = `
const http = require('node:http'); const crypto = require('node:crypto');
const key = crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(process.env.KEY, 'hex').toString('base64url') }, format: 'jwk' });
const reply = JSON.stringify({ type: 4, data: { content: 'ok' } });
const server = http.createServer((req, res) => { const chunks = []; req.on('data', (c) => chunks.push(c)); req.on('end', () => {
  const body = Buffer.concat(chunks); const ok = crypto.verify(null, Buffer.concat([Buffer.from(req.headers['x-signature-timestamp']), body]), key, Buffer.from(req.headers['x-signature-ed25519'], 'hex'));
  res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' }).end(ok ? reply : '{}'); }); });
server.listen(0, '127.0.0.1', () => process.stderr.write('"port":' + server.address().port + '\\n'));`;

/** A signed /llmmem params:7 precision:int8 per request, from 2,000 users in 500 channels (under the rate limits). */
function bodies(): { body: string; headers: Record<string, string> }[] {
  return Array.from({ length: REQUESTS }, (_, i) => {
    const payload = interactionPayload(2, { id: '1', type: 1, name: 'llmmem', options: [{ name: 'params', type: 10, value: 7 }, { name: 'precision', type: 3, value: 'int8' }] });
    const body = JSON.stringify({ ...payload, user: { ...payload.user, id: String(10_000 + (i % 2000)) }, channel: { id: String(20_000 + (i % 500)), type: 0 }, channel_id: String(20_000 + (i % 500)) });
    return { body, headers: signedHeaders(keys, body) };
  });
}

async function load(port: number, requests: { body: string; headers: Record<string, string> }[]) {
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const began = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < requests.length) {
      const request = requests[next++];
      if (!request) break;
      const t = performance.now();
      const response = await fetch(`http://127.0.0.1:${port}/discord/interactions`, { method: 'POST', body: request.body, headers: request.headers });
      await response.arrayBuffer();
      if (response.status !== 200) failures++;
      latencies.push(performance.now() - t);
    }
  }));
  const seconds = (performance.now() - began) / 1000;
  latencies.sort((a, b) => a - b);
  return { rps: requests.length / seconds, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), failures };
}

const rssMiB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? Number.NaN) / 1024;

afterAll(() => {
  for (const child of children) child.kill('SIGTERM');
});

it('prints HTTP throughput, latency, cold start and memory', async () => {
  const requests = bodies();
  const bare = await startProcess(['-e', BARE_SERVER], { KEY: keys.publicKeyHex });
  // info logs the port once at start and nothing per request
  const llmmem = await startMain({ DISCORD_PUBLIC_KEY: keys.publicKeyHex });
  children.push(bare.child, llmmem.child);
  const healthStart = performance.now();
  await fetch(`http://127.0.0.1:${llmmem.port}/healthz`);
  const coldStartMs = llmmem.startedMs + (performance.now() - healthStart);

  await load(bare.port, requests.slice(0, 500)); // warm both up
  await load(llmmem.port, requests.slice(0, 500));
  const baseline = await load(bare.port, requests);
  const ours = await load(llmmem.port, requests);
  const pid = llmmem.child.pid ?? 0;

  printTable(`HTTP interactions, ${REQUESTS.toLocaleString('en-US')} signed requests, ${CONCURRENCY} in flight, loopback`,
    ['server', 'requests/s', 'p50 ms', 'p99 ms', 'non-200'],
    [
      ['bare node:http + Ed25519 verify, constant reply', baseline.rps.toFixed(0), baseline.p50.toFixed(2), baseline.p99.toFixed(2), baseline.failures],
      ['llmmem /discord/interactions (full answer)', ours.rps.toFixed(0), ours.p50.toFixed(2), ours.p99.toFixed(2), ours.failures],
      ['llmmem / bare', `${((ours.rps / baseline.rps) * 100).toFixed(0)} %`, '', '', ''],
    ]);
  printTable('Process', ['measure', 'value', 'goal'], [
    ['cold start to healthy (spawn → /healthz 200)', `${coldStartMs.toFixed(0)} ms`, '< 1000 ms'],
    [`RSS after ${(REQUESTS + 500).toLocaleString('en-US')} answers`, `${rssMiB(pid).toFixed(1)} MiB`, '< 120 MB'],
  ]);
});
