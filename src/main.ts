// npm start: load config, start each platform that has credentials, else the local console.
import { fileURLToPath } from 'node:url';
import { environmentLocale, hasPlatform, loadConfig } from './config.js';
import { createHubClient } from './hub/hf.js';
import { createLogger } from './log.js';
import { runConsole } from './platforms/console/console.js';
import { startPlatforms } from './platforms/start-platforms.js';

/** Kubernetes' default terminationGracePeriodSeconds is 30 s; we promise a third of it. */
const STOP_DEADLINE_MS = 10_000;

async function main(): Promise<number> {
  const result = loadConfig();
  if (!result.ok) {
    for (const line of result.errors) process.stderr.write(`llmmem: ${line}\n`);
    return 1;
  }
  const { config } = result;
  if (!hasPlatform(config.platforms)) {
    const locale = environmentLocale();
    const hub = createHubClient({ hubUrl: config.env.HF_ENDPOINT, token: config.env.HF_TOKEN });
    await runConsole({ input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY), hub, ...(locale ? { locale } : {}) });
    return 0;
  }
  const log = createLogger(config.env.LOG_LEVEL);
  const running = await startPlatforms(config, log, { shardEntry: fileURLToPath(import.meta.url) });
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  log.info('stopping: no new requests, finishing those under way');
  // a stuck platform must not keep the process alive past the orchestrator's grace period
  const deadline = setTimeout(() => {
    log.error('did not stop within 10 s; exiting');
    process.exit(1);
  }, STOP_DEADLINE_MS);
  deadline.unref();
  await running.stop();
  log.info('stopped');
  return 0;
}

main().then((status) => { process.exitCode = status; }, (error: unknown) => {
  process.stderr.write(`llmmem: could not start: ${error instanceof Error ? error.message : 'unknown error'}\n`);
  process.exitCode = 1;
});
