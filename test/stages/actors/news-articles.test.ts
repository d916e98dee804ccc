// The actors and parties of whole real articles (../shared/eval/events-news/dev, skipped with a message
// when absent): no event record whose source and target both lack actor, country and sector; no
// document-made actor id built from a title ("org:retired-lt-gen-…", "org:tory-mla"), a headline's word
// run, a common word ("person:department") or a state's name ("person:virginia"). The checks read only the output, not how it was made.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDataDir, SHARED_MISSING } from '../../../src/eval/data-dir.ts';
import { EVENTS_NEWS_DIR, readEventsNews } from '../../../src/eval/events-news.ts';
import { createDoc } from '../../../src/doc/doc.ts';
import type { Doc, EventParty } from '../../../src/doc/types.ts';
import { defaultPipeline } from '../../../src/pipeline/default.ts';
import { bundledKnowledge } from '../../../src/knowledge/knowledge.ts';
import { actorIndex } from '../../../src/stages/actors/registry.ts';
import { gazetteer } from '../../../src/stages/places/gazetteer.ts';
import { normName } from '../../../src/stages/places/normalize.ts';

const dataDir = (() => {
  const d = sharedDataDir();
  if (!d || !existsSync(join(d, EVENTS_NEWS_DIR))) {
    console.warn(d ? `${join(d, EVENTS_NEWS_DIR)} is absent: skipping the whole-article actor checks` : SHARED_MISSING);
    return null;
  }
  return d;
})();

const empty = (p: EventParty) => !p.actor && !p.country && !p.sector;

/** The article's first line when it reads as a headline: three or more words, every word of four letters
 * or more capitalised. */
function headlineSpans(text: string): { start: number; end: number }[] {
  const line = text.split('\n')[0];
  const words = line.match(/[\p{L}][\p{L}'’.-]*/gu) ?? [];
  const long = words.filter((w) => w.length >= 4);
  return words.length >= 3 && long.length && long.every((w) => /^\p{Lu}/u.test(w)) ? [{ start: 0, end: line.length }] : [];
}

describe.skipIf(!dataDir)('actors and parties on whole real articles (../shared events-news dev)', () => {
  const k = bundledKnowledge();
  const ix = actorIndex(k);
  const pipeline = defaultPipeline(k);
  const docs: Doc[] = dataDir ? readEventsNews(dataDir).map((a) => pipeline.run(createDoc({ id: a.id, date: a.date, text: a.text, title: a.title }))) : [];
  const lex = ix.lexicon;
  // Titles proper ("Secretary", "Lt.", "Speaker", "Retired"); party words ("Republican") are common words.
  const titleWords = new Set([...lex.personTitle, ...lex.honorific.keys(), 'retired', 'former'].map((w) => w.replace(/\.$/, '')));
  const commonWords = new Set([...lex.titleWord].map((w) => w.toLowerCase()));
  const given = (w: string) => lex.givenName.has(w);
  const region = (w: string) => gazetteer(k).byName.first(normName(w))?.kind === 'admin1';

  it('codes no event whose source and target both lack actor, country and sector', () => {
    const bad = docs.flatMap((d) => (d.layers.events ?? []).filter((e) => empty(e.source) && empty(e.target)).map((e) => `${d.id}: ${e.type} "${e.trigger.text}" | ${d.text.slice(e.sentence.start, e.sentence.end).slice(0, 80)}`));
    expect(bad).toEqual([]);
  });

  it('builds no actor id from a title, a headline fragment or a common word', () => {
    const bad: string[] = [];
    for (const d of docs) {
      const heads = headlineSpans(d.text);
      for (const a of d.layers.actors ?? []) {
        if (!/^(person|org):/.test(a.id) || ix.actors.has(a.id)) continue;
        const words = a.id.slice(a.id.indexOf(':') + 1).split('-');
        const mentions = (d.layers.mentions ?? []).filter((m) => m.actor === a.id && m.via !== 'pronoun');
        const glued = words.some((w, i) => titleWords.has(w) && words.slice(i + 1).some(given));
        // an organisation's name that a title word opens and an organisation word ends ("Justice Department"),
        // or ends before the place it serves ("Foreign and Commonwealth Office in London")
        const orgAt = words.findIndex((w, i) => i > 0 && lex.orgWord.has(w));
        const orgName = a.id.startsWith('org:') && words.length > 1 && (lex.orgWord.has(words[words.length - 1]) || (orgAt > 0 && /^(?:in|to|for)$/.test(words[orgAt + 1] ?? '')));
        // a post's title ending a run read as an organisation ("org:tory-mla"), not after "of" or "for"
        const post = a.id.startsWith('org:') && lex.holderTitle.has(words[words.length - 1]) && !words.some((w) => w === 'of' || w === 'for');
        if ((titleWords.has(words[0]) && !orgName) || glued || post) bad.push(`${d.id}: ${a.id} (a title)`);
        else if (a.id.startsWith('person:') && words.length === 1 && region(words[0])) bad.push(`${d.id}: ${a.id} (a place)`);
        else if (mentions.length && mentions.every((m) => heads.some((h) => h.start <= m.start && m.end <= h.end))) bad.push(`${d.id}: ${a.id} (headline only)`);
        else if (words.length === 1 && (commonWords.has(words[0]) || new RegExp(`(^|[^\\p{L}])${words[0]}([^\\p{L}]|$)`, 'u').test(d.text))) bad.push(`${d.id}: ${a.id} (a common word)`);
      }
    }
    expect(bad).toEqual([]);
  });
});
