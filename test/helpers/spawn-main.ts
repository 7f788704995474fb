// Starts `node dist/src/main.js` (what npm start and the Dockerfile run) as a process, and resolves once
// its log shows the HTTP port (and, if asked, another line) — an event, never a sleep.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const MAIN = fileURLToPath(new URL('../../dist/src/main.js', import.meta.url));

export interface StartedProcess {
  readonly child: ChildProcess;
  readonly port: number;
  /** what the process logged so far (keeps growing) */
  readonly log: () => string;
  /** ms from spawn to the awaited log lines */
  readonly startedMs: number;
}

export function startProcess(args: readonly string[], env: Record<string, string>, until?: string): Promise<StartedProcess> {
  const began = performance.now();
  // HF_ENDPOINT at a closed loopback port unless a test gives one: no process reaches the real Hub
  const child = spawn(process.execPath, [...args], { env: { PATH: process.env.PATH ?? '', HF_ENDPOINT: 'http://127.0.0.1:9', ...env }, cwd: '/tmp' });
  let log = '';
  return new Promise((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const match = /"port":(\d+)/.exec(log);
      if (match && (until === undefined || log.includes(until))) {
        resolve({ child, port: Number(match[1]), log: () => log, startedMs: performance.now() - began });
      }
    });
    child.on('exit', () => reject(new Error(`exited before it was up: ${log}`)));
  });
}

export const startMain = (env: Record<string, string>, until?: string) => startProcess([MAIN], { LOG_LEVEL: 'info', PORT: '0', ...env }, until);
