import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { MarsadError } from '../errors.ts';

/**
 * The command table: each top-level command and the file in `./commands` that registers it
 * (`register(program)`). A run of one command imports that file alone; `--help`, a bare
 * `marsad` or an unknown word imports them all, so help and "did you mean" see every command.
 * Command modules keep their heavy imports (SQLite, DOM, the tagger) inside their actions.
 * test/cli/command-table.test.ts checks this table against the files.
 */
export const COMMANDS: Readonly<Record<string, string>> = {
  analyze: 'analyze',
  check: 'check',
  events: 'events',
  explain: 'explain',
  export: 'export',
  ingest: 'ingest',
  queue: 'queue',
  quotes: 'quotes',
  search: 'search',
  serve: 'serve',
  stories: 'stories',
  tag: 'tag',
  'train-ner': 'train-ner',
  worker: 'worker',
};

/** The command modules' folder and extension: .ts under tsx, .js compiled. */
function commandsDir(): { dir: string; ext: string } {
  const here = fileURLToPath(import.meta.url);
  return { dir: path.join(path.dirname(here), 'commands'), ext: path.extname(here) };
}

async function loadCommands(program: Command, argv: readonly string[]): Promise<void> {
  const { dir, ext } = commandsDir();
  const first = argv[2];
  const one = first !== undefined && Object.hasOwn(COMMANDS, first) ? COMMANDS[first]! : null;
  const files = one ? [one] : [...new Set(Object.values(COMMANDS))].sort();
  for (const f of files) {
    const mod = (await import(pathToFileURL(path.join(dir, f + ext)).href)) as {
      register?: (p: Command) => void;
    };
    mod.register?.(program);
  }
}

/**
 * `marsad … | head`: once the reader has gone, writing to standard output fails with EPIPE.
 * That is the reader's choice, not an error: stop quietly, with the status so far.
 */
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.listeners('error').includes(onPipeError)) continue;
    stream.on('error', onPipeError);
  }
}

function onPipeError(err: NodeJS.ErrnoException): void {
  if (err.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  throw err;
}

export async function main(argv: string[]): Promise<number> {
  quietOnClosedPipe();
  const program = new Command();
  program
    .name('marsad')
    .description('marsad (مرصد): structured, searchable, verifiable knowledge from Arabic news')
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError();
  await loadCommands(program, argv);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    // Every error of marsad's own (user, input, store, query, limit, fetch) is a message for the
    // person at the terminal, with its kind's exit code; only the unexpected gets "unexpected".
    if (err instanceof MarsadError) {
      process.stderr.write(`marsad: ${err.message}\n`);
      return err.exitCode;
    }
    const e = err as Error;
    process.stderr.write(`marsad: unexpected error: ${e.message}\n`);
    if (process.env.MARSAD_DEBUG) process.stderr.write(`${e.stack}\n`);
    return 1;
  }
}
