// How deeply a page nests its elements, measured in one linear pass over the tags before any parser
// builds a DOM: linkedom's parse time grows faster than the depth (40,000 nested <div>s: 1.5 s; 300,000:
// minutes), so readers refuse markup deeper than MAX_MARKUP_DEPTH, which real pages stay far below.
// The scan follows the HTML parser's main rules closely enough for a bound: void elements, `/>` inside
// svg/math only, raw-text elements (script, style…), comments, an end tag closing up to its open
// element (none when it is not open), and the usual implied ends (<p> before a block, <li>, <td>, <tr>…).

/** Deepest nesting a reader parses: browsers' tree builders cap nesting in the hundreds; pages stay under 100. */
export const MAX_MARKUP_DEPTH = 2000;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'frame', 'basefont', 'bgsound']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
const P_CLOSERS = ['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul'];
/** Opening the key closes open elements of these names at the top of the stack (after htmlparser2, which linkedom uses). */
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ...P_CLOSERS.map((t) => [t, new Set(['p'])] as [string, Set<string>]),
  ['li', new Set(['li'])], ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])], ['dd', new Set(['dt', 'dd'])], ['dt', new Set(['dt', 'dd'])],
  ['tbody', new Set(['thead', 'tbody'])], ['tfoot', new Set(['thead', 'tbody'])], ['rt', new Set(['rt', 'rp'])], ['rp', new Set(['rt', 'rp'])],
  ['body', new Set(['head', 'link', 'script'])],
]);

// a `<` inside an unquoted attribute ends the attempt, so that `<a<a<a…` without `>` stays linear
const TAG = /<(?:(!--)|(\/?)([A-Za-z][^\s/<>]*)((?:[^<>"']|"[^"]*"|'[^']*')*?)(\/?)>|!|\?)/g;
const rawEnds = new Map<string, RegExp>();

/**
 * The deepest element nesting of `markup` (HTML, or XML with `xml`: no void or implied ends, `/>` always
 * closes), or a number over `cap` as soon as the nesting passes it. Linear in the length of the markup.
 */
export function markupDepth(markup: string, cap = MAX_MARKUP_DEPTH, xml = false): number {
  const stack: string[] = [];
  const open = new Map<string, number>(); // open elements by name: an end tag's match is found without a search
  let foreign = 0; // open svg/math elements: `/>` closes inside them
  let max = 0;
  const push = (name: string) => {
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (name === 'svg' || name === 'math') foreign++;
    if (stack.length > max) max = stack.length;
  };
  const pop = () => {
    const name = stack.pop()!;
    open.set(name, open.get(name)! - 1);
    if (name === 'svg' || name === 'math') foreign--;
  };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(markup); m; m = TAG.exec(markup)) {
    if (m[1]) { // comment: skip to its end
      const end = markup.indexOf('-->', TAG.lastIndex);
      if (end < 0) break;
      TAG.lastIndex = end + 3;
      continue;
    }
    if (!m[3]) { // <!doctype…>, <![CDATA[…]]>, <?…?>: skip to the next >
      if (markup.startsWith('![CDATA[', m.index + 1)) {
        const end = markup.indexOf(']]>', TAG.lastIndex);
        TAG.lastIndex = end < 0 ? markup.length : end + 3;
      } else {
        const end = markup.indexOf('>', TAG.lastIndex);
        TAG.lastIndex = end < 0 ? markup.length : end + 1;
      }
      continue;
    }
    const name = xml ? m[3] : m[3].toLowerCase();
    if (m[2]) { // end tag: closes up to the open element of that name, if there is one
      if (!open.get(name)) continue;
      while (stack.length && stack[stack.length - 1] !== name) pop();
      pop();
      continue;
    }
    if (!xml) {
      const closes = IMPLIES_CLOSE.get(name);
      if (closes) while (stack.length && closes.has(stack[stack.length - 1])) pop();
    }
    if ((!xml && VOID.has(name)) || (m[5] && (xml || foreign > 0))) { // void or self-closing: a leaf
      if (stack.length + 1 > max) max = stack.length + 1;
      continue;
    }
    push(name);
    if (max > cap) return max;
    if (!xml && RAW_TEXT.has(name) && !foreign) { // its text runs to its end tag
      let re = rawEnds.get(name);
      if (!re) rawEnds.set(name, (re = new RegExp(`</${name}`, 'gi')));
      re.lastIndex = TAG.lastIndex;
      const end = re.exec(markup);
      if (!end) break;
      TAG.lastIndex = end.index;
    }
  }
  return max;
}
