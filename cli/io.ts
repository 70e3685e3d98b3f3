/**
 * Input/output for the command-line tools, behind an interface so tests run the CLI in-process with fake streams.
 */
import { readFileSync } from 'node:fs';

export interface CliIO {
  /** Write to standard output (text as given; add your own newlines). */
  out(text: string): void;
  /** Write to standard error. */
  err(text: string): void;
  /** Read a whole file as UTF-8; a failure comes back as a message, never an exception. */
  readFile(path: string): { ok: true; text: string } | { ok: false; error: string };
  /** Read all of standard input as UTF-8. */
  readStdin(): Promise<{ ok: true; text: string } | { ok: false; error: string }>;
}

export const nodeIO: CliIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile(path) {
    try {
      return { ok: true, text: readFileSync(path, 'utf8') };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why =
        code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (code ?? String(error));
      return { ok: false, error: `cannot read ${path}: ${why}` };
    }
  },
  async readStdin() {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      return { ok: true, text: Buffer.concat(chunks).toString('utf8') };
    } catch (error) {
      return {
        ok: false,
        error: `cannot read standard input: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  },
};

/** Collects output in memory (tests, benchmarks). */
export function memoryIO(files: Record<string, string> = {}, stdin = ''): CliIO & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
    readFile(path: string) {
      const text = files[path];
      return text === undefined
        ? { ok: false as const, error: `cannot read ${path}: no such file` }
        : { ok: true as const, text };
    },
    async readStdin() {
      return { ok: true as const, text: stdin };
    },
  };
  return io;
}
