// Runs a compiled entry point as a child process with the given stdin, as a user's shell would.
import { spawn } from 'node:child_process';

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A clean environment: no platform credentials, so `npm start` opens the console. */
// HF_ENDPOINT points at a closed loopback port: a child process never reaches the real Hub.
const BASE_ENV = { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', HOME: process.env.HOME ?? '/tmp', HF_ENDPOINT: 'http://127.0.0.1:9' };

export function run(script: string, args: readonly string[], stdin = '', env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { env: { ...BASE_ENV, ...env }, cwd: '/tmp' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
