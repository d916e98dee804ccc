// Per-document limits that turn pathological input into a clear skipped-document problem: a character
// limit and a token estimate checked before the pipeline, then a watchdog on pipeline time per document.
import type { Doc } from '../doc/types.ts';
import type { InputProblem } from '../ingest/problem.ts';
import type { Pipeline } from './pipeline.ts';

export interface DocLimits {
  /** Most characters (UTF-16 code units) of text in one document. */
  maxChars: number;
  /** Most tokens: estimated (runs of non-space) before the pipeline, counted after the tokens stage. */
  maxTokens: number;
  /** Most milliseconds of pipeline time per document, checked after each stage. */
  maxMs: number;
}

/** News articles run to a few thousand words; these leave room for long reports while keeping a
 *  document under ~5 s of pipeline time (measured: 109k characters took about 2.2 s). */
export const DEFAULT_LIMITS: DocLimits = { maxChars: 200_000, maxTokens: 50_000, maxMs: 20_000 };

export const LIMIT_ENV = {
  maxChars: 'EVENTLINE_MAX_CHARS',
  maxTokens: 'EVENTLINE_MAX_TOKENS',
  maxMs: 'EVENTLINE_DOC_TIMEOUT_MS',
} as const;

/** The default limits, each overridable by its environment variable (a positive whole number). */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): DocLimits {
  const out = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(LIMIT_ENV) as (keyof DocLimits)[]) {
    const raw = env[LIMIT_ENV[key]];
    if (raw === undefined || raw === '') continue;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${LIMIT_ENV[key]}="${raw}" must be a positive whole number`);
    out[key] = n;
  }
  return out;
}

/** Why a document was not annotated. */
export interface LimitViolation {
  limit: keyof DocLimits;
  reason: string;
  fix: string;
  /** The stage after which the watchdog fired (maxMs and counted maxTokens only). */
  stage?: string;
}

/** Upper bound on wink-nlp tokens: every run of non-space characters yields at least one token. */
export function estimateTokens(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Checks made before any stage runs (cheap, linear in the text). */
export function checkBeforePipeline(doc: Pick<Doc, 'text'>, limits: DocLimits = DEFAULT_LIMITS): LimitViolation | null {
  const chars = doc.text.length;
  if (chars > limits.maxChars) {
    return {
      limit: 'maxChars',
      reason: `document has ${chars} characters, over the ${limits.maxChars} limit`,
      fix: `split it into separate articles (or raise ${LIMIT_ENV.maxChars})`,
    };
  }
  const words = estimateTokens(doc.text);
  if (words > limits.maxTokens) {
    return {
      limit: 'maxTokens',
      reason: `document has ${words} words, over the ${limits.maxTokens} token limit`,
      fix: `split it into separate articles (or raise ${LIMIT_ENV.maxTokens})`,
    };
  }
  return null;
}

/**
 * Runs the pipeline's components one by one with the same crash handling as Pipeline.run (a throwing
 * component becomes an error message), checking the limits before the first stage, the token count
 * after each stage that assigned tokens, and the elapsed time after each stage. Returns null when the
 * document was annotated, else the violation (the document is then half-annotated and must not be saved).
 */
export function runWithLimits(
  pipeline: Pipeline,
  doc: Doc,
  limits: DocLimits = DEFAULT_LIMITS,
  now: () => number = () => performance.now(),
): LimitViolation | null {
  const before = checkBeforePipeline(doc, limits);
  if (before) return before;
  const started = now();
  for (const c of pipeline.components) {
    try {
      c.process(doc);
    } catch (err) {
      doc.messages.push({ severity: 'error', source: c.name, text: `component failed: ${(err as Error).message}` });
      for (const l of c.assigns) doc.layers[l] ??= [] as never;
    }
    const tokens = doc.layers.tokens?.length ?? 0;
    if (c.assigns.includes('tokens') && tokens > limits.maxTokens) {
      return {
        limit: 'maxTokens',
        stage: c.name,
        reason: `document has ${tokens} tokens, over the ${limits.maxTokens} limit`,
        fix: `split it into separate articles (or raise ${LIMIT_ENV.maxTokens})`,
      };
    }
    const elapsed = now() - started;
    if (elapsed > limits.maxMs) {
      return {
        limit: 'maxMs',
        stage: c.name,
        reason: `annotation took ${Math.round(elapsed)} ms (over the ${limits.maxMs} ms limit) by the end of stage "${c.name}"`,
        fix: `report the document as a bug, split it, or raise ${LIMIT_ENV.maxMs}`,
      };
    }
  }
  return null;
}

/** The violation as an input problem naming the document's origin (`file` or `file:line` for JSONL). */
export function limitProblem(doc: Doc, v: LimitViolation): InputProblem {
  const origin = doc.meta.origin ?? `document ${doc.id}`;
  const m = /^(.*):(\d+)$/.exec(origin);
  return m ? { file: m[1], line: Number(m[2]), reason: v.reason, fix: v.fix } : { file: origin, reason: v.reason, fix: v.fix };
}

/** Source of the message that marks a document stopped by a limit (it must then not be saved). */
export const LIMIT_SOURCE = 'limits';

/** Runs the pipeline under the limits; a violation is recorded as an error message from LIMIT_SOURCE. */
export function runLimited(pipeline: Pipeline, doc: Doc, limits: DocLimits = limitsFromEnv()): Doc {
  const v = runWithLimits(pipeline, doc, limits);
  if (v) doc.messages.push({ severity: 'error', source: LIMIT_SOURCE, text: `${v.reason}; ${v.fix}` });
  return doc;
}

/** The pipeline with its run() under the limits (for annotators that call pipeline.run). */
export function limitedPipeline(pipeline: Pipeline, limits: DocLimits = limitsFromEnv()): Pipeline {
  return { components: pipeline.components, run: (doc) => runLimited(pipeline, doc, limits) };
}

/** Splits annotated documents into those to save and problems for the ones a limit stopped. */
export function partitionLimited(docs: Doc[]): { ok: Doc[]; problems: InputProblem[] } {
  const ok: Doc[] = [];
  const problems: InputProblem[] = [];
  for (const doc of docs) {
    const m = doc.messages.find((x) => x.source === LIMIT_SOURCE && x.severity === 'error');
    if (!m) {
      ok.push(doc);
      continue;
    }
    const cut = m.text.indexOf('; ');
    problems.push(limitProblem(doc, { limit: 'maxMs', reason: cut > 0 ? m.text.slice(0, cut) : m.text, fix: cut > 0 ? m.text.slice(cut + 2) : 'split the document' }));
  }
  return { ok, problems };
}
