/**
 * The CLI's static command table (src/cli/main.ts COMMANDS), which lets a run of one command
 * import that command's module alone: every command module is in it, under every top-level
 * command the module registers, and it names nothing else.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { describe, expect, it, vi } from 'vitest';
import { COMMANDS, main } from '../../src/cli/main.ts';
import { PROJECT_ROOT } from '../../src/util/shared.ts';

const DIR = path.join(PROJECT_ROOT, 'src', 'cli', 'commands');

describe('the CLI command table', () => {
  it('lists each command module under the commands it registers, and nothing else', async () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
    expect(files.length).toBeGreaterThan(10);
    const registered: Record<string, string> = {};
    for (const f of files) {
      const program = new Command();
      const mod = (await import(pathToFileURL(path.join(DIR, f)).href)) as {
        register?: (p: Command) => void;
      };
      mod.register?.(program);
      for (const c of program.commands) registered[c.name()] = f.replace(/\.ts$/, '');
    }
    expect(registered).toEqual(COMMANDS);
  });

  it('still lists every command in the help', async () => {
    let out = '';
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    try {
      await main(['node', 'marsad', '--help']);
    } finally {
      spy.mockRestore();
    }
    for (const name of Object.keys(COMMANDS)) expect(out).toContain(`${name} `);
  });
});
