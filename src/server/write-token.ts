// The write token of the HTTP server: read from a file (--write-token-file) or the EVENTLINE_WRITE_TOKEN
// environment variable — never from the command line, where `ps` would show it — and checked against the
// request's `Authorization: Bearer …` header in constant time (SHA-256 of both, then timingSafeEqual).
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';

export const TOKEN_ENV = 'EVENTLINE_WRITE_TOKEN';
export const MIN_TOKEN_LENGTH = 16;

export interface LoadedToken {
  token: string;
  /** One-line warnings (e.g. a token file other users can read). */
  warnings: string[];
}

/** Thrown for a missing, unreadable, empty, too short or ambiguous token; the message is one line. */
export class WriteTokenError extends Error {}

const HOW = `write at least ${MIN_TOKEN_LENGTH} random characters, e.g. openssl rand -hex 32`;

function check(token: string, where: string): string {
  if (!token) throw new WriteTokenError(`the write token in ${where} is empty; ${HOW}`);
  if (/\s/.test(token)) throw new WriteTokenError(`the write token in ${where} contains white space; ${HOW}`);
  if (token.length < MIN_TOKEN_LENGTH) {
    throw new WriteTokenError(`the write token in ${where} has ${token.length} characters, fewer than ${MIN_TOKEN_LENGTH}; ${HOW}`);
  }
  return token;
}

/** The configured write token, or null when neither the file nor the environment variable gives one. */
export function loadWriteToken(file: string | undefined, env: NodeJS.ProcessEnv = process.env): LoadedToken | null {
  const warnings: string[] = [];
  let fromFile: string | undefined;
  if (file !== undefined) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new WriteTokenError(`cannot read --write-token-file ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); check the path and its permissions`);
    }
    fromFile = check(text.replace(/^\uFEFF/, '').trim(), file);
    if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) {
      warnings.push(`${file} can be read by other users; run chmod 600 ${file}`);
    }
  }
  const raw = env[TOKEN_ENV];
  const fromEnv = raw === undefined || raw === '' ? undefined : check(raw.trim(), TOKEN_ENV);
  if (fromFile !== undefined && fromEnv !== undefined && fromFile !== fromEnv) {
    throw new WriteTokenError(`--write-token-file ${file} and ${TOKEN_ENV} hold different tokens; give only one of them`);
  }
  const token = fromFile ?? fromEnv;
  return token === undefined ? null : { token, warnings };
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** A checker for `Authorization` header values: true only for `Bearer <token>` with exactly this token. */
export function bearerChecker(token: string): (authorization: string | undefined) => boolean {
  const expected = digest(token);
  return (authorization) => {
    const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
    // hashing makes both sides 32 bytes, so the comparison time depends on neither the length nor the content
    return timingSafeEqual(digest(m ? m[1] : ''), expected) && m !== null;
  };
}
