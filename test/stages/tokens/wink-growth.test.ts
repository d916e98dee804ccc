// wink-nlp adds every unknown word form it reads to a vocabulary its instance shares across texts and never
// shrinks it. The tokens stage makes wink forget what a text taught it (so a text's tokens and tags do not
// depend on what the process read before) and replaces the instance past winkLimits (so a long-running
// process keeps wink's memory bounded).
import { describe, expect, it } from 'vitest';
import { tokenize, winkLimits, winkRenewals } from '../../../src/stages/tokens/tokens.ts';
import { lastCoreModel, winkGrowth } from '../../../src/stages/tokens/wink-model.ts';
import { winkHints } from '../../../src/stages/syntax/hints.ts';

const read = (text: string) => tokenize(text).tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}`);

/** Texts full of invented names, numbers, hashtags, handles and web addresses, none of them in wink's lexicon. */
function inventedTexts(n: number, seed = 11): string[] {
  let s = seed;
  const rnd = (k: number) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) % k;
  };
  const word = () => {
    let w = '';
    for (let i = 2 + rnd(3); i > 0; i--) w += 'bdfgklmnprstvz'[rnd(14)] + 'aeiou'[rnd(5)];
    return w;
  };
  const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
  const out: string[] = [];
  for (let d = 0; d < n; d++) {
    const parts: string[] = [];
    for (let i = 0; i < 8; i++) {
      parts.push(
        `${cap(word())} ${cap(word())}, who runs #${word()}${rnd(999)} and @${word()}_${rnd(99)}, said ${rnd(90) + 10},${rnd(900) + 100} people visited https://${word()}.example/${word()} (${cap(word())}'s site).`,
      );
    }
    out.push(parts.join(' '));
  }
  return out;
}

describe('tokens: what wink learns from the texts it reads', () => {
  it('reads a text the same whatever the process read before it', () => {
    // each first text makes a wink instance that keeps what it learns read the second differently
    // ("candidate's" kept whole and tagged a name; "A380's" one token; "new" tagged a name after a learnt possessive)
    const pairs = [
      ["Voters asked about the candidate's, and the rival's, plans.", "Reporters asked if the candidate's pension records were public."],
      ["Nobody saw the Quorvex's, not even the police.", "We read the Quorvex's new report."],
      ["Airbus sold 2 more A380's, the firm said.", "The airline wants three A380's for its long routes."],
    ];
    for (const [before, probe] of pairs) {
      const fresh = read(probe);
      read(before);
      expect(read(probe), probe).toEqual(fresh);
    }
    expect(read("The airline wants three A380's for its long routes.")).toContain("'s/PART/'s");
  });

  it('keeps forms of letters only learnt (a later text need not learn them again) and forgets the rest', () => {
    const text = "Mirvolen troops, led by Tarsk-born Jorvil Ekkan (of Mirvolen's #ekkan2 camp), took 3 A420s on Vel.";
    read(text);
    const lexeme = lastCoreModel()!.features.lexeme;
    const known = (form: string) => lexeme.hash[form] !== undefined && lexeme.hash[form] >= lexeme.intrinsicSize;
    for (const form of ['Mirvolen', 'mirvolen', 'Jorvil', 'jorvil', 'Ekkan', 'ekkan']) expect(known(form), form).toBe(true);
    for (const form of ["Mirvolen's", '#ekkan2', 'A420s', 'a420s']) expect(known(form), form).toBe(false);
    // reading it again learns only the forms it forgot
    const before = winkGrowth()!.lexemes;
    read(text);
    const again = winkGrowth()!.lexemes - before;
    expect(again).toBeGreaterThan(0);
    expect(again).toBeLessThan(8);
  });

  it('reads a form of letters the same on every path after learning it on one', () => {
    // learnt whole, before a comma, inside brackets, before a possessive and inside a hyphenated word
    const probes = ["Drevask's envoy met the Drevask-backed (Drevask) council, Drevask said.", 'DREVASK and drevask rose.'];
    const fresh = probes.map(read);
    read("Drevask, Drevask-led (Drevask's) and DREVASK; drevask.");
    probes.forEach((p, i) => expect(read(p), p).toEqual(fresh[i]));
  });

  it('keeps the vocabulary under its limit over many texts of distinct unknown words, and reads them the same', () => {
    const saved = { ...winkLimits };
    const texts = inventedTexts(120);
    // the readings with the usual limit (no renewal within 120 texts of about 100 unknown forms)
    const usual = texts.map(read);
    const renewals = winkRenewals();
    let most = 0;
    try {
      winkLimits.lexemes = 2000;
      texts.forEach((t, i) => {
        expect(read(t), `text ${i}`).toEqual(usual[i]);
        most = Math.max(most, winkGrowth()!.lexemes);
      });
    } finally {
      Object.assign(winkLimits, saved);
    }
    // one text adds at most its own forms (about 100 here) past the limit before the next renews the instance
    expect(most).toBeGreaterThan(1000);
    expect(most).toBeLessThan(2000 + 400);
    expect(winkRenewals() - renewals).toBeGreaterThanOrEqual(4);
  });

  it('renews the instance before a feature list fills the packing that addresses it', () => {
    const saved = { ...winkLimits };
    const renewals = winkRenewals();
    // words of other scripts have shapes of their own ("Жовтоград"); a sentence gives about 40 new ones
    let s = 5;
    const letter = (base: number) => String.fromCharCode(base + ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) >>> 8) % 24);
    const sentence = () => `They visited ${Array.from({ length: 40 }, () => Array.from({ length: 6 }, () => letter(0x0430)).join('')).join(' and ')}.`;
    try {
      const shape = winkGrowth()!.features.shape;
      winkLimits.features = (shape.size + 100) / shape.limit;
      for (let i = 0; i < 10; i++) {
        tokenize(sentence());
        expect(winkGrowth()!.features.shape.size).toBeLessThanOrEqual(shape.limit * winkLimits.features + 40);
      }
    } finally {
      Object.assign(winkLimits, saved);
    }
    expect(winkRenewals() - renewals).toBeGreaterThanOrEqual(2);
  });

  it("gives the syntax tagger's hints for word forms whatever was read before", () => {
    const forms = ['Nobody', 'has', 'seen', 'your', "candidate's", 'medical', 'report', 'yet', '.'];
    const fresh = winkHints(forms);
    expect(fresh[4]).toBe('NOUN');
    winkHints(['Voters', 'asked', 'about', 'the', "candidate's,", 'and', 'the', "rival's,", 'plans', '.']);
    expect(winkHints(forms)).toEqual(fresh);
  });
});
