// argv → command text. The shell has removed quotes, so values with spaces are quoted again.

export interface CliArgs {
  readonly json: boolean;
  readonly batchFromStdin: boolean;
  readonly help: boolean;
  readonly text: string;
}

export function parseArgv(argv: readonly string[]): CliArgs {
  let json = false;
  let help = false;
  let batchFromStdin = false;
  const parts: string[] = [];
  for (const arg of argv) {
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '-') batchFromStdin = true;
    else parts.push(/\s/.test(arg) ? requote(arg) : arg);
  }
  return { json, help, batchFromStdin, text: parts.join(' ') };
}

function requote(arg: string): string {
  const match = /^([a-z]+):(.*)$/is.exec(arg);
  const quote = arg.includes('"') ? "'" : '"';
  return match ? `${match[1]}:${quote}${match[2]}${quote}` : `${quote}${arg}${quote}`;
}
