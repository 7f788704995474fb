// argv → command text. The shell has removed quotes, so values with spaces are quoted again; an argument
// that holds several options (`llmmem "file:x.gguf gpu:rtx4090 ctx:32k"`) is read as those options.
import { OPTION_NAMES } from '../core/issues.js';

export interface CliArgs {
  readonly json: boolean;
  readonly batchFromStdin: boolean;
  readonly help: boolean;
  readonly text: string;
  /** the arguments as typed, joined: read as a question when they make no command */
  readonly said: string;
}

const SEVERAL_OPTIONS = new RegExp(`\\s(?:${OPTION_NAMES.join('|')})[:=]`, 'i');

export function parseArgv(argv: readonly string[]): CliArgs {
  let json = false;
  let help = false;
  let batchFromStdin = false;
  const parts: string[] = [];
  const said: string[] = [];
  for (const arg of argv) {
    if (!['--json', '--help', '-h', 'help', '-'].includes(arg)) said.push(arg);
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h' || arg === 'help') help = true;
    else if (arg === '-') batchFromStdin = true;
    else parts.push(/\s/.test(arg) && !SEVERAL_OPTIONS.test(arg) ? requote(arg) : arg);
  }
  return { json, help, batchFromStdin, text: parts.join(' '), said: said.join(' ') };
}

function requote(arg: string): string {
  const match = /^([a-z]+):(.*)$/is.exec(arg);
  const quote = arg.includes('"') ? "'" : '"';
  return match ? `${match[1]}:${quote}${match[2]}${quote}` : `${quote}${arg}${quote}`;
}
