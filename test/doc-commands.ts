// Test helper: the shell command lines of the docs' ```sh and ```console blocks, and a copy of the repo to run them in.
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, tempDir } from './helpers.js';

/** One command line of the docs: where, the command (continuation lines kept), the output shown after it. */
export interface DocCommand {
  file: string;
  command: string;
  /** In a ```console block: the lines shown after `$ command`, up to the next `$ `. */
  output?: string;
  /** The `export …` lines before it in its block, which it runs after. */
  setup: string[];
}

/** README.md and every file of docs/. */
export const DOC_FILES = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];

/** True while a command is not finished: an open quote, or a line ending in a backslash. */
const open = (text: string) => (text.match(/'/g) ?? []).length % 2 === 1 || text.endsWith('\\');

/** A trailing `# comment` outside quotes is not part of the command. */
const uncommented = (line: string) => line.replace(/\s+# [^'"]*$/, '');

/** The command lines of one Markdown text's ```sh / ```console blocks. */
export function commandsOf(file: string, markdown: string): DocCommand[] {
  const found: DocCommand[] = [];
  for (const [, , body] of markdown.matchAll(/^```(sh|console)\n([\s\S]*?)^```$/gm)) {
    const lines = body!.replace(/\n$/, '').split('\n');
    const console = lines.some((line) => line.startsWith('$ '));
    const setup: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (console ? !line.startsWith('$ ') : line.trim() === '' || line.startsWith('#')) continue;
      let command = uncommented(console ? line.slice(2) : line);
      while (open(command) && i + 1 < lines.length) command = `${command}\n${uncommented(lines[++i]!)}`;
      const shown: string[] = [];
      while (console && i + 1 < lines.length && !lines[i + 1]!.startsWith('$ ')) shown.push(lines[++i]!);
      found.push({ file, command, setup: [...setup], ...(console && shown.length ? { output: `${shown.join('\n')}\n` } : {}) });
      if (command.startsWith('export ')) setup.push(command);
    }
  }
  return found;
}

/** Every command line of the docs, in file order. */
export function docCommands(): DocCommand[] {
  return DOC_FILES.flatMap((file) => commandsOf(file, readFileSync(path.join(ROOT, file), 'utf8')));
}

/**
 * A folder to run the docs' commands in, as a checkout after `npm start`: copies of `output/`, `queries/`
 * and `data/`, `dist` linked, and `bin/office-ld` running the built CLI (put first on PATH).
 */
export function workingCopy(): string {
  const dir = tempDir('office-ld-docs-');
  for (const name of ['output', 'queries', 'data']) cpSync(path.join(ROOT, name), path.join(dir, name), { recursive: true });
  cpSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  symlinkSync(path.join(ROOT, 'dist'), path.join(dir, 'dist'));
  mkdirSync(path.join(dir, 'bin'));
  writeFileSync(path.join(dir, 'bin', 'office-ld'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, 'dist/cli/main.js')}" "$@"\n`);
  chmodSync(path.join(dir, 'bin', 'office-ld'), 0o755);
  return dir;
}

/** What a command did. */
export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a shell command in `cwd` (with its `bin/` first on PATH) without blocking the event loop. */
export function sh(command: string, cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', command], {
      cwd, env: { ...process.env, ...env, PATH: `${path.join(cwd, 'bin')}:${process.env.PATH}` },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
