import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { MarsadError } from '../errors.ts';

/**
 * Each file in `./commands` exports `register(program)`. Command modules keep their heavy imports
 * (SQLite, DOM, the tagger) inside their actions so `marsad --help` stays fast.
 */
async function loadCommands(program: Command): Promise<void> {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'commands');
  const files = readdirSync(dir)
    // .ts under tsx, .js compiled (dist/ also holds .d.ts declarations, which are not modules).
    .filter((f) => /\.(ts|js)$/.test(f) && !/\.(test|d)\.ts$/.test(f))
    .sort();
  for (const f of files) {
    const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as {
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
  await loadCommands(program);
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
