// Who said it (the shipped parser on the team's own sentences): the controller of a participle frame
// set off by a comma (also across an apposition of the clause's subject), a role then a name set off as
// its apposition, a long apposition between a quote and its cue, a subject before a participle phrase
// ("Farmers marching along the highway chanted"), a quantifier as speaker ("some argue"), a trailing
// frame with a bare time phrase, cue words inside names, the subject of a clause that ends in a colon
// after its object ("posted the following comment:"); the actor of a bare family name no mention covers.
import { describe, expect, it } from 'vitest';
import { makeDoc, org, person, quotesOf, quoteStarting } from './helpers.ts';
import { actorForSpan } from '../../../src/stages/actors/lookup.ts';
import { canSpeak } from '../../../src/stages/quotes/speaker.ts';
import { extractQuotes, quotesComponent } from '../../../src/stages/quotes/index.ts';
import { quoteLexicon } from '../../../src/stages/quotes/lexicon.ts';
import { actorIndex } from '../../../src/stages/actors/registry.ts';
import { bundledKnowledge } from '../../../src/knowledge/knowledge.ts';
import type { Doc } from '../../../src/doc/types.ts';

const quotes = (text: string) => quotesOf(makeDoc(text));

describe('speakers of participle frames', () => {
  it('gives "…,” adding that …" after a quote the speaker of the quote, not the subject inside it', () => {
    const qs = quotes('In a letter, the union said: “The strike will go ahead,” adding that talks had collapsed.');
    const added = quoteStarting(qs, 'talks had collapsed', 'indirect');
    expect(added.cue).toBe('adding');
    expect(added.speaker?.text).toBe('the union');
  });

  it('never reads the phrase after "…, speaking of" as a speaker', () => {
    const qs = quotes('“The mill is our history,” said Okafor, speaking of the town’s economy.');
    expect(quoteStarting(qs, 'The mill is our history', 'direct').speaker?.text).toBe('Okafor');
    for (const q of qs) expect(q.speaker?.text ?? '').not.toMatch(/economy/);
    const about = qs.find((q) => q.cue === 'speaking of');
    if (about) expect(about.speaker?.text).toBe('Okafor');
  });
});

describe('speakers set off by commas and dashes', () => {
  it('gives a participle cue the name before the apposition of a clause it hangs on', () => {
    const qs = quotes('Ann Berg, a former judge and mayor of the town, poked fun at the plan during the meeting, tweeting, “Nice plan. Who pays?”');
    const q = quoteStarting(qs, 'Nice plan', 'direct');
    expect(q.speaker?.text).toBe('Ann Berg');
    expect(q.cue).toBe('tweeting');
  });

  it('takes the name set off after a role ("the party’s treasurer, Ann Cole, said")', () => {
    const qs = quotes('The party’s treasurer, Ann Cole, said the audit was “long overdue.” In an interview, the governor’s spokesman, Tom Reyes, said the plan was “a mess.”');
    expect(quoteStarting(qs, 'long overdue', 'partial').speaker?.text).toBe('Ann Cole');
    expect(quoteStarting(qs, 'a mess', 'partial').speaker?.text).toBe('Tom Reyes');
  });

  it('reaches the cue after a long apposition, past a cue word inside it', () => {
    const text =
      '“The plan is clear: to win the vote,” Jane Miller, a senior fellow at the Brookings Institution and a former ambassador who advised two presidents, said of the campaign. “They want a quick win.”';
    const qs = quotes(text);
    const first = quoteStarting(qs, 'The plan is clear', 'direct');
    expect(first.speaker?.text).toBe('Jane Miller');
    expect(first.cue).toBe('said');
    // the second piece continues the quote its long frame interrupts: one quote in two parts
    expect(first.parts?.map((p) => text.slice(p.start, p.end))).toEqual(['The plan is clear: to win the vote,', 'They want a quick win.']);
  });
});

describe('subjects before a participle phrase', () => {
  it('passes over a participle and its prepositional phrase to the subject of the cue', () => {
    const qs = quotes('Farmers marching along the highway chanted "No farms, no food!" A survey published in early May found that most residents back the plan.');
    expect(quoteStarting(qs, 'No farms', 'partial').speaker?.text).toBe('Farmers');
    const found = quoteStarting(qs, 'most residents back the plan', 'indirect');
    expect(found.speaker?.text).toBe('A survey');
    expect(found.cue).toBe('found');
  });
});

describe('quantifiers as speakers', () => {
  it('takes a quantifier standing alone before the cue as its speaker ("some argue that …")', () => {
    const qs = quotes('But some argue that the tax will hurt farmers. Many believe the vote was rigged.');
    expect(quoteStarting(qs, 'the tax will hurt farmers', 'indirect').speaker?.text).toBe('some');
    expect(quoteStarting(qs, 'the vote was rigged', 'indirect').speaker?.text).toBe('Many');
  });
});

describe('frames the tree reads', () => {
  it('takes a trailing frame with a bare time phrase ("a spokeswoman announced Tuesday morning")', () => {
    const qs = quotes('The port will reopen next week, a spokeswoman announced Tuesday morning.');
    const q = quoteStarting(qs, 'The port will reopen next week', 'indirect');
    expect(q.speaker?.text).toBe('a spokeswoman');
    expect(q.cue).toBe('announced');
  });

  it('finds no cue inside a name ("the United States would …")', () => {
    const text = 'Secretary Lin said the United States would take “firm steps” in response.';
    const doc = makeDoc(text);
    const at = text.indexOf('United States');
    doc.layers.entities = [{ start: at, end: at + 'United States'.length, text: 'United States', label: 'GPE', actor: null }];
    const qs = quotesOf(doc);
    const partial = quoteStarting(qs, 'firm steps', 'partial');
    expect(partial.cue).toBe('said');
    expect(partial.speaker?.text).toBe('Secretary Lin');
    expect(qs.some((q) => q.cue === 'States')).toBe(false);
  });
});

describe('speakers when a cue word is a noun or a colon closes the clause', () => {
  it('gives the quote the clause subject, not a cue noun or a name in the object before the colon', () => {
    const qs = quotes('On May 3, 2015, Ruiz posted the following comment online: “We will never sell the port.” Mr Lee thanked the staff of the Royal Hospital: “You kept us alive this winter.”');
    expect(quoteStarting(qs, 'We will never sell', 'direct').speaker?.text).toBe('Ruiz');
    expect(quoteStarting(qs, 'You kept us alive', 'direct').speaker?.text).toBe('Mr Lee');
  });

  it('reads no cue in a noun that modifies the next one ("state television reported")', () => {
    const q = quoteStarting(quotes('He was held for "insulting the state," state television reported on Monday.'), 'insulting the state', 'partial');
    expect(q.cue).toBe('reported');
    expect(q.speaker?.text).toBe('state television');
  });

  it('still takes a name that opens its line before a colon', () => {
    const qs = quotes('The debate ended late.\n\nHarlan: “The vote was a farce.”');
    expect(quoteStarting(qs, 'The vote was a farce', 'direct').speaker?.text).toBe('Harlan');
  });
});

describe('canSpeak', () => {
  it('refuses a speaker span without a letter or inside a time expression, keeps a name next to a date', () => {
    const text = 'Council members voted on Wednesday - the mayor called it a “fresh start”.';
    const doc = makeDoc(text);
    const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
    doc.layers.timexes = [{ ...at('Wednesday'), text: 'Wednesday', type: 'DATE', value: '2023-03-08', precision: 'day' }];
    expect(canSpeak(doc, at('-'))).toBe(false);
    expect(canSpeak(doc, at('Wednesday'))).toBe(false);
    expect(canSpeak(doc, at('the mayor'))).toBe(true);
    expect(canSpeak(doc, at('Council members voted on Wednesday'))).toBe(true);
  });
});

describe('actors of speakers no mention covers (the stage as the pipeline builds it)', () => {
  const staged = (doc: Doc) => {
    quotesComponent(bundledKnowledge()).process(doc);
    return doc.layers.quotes ?? [];
  };
  const ROSA = person('person:rosa-vale', 'Rosa Vale', 'USA');
  const TOM = person('person:tom-vale', 'Tom Vale', 'USA');

  it('gives a bare family name, with or without an honorific, the one person named before with it', () => {
    const text = 'Rosa Vale runs the bakery on Main Street. “We never close on Sundays,” Vale said. “Not once,” Ms. Vale added.';
    const qs = staged(makeDoc(text, [ROSA], [{ text: 'Rosa Vale', actor: ROSA.id }]));
    expect(quoteStarting(qs, 'We never close', 'direct').speaker).toMatchObject({ text: 'Vale', actor: ROSA.id });
    expect(quoteStarting(qs, 'Not once', 'direct').speaker).toMatchObject({ text: 'Ms. Vale', actor: ROSA.id });
  });

  it('leaves a family name two persons share, or one named only later, without an actor', () => {
    const shared = 'Rosa Vale and Tom Vale run the bakery. “We never close on Sundays,” Vale said.';
    const two = staged(makeDoc(shared, [ROSA, TOM], [{ text: 'Rosa Vale', actor: ROSA.id }, { text: 'Tom Vale', actor: TOM.id }]));
    expect(quoteStarting(two, 'We never close', 'direct').speaker).toMatchObject({ text: 'Vale', actor: null });
    const later = '“We never close on Sundays,” Vale said. Rosa Vale runs the bakery.';
    const one = staged(makeDoc(later, [ROSA], [{ text: 'Rosa Vale', actor: ROSA.id }]));
    expect(quoteStarting(one, 'We never close', 'direct').speaker).toMatchObject({ text: 'Vale', actor: null });
  });
});

describe('a role with a person named in its apposition (issue 15)', () => {
  const lopes = person('person:ana-lopes', 'Ana Lopes', 'USA');
  const mention = { text: 'Ana Lopes', actor: 'person:ana-lopes' };

  it('is the named person: the role and the name as its words, the person as its actor', () => {
    const [q] = quotesOf(makeDoc('The airline’s chief pilot, Ana Lopes, said the runway was unsafe.', [lopes], [mention])).filter((x) => x.kind === 'indirect');
    expect(q.speaker?.text).toBe('The airline’s chief pilot, Ana Lopes');
    expect(q.speaker?.actor).toBe('person:ana-lopes');
  });

  it('leaves a name that opens the main clause after "according to" alone', () => {
    const qs = quotesOf(makeDoc('According to officials, Ana Lopes was not on board.', [lopes], [mention]));
    for (const q of qs) expect(q.speaker?.actor ?? null).not.toBe('person:ana-lopes');
  });

  it('is the person whose name opens the sentence before a role no comma closes', () => {
    const text = 'The route opens in May. Ana Lopes, head of planning at the Harbour Transit Authority said: “We are ready.”';
    const [q] = quotesOf(makeDoc(text, [lopes], [mention])).filter((x) => x.kind === 'direct');
    expect(q.speaker?.text).toBe('Ana Lopes, head of planning at the Harbour Transit Authority');
    expect(q.speaker?.actor).toBe('person:ana-lopes');
  });

  it('leaves a speaker after a name that does not open its sentence', () => {
    const text = 'After meeting Ana Lopes, the head of the Harbour Transit Authority said the route would open.';
    const qs = quotesOf(makeDoc(text, [lopes], [mention])).filter((x) => x.kind === 'indirect');
    for (const q of qs) expect(q.speaker?.actor ?? null).not.toBe('person:ana-lopes');
  });
});

describe('speakers of passive cues (issue 15)', () => {
  it('takes the agent after "by", never the subject', () => {
    const qs = quotes('The new tablet was praised by Lee as “the best thing we have ever made.”');
    expect(quoteStarting(qs, 'the best thing', 'partial').speaker?.text).toBe('Lee');
    const offered = quotes('A different view is offered by Ana Lopes, a historian at the college, who said, “Towns rarely change so fast.”');
    expect(quoteStarting(offered, 'Towns rarely change', 'direct').speaker?.text).toBe('Ana Lopes');
  });

  it('keeps an agentless passive as a frame with no speaker', () => {
    const q = quoteStarting(quotes('The plan was labeled “Mostly True.”'), 'Mostly True', 'partial');
    expect(q.speaker).toBeNull();
    expect(q.cue).toBe('labeled');
    expect(q.scare).toBeFalsy();
  });
});

describe('speakers named by kinship', () => {
  const kin = actorIndex(bundledKnowledge()).lexicon.kinNoun;
  const withKin = (doc: Doc) => extractQuotes(doc, quoteLexicon(bundledKnowledge()), { kin });
  const ian = person('person:ian-lau', 'Ian Lau', 'CAN');
  const tom = person('person:thomas-reed', 'Thomas Reed', 'CAN');
  const boy = person('person:eli-park', 'Eli Park', 'CAN');

  it('never gives a wife, parents or a sister the actor of the person they are kin to', () => {
    const doc = makeDoc(
      'Ian Lau spoke at the hearing. "She was our miracle," said Ian\'s wife Cynthia. Thomas Reed was sentenced on Friday. Thomas\' sister said the family would appeal. Eli Park was found on Monday. "We are so relieved," his parents said.',
      [ian, tom, boy],
      [
        { text: 'Ian Lau', actor: ian.id },
        { text: 'Ian', actor: ian.id, nth: 1 },
        { text: 'Thomas Reed', actor: tom.id },
        { text: 'Thomas', actor: tom.id, nth: 1 },
        { text: 'Eli Park', actor: boy.id },
        { text: 'his', actor: boy.id, via: 'pronoun' },
      ],
    );
    const qs = withKin(doc);
    expect(quoteStarting(qs, 'She was our miracle', 'direct').speaker).toMatchObject({ text: "Ian's wife Cynthia", actor: null });
    expect(quoteStarting(qs, 'the family would appeal', 'indirect').speaker).toMatchObject({ text: "Thomas' sister", actor: null });
    expect(quoteStarting(qs, 'We are so relieved', 'direct').speaker).toMatchObject({ text: 'his parents', actor: null });
    // without the kin list the possessor's actor is taken, as before
    expect(quoteStarting(quotesOf(doc), 'She was our miracle', 'direct').speaker?.actor).toBe(ian.id);
  });

  it('keeps the actor of the name set beside the kin noun', () => {
    const lucy = person('person:lucy-lau', 'Lucy Lau', 'CAN');
    const doc = makeDoc("Lucy Lau is home. Lucy's father Ian Lau said she was doing well.", [lucy, ian], [
      { text: 'Lucy Lau', actor: lucy.id },
      { text: 'Lucy', actor: lucy.id, nth: 1 },
      { text: 'Ian Lau', actor: ian.id },
    ]);
    expect(quoteStarting(withKin(doc), 'she was doing well', 'indirect').speaker?.actor).toBe(ian.id);
  });
});

describe('speakers named by a person noun with a person as possessor', () => {
  const lex = actorIndex(bundledKnowledge()).lexicon;
  const opts = { kin: lex.kinNoun, personNoun: new Set(['adviser', 'strategist', 'doctor', 'lawyer', 'manager']) };
  const withNouns = (doc: Doc) => extractQuotes(doc, quoteLexicon(bundledKnowledge()), opts);
  const mara = person('person:mara-quill', 'Mara Quill', 'USA');
  const otto = person('person:otto-brand', 'Otto Brand', 'USA');

  it('never gives an adviser, a strategist or a lawyer the actor of the person they serve', () => {
    const doc = makeDoc(
      'Mara Quill toured the plant on Monday. One of Ms. Quill\'s economic advisers said the tariffs would stay. "It was a mistake," Quill\'s former campaign strategist said. Otto Brand was charged in May. His lawyer said he would plead not guilty.',
      [mara, otto],
      [
        { text: 'Mara Quill', actor: mara.id },
        { text: 'Ms. Quill', actor: mara.id },
        { text: 'Quill', actor: mara.id, nth: 2 },
        { text: 'Otto Brand', actor: otto.id },
        { text: 'His', actor: otto.id, via: 'pronoun' },
      ],
    );
    const qs = withNouns(doc);
    expect(quoteStarting(qs, 'the tariffs would stay', 'indirect').speaker).toMatchObject({ actor: null });
    expect(quoteStarting(qs, 'It was a mistake', 'direct').speaker).toMatchObject({ text: "Quill's former campaign strategist", actor: null });
    expect(quoteStarting(qs, 'he would plead not guilty', 'indirect').speaker).toMatchObject({ text: 'His lawyer', actor: null });
    const to = makeDoc('Mara Quill spoke on Monday. Advisers to Ms. Quill said the plan would change.', [mara], [
      { text: 'Mara Quill', actor: mara.id },
      { text: 'Ms. Quill', actor: mara.id },
    ]);
    expect(quoteStarting(withNouns(to), 'the plan would change', 'indirect').speaker).toMatchObject({ text: 'Advisers to Ms. Quill', actor: null });
    // without the person nouns the possessor's actor is taken, as before
    expect(quoteStarting(extractQuotes(doc, quoteLexicon(bundledKnowledge()), { kin: lex.kinNoun }), 'It was a mistake', 'direct').speaker?.actor).toBe(mara.id);
  });

  it('keeps the name set beside the noun, another mention of the phrase, and a body\'s people', () => {
    const manager = person('person:dev-orla', 'Dev Orla', 'USA');
    const hlh = org('group:USA:HLH', 'American health sector', 'USA', 'group');
    const firm = org('org:velto', 'Velto', 'USA');
    const doc = makeDoc(
      "Mara Quill's campaign manager Dev Orla said the count was fair. Mara Quill's doctor said she was healthy. Velto's lawyer said the firm would appeal.",
      [mara, manager, hlh, firm],
      [
        { text: 'Mara Quill', actor: mara.id },
        { text: 'Dev Orla', actor: manager.id },
        { text: 'Mara Quill', actor: mara.id, nth: 1 },
        { text: 'doctor', actor: hlh.id, via: 'sector-phrase' },
        { text: 'Velto', actor: firm.id },
      ],
    );
    const qs = withNouns(doc);
    expect(quoteStarting(qs, 'the count was fair', 'indirect').speaker?.actor).toBe(manager.id);
    expect(quoteStarting(qs, 'she was healthy', 'indirect').speaker?.actor).toBe(hlh.id);
    expect(quoteStarting(qs, 'the firm would appeal', 'indirect').speaker?.actor).toBe(firm.id);
  });
});

describe('a bare spokesperson', () => {
  const firm = org('org:lumen', 'Lumen', 'USA');
  const gov = org('group:USA:GOV', 'American government', 'USA', 'group');

  it('speaks for the organisation that spoke just before, not for the government the sector phrase gave it', () => {
    const doc = makeDoc('Lumen said it had fixed a fault in its billing system. The spokesperson added that no customer had been charged twice.', [firm, gov], [
      { text: 'Lumen', actor: firm.id },
      { text: 'The spokesperson', actor: gov.id, via: 'sector-phrase' },
    ]);
    expect(quoteStarting(quotesOf(doc), 'no customer had been charged twice', 'indirect').speaker).toMatchObject({ text: 'The spokesperson', actor: firm.id });
  });

  it('keeps its actor when a person spoke last, or when it names its body', () => {
    const ann = person('person:ann-lee', 'Ann Lee', 'USA');
    const doc = makeDoc('Ann Lee said the vote was fair. The spokesperson added that the count would end on Friday.', [ann, gov], [
      { text: 'Ann Lee', actor: ann.id },
      { text: 'The spokesperson', actor: gov.id, via: 'sector-phrase' },
    ]);
    expect(quoteStarting(quotesOf(doc), 'the count would end', 'indirect').speaker?.actor).toBe(gov.id);
    const named = makeDoc('Lumen said it had fixed a fault. A city spokesperson added that the office would reopen.', [firm, gov], [
      { text: 'Lumen', actor: firm.id },
      { text: 'city', actor: gov.id },
    ]);
    expect(quoteStarting(quotesOf(named), 'the office would reopen', 'indirect').speaker?.actor).toBe(gov.id);
  });
});

describe('"X quoted Y as saying" (issue 15)', () => {
  const okoro = person('person:bola-okoro', 'Bola Okoro', 'NGA');
  const mention = { text: 'Okoro', actor: 'person:bola-okoro' };

  it('gives the quote to the one quoted and names the quoting medium as its outlet', () => {
    const text = '“We will not sign while the fees stand,” the Harbour Gazette quoted Okoro as saying.';
    const q = quoteStarting(quotesOf(makeDoc(text, [okoro], [mention])), 'We will not sign', 'direct');
    expect(q.speaker).toMatchObject({ text: 'Okoro', actor: 'person:bola-okoro' });
    expect(q.outlet).toBe('Harbour Gazette');
    expect(q.cue).toBe('quoted');
  });

  it('reads the same frame when the sentence goes on after it', () => {
    const text = '“We will not sign while the fees stand,” Gazette.com quoted Okoro as saying, although the council disputed the figures.';
    const q = quotesOf(makeDoc(text, [okoro], [mention])).find((x) => x.text.startsWith('We will not sign'));
    expect(q?.speaker).toMatchObject({ text: 'Okoro', actor: 'person:bola-okoro' });
    expect(q?.outlet).toBe('Gazette.com');
  });

  it('keeps the outlet to that quote: the speaker’s later words elsewhere name none', () => {
    const text = [
      '“We will not sign while the fees stand,” the Harbour Gazette quoted Okoro as saying.',
      'Okoro later told reporters that the talks would resume.',
    ].join('\n\n');
    const doc = makeDoc(text, [okoro], [mention, { text: 'Okoro', actor: 'person:bola-okoro', nth: 1 }]);
    expect(quoteStarting(quotesOf(doc), 'the talks would resume', 'indirect').outlet).toBeNull();
  });

  it('leaves "X quoted a report" without "as saying" to its subject', () => {
    const q = quoteStarting(quotes('“The fees are too high,” the mayor quoted from the report.'), 'The fees are too high', 'direct');
    expect(q.speaker?.text).toBe('the mayor');
  });
});

describe('a speaker’s actor, not that of a person its modifier names (issue 15)', () => {
  const rowan = person('person:mike-rowan', 'Mike Rowan', 'CAN');

  it('gives "people familiar with his plans" no actor from "his"', () => {
    const text = 'Mike Rowan met the premier on Friday. He will take the job, according to three people familiar with his plans.';
    const doc = makeDoc(text, [rowan], [
      { text: 'Mike Rowan', actor: rowan.id },
      { text: 'He', actor: rowan.id, via: 'pronoun' },
      { text: 'his', actor: rowan.id, via: 'pronoun' },
    ]);
    const q = quoteStarting(quotesOf(doc), 'He will take the job', 'indirect');
    expect(q.speaker?.text).toBe('three people familiar with his plans');
    expect(q.speaker?.actor).toBeNull();
  });

  it('keeps the body an affiliation names: "a spokesman for X", "advisers to X"', () => {
    const port = org('org:harbour-authority', 'Harbour Authority', 'CAN');
    const doc = makeDoc('A spokesman for the Harbour Authority said the pier would close.', [port], [{ text: 'Harbour Authority', actor: port.id }]);
    expect(quoteStarting(quotesOf(doc), 'the pier would close', 'indirect').speaker?.actor).toBe(port.id);
    const aides = makeDoc('Advisers to Mike Rowan say he will run again.', [rowan], [{ text: 'Mike Rowan', actor: rowan.id }]);
    expect(quoteStarting(quotesOf(aides), 'he will run again', 'indirect').speaker?.actor).toBe(rowan.id);
  });
});

describe('a body or place before a role and a name closing the speaker phrase (issue 15)', () => {
  const lopes = person('person:ana-lopes', 'Ana Lopes', 'USA');
  const harbour = org('org:harbour-authority', 'Harbour Authority', 'USA');
  // (the closing name is read by the actors stage's lookup, as in the pipeline)
  const withLookup = (doc: Doc) => quotesOf(doc, { actorLookup: (d, span) => actorForSpan(d, span)?.actor.id ?? null });

  it('is the person whose full name closes it, though no mention covers the name there', () => {
    const text = 'Ana Lopes toured the port. Chilean envoy to the Harbour Authority Ana Lopes said the pier is safe.';
    const doc = makeDoc(text, [lopes, harbour], [{ text: 'Ana Lopes', actor: lopes.id }, { text: 'Harbour Authority', actor: harbour.id }]);
    const q = quoteStarting(withLookup(doc), 'the pier is safe', 'indirect');
    expect(q.speaker?.text).toMatch(/Harbour Authority Ana Lopes$/);
    expect(q.speaker?.actor).toBe(lopes.id);
  });

  it('is not the person named as the object of a preposition', () => {
    const text = 'Ana Lopes toured the port. A Chilean aide to Ana Lopes said the pier is safe.';
    const doc = makeDoc(text, [lopes], [{ text: 'Ana Lopes', actor: lopes.id }]);
    const q = quoteStarting(withLookup(doc), 'the pier is safe', 'indirect');
    expect(q.speaker?.actor ?? null).not.toBe(lopes.id);
  });
});

describe('a quote inside a tree attribution of its cue (issue 15, twenty-eighth session)', () => {
  it('takes the tree speaker where the word-order frame read the object', () => {
    // the word-order frame reads "the new plans at the Hamilton" (the comma of the place name) as the speaker
    const doc = makeDoc('The mayor unveiled the new plans at the Hamilton, Ontario conference, saying the city has “waited far too long for a real transit line.”', [person('person:ann-vale', 'Ann Vale', 'CAN')], [{ text: 'The mayor', actor: 'person:ann-vale' }]);
    const q = quoteStarting(quotesOf(doc), 'waited far too long', 'partial');
    expect(q.speaker?.text).toBe('The mayor');
    expect(q.speaker?.actor).toBe('person:ann-vale');
  });
});

describe('a quote inside a tree attribution whose speaker names no actor (issue 15, twenty-ninth session)', () => {
  it('takes the whole source phrase where the word-order frame read the end of it', () => {
    // the word-order frame reads only "the negotiations" before the cue
    const q = quoteStarting(quotes('The Daily Ledger reported that somebody familiar with the negotiations said the offer has "many strings attached" because of the loans.'), 'many strings attached', 'partial');
    expect(q.speaker?.text).toBe('somebody familiar with the negotiations');
  });

  it('takes the source phrase where the word-order frame read a date', () => {
    const text = 'A farmers union earlier this week urged the minister to set up a panel to "review every subsidy." The group also asked for a hearing.';
    const doc = makeDoc(text);
    const at = text.indexOf('this week');
    doc.layers.timexes = [{ start: at, end: at + 'this week'.length, text: 'this week', type: 'DATE', value: '2023-W10' } as never];
    const q = quoteStarting(quotesOf(doc), 'review every subsidy', 'partial');
    expect(q.speaker?.text).toBe('A farmers union');
  });
});

describe('a quoted sentence right after a person\'s reported speech (issue 15, twenty-eighth session)', () => {
  const vale = [person('person:ann-vale', 'Ann Vale', 'CAN')];
  it('goes on with that speaker when no other person becomes the subject between', () => {
    const doc = makeDoc('Ann Vale said the ward would reopen next week. The building had been closed for two years.\n\n“We owe this to the nurses who never gave up.”', vale, [{ text: 'Ann Vale', actor: 'person:ann-vale' }]);
    const q = quoteStarting(quotesOf(doc), 'We owe this', 'direct');
    expect(q.speaker?.actor).toBe('person:ann-vale');
  });

  it('leaves the quote alone after a sentence about someone else', () => {
    const doc = makeDoc('Ann Vale said the ward would reopen next week. He toured the empty building on Friday.\n\n“We owe this to the nurses who never gave up.”', vale, [{ text: 'Ann Vale', actor: 'person:ann-vale' }]);
    expect(quoteStarting(quotesOf(doc), 'We owe this', 'direct').speaker).toBeNull();
  });
});
