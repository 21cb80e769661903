// Run File: the bundled CLI's `tessera run --stats` in a terminal of our own (a pseudoterminal),
// so the program's output appears as it is written and what the user types is its stdin. The end
// line gives the exit code, instructions and gas; the status bar keeps the instret.
import { basename, dirname } from 'node:path';
import * as vscode from 'vscode';
import { spawnCli } from './cli.js';
import { parseRunStats, runArguments, summaryLine, type RunOptions, type RunSummary } from './stats.js';

export interface RunEnded {
  file: string;
  exitStatus: number | undefined;
  summary: RunSummary | undefined;
}

const crlf = (s: string): string => s.replace(/\r?\n/g, '\r\n');

export function runInTerminal(cli: string, file: string, options: RunOptions, onEnd: (r: RunEnded) => void): vscode.Terminal {
  const write = new vscode.EventEmitter<string>();
  const close = new vscode.EventEmitter<number | void>();
  let child: ReturnType<typeof spawnCli> | undefined;
  let line = '';
  let finished = false;
  let stderr = '';
  const pty: vscode.Pseudoterminal = {
    onDidWrite: write.event,
    onDidClose: close.event,
    open: () => {
      write.fire(crlf(`\x1b[2m$ tessera ${runArguments(basename(file), options).join(' ')}\x1b[0m\n`));
      child = spawnCli(cli, runArguments(file, options), { cwd: dirname(file), stdio: ['pipe', 'pipe', 'pipe'] });
      child.stdout?.on('data', (d: Buffer) => write.fire(crlf(d.toString('utf8'))));
      child.stderr?.on('data', (d: Buffer) => {
        const text = d.toString('utf8');
        stderr += text;
        write.fire(crlf(`\x1b[33m${text}\x1b[0m`));
      });
      child.on('error', (e) => {
        finished = true;
        write.fire(crlf(`\ntessera: could not start the CLI (${cli}): ${e.message}\n`));
      });
      child.on('close', (code) => {
        finished = true;
        const summary = parseRunStats(stderr);
        const exitStatus = code ?? undefined;
        write.fire(crlf(`\n\x1b[1m${summaryLine(summary, exitStatus)}\x1b[0m\n\x1b[2m(process exited with status ${code}; press any key to close)\x1b[0m\n`));
        onEnd({ file, exitStatus, summary });
      });
    },
    close: () => {
      if (!finished) child?.kill();
    },
    handleInput: (data: string) => {
      if (finished) {
        close.fire(0);
        return;
      }
      for (const ch of data) {
        if (ch === '\x03') {
          write.fire('^C\r\n');
          child?.kill('SIGINT');
        } else if (ch === '\x04') {
          if (line) child?.stdin?.write(line);
          line = '';
          child?.stdin?.end();
        } else if (ch === '\r') {
          write.fire('\r\n');
          child?.stdin?.write(`${line}\n`);
          line = '';
        } else if (ch === '\x7f') {
          if (line) {
            line = line.slice(0, -1);
            write.fire('\b \b');
          }
        } else if (ch >= ' ') {
          line += ch;
          write.fire(ch);
        }
      }
    },
  };
  const terminal = vscode.window.createTerminal({ name: `Tessera: ${basename(file)}`, pty });
  terminal.show();
  return terminal;
}
