// Plain text from an HTML fragment or document: one paragraph per block element (p, headings, list
// items, quotes…), whitespace collapsed, paragraphs separated by a blank line — the layout the pipeline
// expects of article text.
import { linkedomModule } from './linkedom.ts';
import { MAX_MARKUP_DEPTH, markupDepth } from './markup-depth.ts';

const BLOCK = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DIV', 'SECTION', 'ARTICLE', 'TD', 'TH',
  'DD', 'DT', 'FIGCAPTION', 'HEADER', 'FOOTER', 'TR', 'UL', 'OL', 'TABLE', 'MAIN', 'ASIDE', 'ADDRESS',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM', 'NAV']);

/* eslint-disable @typescript-eslint/no-explicit-any */
type Node = any;

/** Depth of the deepest element under `root` (iterative), stopping once it exceeds `cap`. */
export function elementDepth(root: Node, cap: number): number {
  let max = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if (max > cap) return max;
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) stack.push([c, depth + 1]);
  }
  return max;
}

/**
 * Removes, in place, the nodes under `root` that are neither elements nor text: comments, and a doctype or
 * processing instruction the parser left inside the body. They carry no article text, and a comment whose
 * data holds "-->" (tag soup such as `<![CDATA[-->…`) does not survive Readability's serialise-and-reparse
 * passes, on which its parse never ended (a fuzz case, 2026-12-05). Iterative, like the walks here.
 */
export function dropStrayNodes(root: Node): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    for (let c = node.firstChild; c; ) {
      const next = c.nextSibling;
      if (c.nodeType === 1) stack.push(c);
      else if (c.nodeType !== 3) c.remove();
      c = next;
    }
  }
}

/** Paragraph texts of a DOM node: inline text is gathered until the next block boundary. */
export function blockText(root: Node): string {
  const paras: string[] = [];
  let cur = '';
  const end = () => {
    const t = cur.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();
    if (t) paras.push(t);
    cur = '';
  };
  // iterative walk (an explicit stack): hostile pages nest elements deeper than the call stack allows
  const stack: { node: Node; block: boolean }[] = [];
  let next: Node | null = root.firstChild;
  for (;;) {
    if (!next) {
      const up = stack.pop();
      if (!up) break;
      if (up.block) end();
      next = up.node.nextSibling;
      continue;
    }
    const c: Node = next;
    next = c.nextSibling;
    if (c.nodeType === 3) cur += c.nodeValue ?? '';
    else if (c.nodeType === 1) {
      const tag = String((c as Element).tagName).toUpperCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'BR') {
        cur += ' ';
        continue;
      }
      const block = BLOCK.has(tag);
      if (block) end();
      stack.push({ node: c, block });
      next = c.firstChild;
    }
  }
  end();
  return paras.join('\n\n');
}

/** Text of an HTML fragment (e.g. a feed item's content). Plain text without tags is returned as it is. */
export function htmlToText(html: string): string {
  if (!/<[a-z!/][^>]*>/i.test(html)) return decodeEntities(html).replace(/[ \t]+/g, ' ').trim();
  // nesting too deep to parse in bounded time (markup-depth.ts): the text between the tags, one paragraph
  if (markupDepth(html) > MAX_MARKUP_DEPTH) return decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
  const { document } = linkedomModule().parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return blockText(document.body);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}
