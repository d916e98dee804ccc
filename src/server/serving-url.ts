// Reading back the address `eventline serve` listens on, from a child process running the command: tests and
// the latency benchmark start the real command with --port 0 and wait for its "serving URL/" line.
import type { ChildProcess } from 'node:child_process';

const SERVING = /serving (http:\/\/[^/\s]+)/;

/** Resolves to the server's URL (no trailing slash); rejects with its output when the command exits first. */
export function servingUrl(child: ChildProcess): Promise<string> {
  return new Promise<string>((ok, fail) => {
    let out = '';
    let err = '';
    child.stderr?.on('data', (b: Buffer) => (err += b.toString()));
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = SERVING.exec(out);
      if (m) ok(m[1]);
    });
    child.once('exit', (code) => fail(new Error(`eventline serve exited (${code}): ${out}${err}`)));
  });
}
