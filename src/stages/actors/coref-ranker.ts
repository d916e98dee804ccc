// The trained pronoun-antecedent ranker (issue 15). The pronoun resolver (coref.ts) keeps its rules for
// which actors may be a pronoun's antecedent (agreement, distance of at most three sentences, exclusions)
// and hands them here: each candidate actor is described by named features (distance in sentences and
// mentions, syntactic roles of the pronoun and of the actor's nearest mention, parallel role, same clause,
// subject, quotation, quote speaker, agreement, entity kind, salience), beside a candidate for no
// antecedent (features "null…": the pronoun's form, the rules' best score, how many actors compete); a
// candidate's score is the sum of its features' weights. The shipped model (settings.choose false) only
// weighs the rules' choice against no antecedent: a pronoun is left unlinked when "null" outweighs it. One
// trained with `--choose` chooses among all candidates.
//
// The model file (models/coref-en.json) holds a manifest (training data and their hashes, settings,
// figures) and the weights by feature name; `eventline train coref` reproduces it deterministically from
// GUM open train's coreference chains (coref-train.ts). The pipeline consults it only when
// EVENTLINE_COREF_MODEL names it (measured on: pronoun precision up on both GUM dev halves, the news events'
// recall down; docs/entities.md). A recorder may be set (training only): then the rules choose and every
// candidate set is handed to it.
import { existsSync, readFileSync } from 'node:fs';
import { fromPackageRoot } from '../../package-root.ts';

export const COREF_MODEL_FILE = 'coref-en.json';

/** The candidate that stands for no antecedent (its features start with "null"): scored only by a model that has weights for it. */
export const NULL_ACTOR = '';

/** One candidate actor of a pronoun, with its features and the span of its nearest mention before the pronoun. */
export interface RankCandidate {
  actor: string;
  /** The actor's nearest mention starting before the pronoun (what the chain reads back to). */
  start: number;
  end: number;
  features: string[];
}

/** A pronoun's candidate set, as the recorder receives it. */
export interface RankRecord {
  /** The pronoun's character span. */
  start: number;
  end: number;
  text: string;
  candidates: RankCandidate[];
  /** The actor the rules' score chose. */
  rule: string;
}

export interface CorefModel {
  weights: ReadonlyMap<string, number>;
  /** Whether the model chooses among all candidate actors (else it only weighs the rules' choice against no antecedent). */
  choose: boolean;
}

/** The shipped model file (where `eventline train coref` writes by default). */
export function bundledCorefModelPath(): string {
  return fromPackageRoot('models', COREF_MODEL_FILE);
}

/**
 * The model the pipeline reads: none by default (measured on, it cost the news events; docs/entities.md,
 * 2026-12-07 thirty-third session), the file `EVENTLINE_COREF_MODEL` names when set (the shipped one is
 * models/coref-en.json).
 */
export function defaultCorefModelPath(): string | null {
  return process.env.EVENTLINE_COREF_MODEL || null;
}

/** A model from its file's JSON (`weights`: feature name → weight; `settings.choose`). */
export function corefModelFromJson(json: { weights?: Record<string, number>; settings?: { choose?: boolean } }, name = 'coref model'): CorefModel {
  if (!json.weights || typeof json.weights !== 'object') throw new Error(`${name}: no weights (rebuild it with \`eventline train coref\`)`);
  return { weights: new Map(Object.entries(json.weights)), choose: json.settings?.choose === true };
}

/** The model file at `file`. */
export function loadCorefModel(file: string): CorefModel {
  return corefModelFromJson(JSON.parse(readFileSync(file, 'utf8')) as { weights?: Record<string, number>; settings?: { choose?: boolean } }, file);
}

let loaded: CorefModel | null | undefined;
let recorder: ((r: RankRecord) => void) | null = null;

/** The ranker the pronoun rules consult: the one set with `useCorefModel`, else the file the environment names (loaded on first use); null while a recorder is set or when none is. */
export function corefModel(): CorefModel | null {
  if (recorder) return null;
  if (loaded === undefined) {
    const file = defaultCorefModelPath();
    if (file && !existsSync(file)) throw new Error(`EVENTLINE_COREF_MODEL: no file ${file} (give a model written by \`eventline train coref\`, e.g. models/coref-en.json, or unset it)`);
    loaded = file ? loadCorefModel(file) : null;
  }
  return loaded;
}

/** Use this model (null: none, the rules alone) in place of what the environment names; undefined: read the environment again. */
export function useCorefModel(model: CorefModel | null | undefined): void {
  loaded = model;
}

/** Set (or clear, with null) the recorder that receives every pronoun's candidates; the rules choose meanwhile. */
export function setCorefRecorder(fn: ((r: RankRecord) => void) | null): void {
  recorder = fn;
}

export function corefRecorder(): ((r: RankRecord) => void) | null {
  return recorder;
}

/** A candidate's score: the sum of its features' weights. */
export function rankScore(model: CorefModel, features: readonly string[]): number {
  let s = 0;
  for (const f of features) s += model.weights.get(f) ?? 0;
  return s;
}

/** The index of the best-scored candidate (the first of a tie: candidates come most recent first). */
export function rankBest(model: CorefModel, candidates: readonly { features: readonly string[] }[]): number {
  let best = -1;
  let top = -Infinity;
  candidates.forEach((c, i) => {
    const s = rankScore(model, c.features);
    if (s > top) {
      top = s;
      best = i;
    }
  });
  return best;
}
