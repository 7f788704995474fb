// npm start: load config, start each platform that has credentials, else the local console.
import { environmentLocale, hasPlatform, loadConfig } from './config.js';
import { createLogger } from './log.js';
import { runConsole } from './platforms/console/console.js';

async function main(): Promise<number> {
  const result = loadConfig();
  if (!result.ok) {
    for (const line of result.errors) process.stderr.write(`llmmem: ${line}\n`);
    return 1;
  }
  const { config } = result;
  const locale = environmentLocale();
  if (!hasPlatform(config.platforms)) {
    await runConsole({ input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY), ...(locale ? { locale } : {}) });
    return 0;
  }
  const log = createLogger(config.env.LOG_LEVEL);
  log.error({ platforms: config.platforms }, 'chat platforms are configured, but this build has only the local console and CLI');
  return 1;
}

main().then((status) => { process.exitCode = status; }, () => {
  process.stderr.write('llmmem: internal error\n');
  process.exitCode = 1;
});
