// Process entry for `npx llmmem`: real streams in, exit status out, never a stack trace.
import { environmentLocale } from '../config.js';
import { runCli } from './main.js';

runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, ...localeOption() })
  .then((status) => { process.exitCode = status; })
  .catch(() => {
    process.stderr.write('llmmem: internal error\n');
    process.exitCode = 1;
  });

function localeOption(): { locale?: string } {
  const locale = environmentLocale();
  return locale === undefined ? {} : { locale };
}
