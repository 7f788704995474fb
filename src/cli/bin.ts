// Process entry for `npx llmmem`: real streams in, exit status out, never a stack trace.
import { environmentLocale, loadHubSettings } from '../config.js';
import { createHubClient } from '../hub/hf.js';
import { runCli } from './main.js';

const hubSettings = loadHubSettings();
if ('error' in hubSettings) {
  process.stderr.write(`llmmem: ${hubSettings.error}\n`);
  process.exitCode = 2;
} else {
  const locale = environmentLocale();
  runCli(process.argv.slice(2), {
    stdin: process.stdin, stdout: process.stdout, stderr: process.stderr,
    hub: createHubClient(hubSettings), ...(locale === undefined ? {} : { locale }),
  })
    .then((status) => { process.exitCode = status; })
    .catch(() => {
      process.stderr.write('llmmem: internal error\n');
      process.exitCode = 1;
    });
}
