// Printing parses: CoNLL-U for tools and scorers, and an indented tree a person can read to see why an
// event was or was not coded.
import type { Doc, Token } from '../../doc/types.ts';
import { Tree } from '../../doc/tree.ts';

/** Sentence `s` of a parsed doc: its tree, tokens, first and last token index and one-line text; null when unparsed. */
function sentenceOf(doc: Doc, s: number): { tree: Tree; tokens: Token[]; a: number; b: number; text: string } | null {
  const tree = Tree.of(doc);
  const tokens = doc.layers.tokens ?? [];
  const sent = doc.layers.sentences?.[s];
  if (!tree || !sent) return null;
  const a = tokens.findIndex((t) => t.sentence === s);
  if (a < 0) return null;
  let b = a;
  while (b + 1 < tokens.length && tokens[b + 1].sentence === s) b++;
  return { tree, tokens, a, b, text: doc.text.slice(sent.start, sent.end).replace(/\s+/g, ' ') };
}

/** One sentence of a parsed doc as CoNLL-U; MISC carries the token's character offsets. */
export function sentenceConllu(doc: Doc, s: number): string {
  const sent = sentenceOf(doc, s);
  if (!sent) return '';
  const { tree, tokens, a, b } = sent;
  const lines = [`# sent_id = ${s + 1}`, `# text = ${sent.text}`];
  for (let i = a; i <= b; i++) {
    const t = tokens[i];
    const head = tree.head(i) < 0 ? 0 : tree.head(i) - a + 1;
    const misc = [`TokenRange=${t.start}:${t.end}`];
    if (i < b && tokens[i + 1].start === t.end) misc.push('SpaceAfter=No');
    lines.push([i - a + 1, t.text, t.lemma || '_', tree.upos[i], '_', '_', head, tree.rel(i), '_', misc.join('|')].join('\t'));
  }
  return `${lines.join('\n')}\n\n`;
}

/** One sentence as an indented tree: "word  UPOS  relation", children under their head. */
export function sentenceTree(doc: Doc, s: number): string {
  const sent = sentenceOf(doc, s);
  if (!sent) return '';
  const { tree, tokens, a, b } = sent;
  const out = [`# ${s + 1}: ${sent.text}`];
  const walk = (i: number, prefix: string, last: boolean, top: boolean) => {
    const branch = top ? '' : last ? '└─ ' : '├─ ';
    out.push(`${prefix}${branch}${tokens[i].text}  ${tree.upos[i]}  ${tree.rel(i)}`);
    const kids = tree.children(i);
    const next = top ? '' : prefix + (last ? '   ' : '│  ');
    kids.forEach((c, k) => walk(c, next, k === kids.length - 1, false));
  };
  for (let i = a; i <= b; i++) if (tree.head(i) < 0) walk(i, '', true, true);
  return `${out.join('\n')}\n\n`;
}
