// Event coding on hand-made sentences with hand-filled actor mentions: argument frames, passive,
// coordination, noun triggers, modes, speaker frames, accuser targets and dedup.
import { describe, expect, it } from 'vitest';
import { brief, events, COUNTRIES, type ActorSpec } from './helpers.ts';

const A = COUNTRIES;
const text = (t: string) => brief({ text: t, actors: A });

describe('argument frames', () => {
  it('codes subject → object and verb + particle frames', () => {
    expect(text('Britain has called on Russia to intervene in the crisis.')).toContain('REQUEST GBR>RUS asserted');
    expect(text('The EU has accused Belarus of encouraging illegal crossings.')).toEqual(['ACCUSE EU>BLR asserted']);
    expect(text('Turkey condemned Israel on Tuesday.')).toEqual(['ACCUSE TUR>ISR asserted']);
  });

  it('finds the target after a preposition ("deployed to Y") and the source in a group noun phrase', () => {
    expect(text('Germany deployed 300 soldiers to Poland last week.')).toEqual(['AID DEU>POL asserted']);
    expect(text('A small team of British engineers has been deployed to Poland.')).toEqual(['AID GBR>POL asserted']);
  });

  it('swaps roles in the passive, with the agent after "by"', () => {
    expect(text('Ukraine was attacked by Russia overnight.')).toEqual(['ASSAULT RUS>UKR asserted']);
    expect(text('Iran was accused by Israel of hiding nuclear material.')).toEqual(['ACCUSE ISR>IRN asserted']);
    // No agent, no source: nothing is invented.
    expect(text('Iran was accused of hiding nuclear material.')).toEqual([]);
  });

  it('codes noun triggers with possessor, premodifier and light-verb sources', () => {
    expect(text("The bloc's sanctions on Russia took effect.")).toEqual(['SANCTION EU>RUS asserted']);
    expect(text('EU sanctions on Iran were tightened.')).toEqual(['SANCTION EU>IRN asserted']);
    expect(text('France imposed new tariffs on China.')).toEqual(['SANCTION FRA>CHN asserted']);
    expect(text('Germany warned Russia over its threats to stop oil deliveries to the EU.')).toEqual(
      expect.arrayContaining(['THREATEN DEU>RUS asserted', 'THREATEN RUS>EU asserted']),
    );
  });

  it('takes the target from a "receive" verb\'s subject', () => {
    expect(text('Iran faces sanctions from the EU over its programme.')).toEqual(['SANCTION EU>IRN asserted']);
  });

  it('skips appositions, relative clauses and prepositional phrases when finding the subject', () => {
    expect(text('Poland, which borders Belarus, accused Russia of provocations.')).toEqual(['ACCUSE POL>RUS asserted']);
    expect(text('In a speech in Berlin, France praised Ukraine.')).toEqual(['SUPPORT FRA>UKR asserted']);
    expect(text('It comes as Russia warned Ukraine over the drills.')).toEqual(['THREATEN RUS>UKR asserted']);
  });

  it('shares the subject across coordinated verbs', () => {
    expect(text('Belarus denied wrongdoing but accused Poland of lying.')).toEqual(['ACCUSE BLR>POL asserted']);
  });

  it('never codes an actor against itself unless the pattern allows it', () => {
    expect(text('Russia criticised Russia.')).toEqual([]);
    expect(text('Belarus launched a crackdown on domestic protests.')).toEqual(['COERCE BLR>BLR asserted']);
  });
  it('codes an act with no one acted on with no target (a strike, a mobilisation, a curfew)', () => {
    expect(text('Ukrainian miners went on strike.')).toEqual(['PROTEST UKR>null asserted']);
    expect(text('Poland mobilised its reserves.')).toEqual(['MOBILIZE POL>null asserted']);
    expect(text('Syria violated the truce.')).toEqual(['ASSAULT SYR>null asserted']);
  });
});

describe('coordination', () => {
  it('gives one event per coordinated source and per coordinated target', () => {
    expect(text('Russia and Belarus attacked Ukraine.')).toEqual(['ASSAULT RUS>UKR asserted', 'ASSAULT BLR>UKR asserted']);
    expect(text('The EU imposed sanctions on Russia and Belarus.')).toEqual(
      expect.arrayContaining(['SANCTION EU>RUS asserted', 'SANCTION EU>BLR asserted']),
    );
  });
});

describe('modes', () => {
  it('marks negation, including a denied gerund', () => {
    expect(text('China did not condemn Russia.')).toEqual(['ACCUSE CHN>RUS negated']);
    expect(text('Russia denies attacking Ukraine.')).toEqual(['ASSAULT RUS>UKR negated']);
  });

  it('marks modals, conditionals and infinitival complements as hypothetical', () => {
    expect(text('Iran could attack Israel.')).toEqual(['ASSAULT IRN>ISR hypothetical']);
    expect(text('If Russia invades Ukraine, the response will be severe.')).toEqual(['ASSAULT RUS>UKR hypothetical']);
    expect(text('Turkey threatened to attack Syria.')).toEqual(expect.arrayContaining(['ASSAULT TUR>SYR hypothetical', 'THREATEN TUR>SYR asserted']));
  });

  it('marks will and plans as future', () => {
    // A cooperative act announced for the future is also the source's stated intent: AGREE, asserted.
    expect(text('Kenya will meet Uganda next week.')).toEqual(['CONSULT KEN>UGA future', 'AGREE KEN>UGA asserted']);
    expect(text('France plans to visit China.')).toEqual(['CONSULT FRA>CHN future', 'AGREE FRA>CHN asserted']);
  });

  it('marks events inside a quote as reported by the speaker', () => {
    const evs = events({
      text: 'The minister said: "Russia has attacked Ukraine again."',
      actors: [...A, { id: 'person:minister', country: 'GBR', kind: 'person', say: ['The minister'] }],
      quotes: [{ text: 'Russia has attacked Ukraine again.', speaker: 'person:minister' }],
    });
    expect(evs.map((e) => [e.type, e.mode, e.reportedBy, e.quote])).toEqual([['ASSAULT', 'reported', 'person:minister', 0]]);
  });

  it('codes wrongdoing described in a quote as the speaker\'s accusation (speaker frame)', () => {
    const evs = events({
      text: 'Britain said: "Minsk is using migrants as pawns."',
      actors: A,
      quotes: [{ text: 'Minsk is using migrants as pawns.', speaker: 'country:GBR' }],
    });
    expect(evs.map((e) => `${e.type} ${e.source.country}>${e.target.country} ${e.mode}`)).toEqual(['ACCUSE GBR>BLR reported']);
  });
});

describe('appositions', () => {
  it('takes the named party of an apposition over a description of it, on the parse', () => {
    const kim: ActorSpec = { id: 'person:kim', country: 'PRK', kind: 'person', say: ['Kim Jong Un'] };
    const evs = events({ text: "Japan accused the country's leader, Kim Jong Un, of recklessness.", actors: [...A, { id: 'country:JPN', country: 'JPN', say: ['Japan'] }, kim], tree: true });
    expect(evs.map((e) => `${e.type} ${e.source.actor}>${e.target.actor}`)).toEqual(['ACCUSE country:JPN>person:kim']);
  });
});

describe('accuser targets and dedup', () => {
  it('points "denies the allegations" at the last accuser', () => {
    expect(text('The EU accused Belarus of orchestrating the crisis. Belarus denies the allegations.')).toEqual([
      'ACCUSE EU>BLR asserted',
      'REJECT BLR>EU asserted',
    ]);
  });

  it('points a denial at the speaker of the last statement about the denier when no accusation was coded', () => {
    const karim: ActorSpec = { id: 'person:karim', country: 'EGY', kind: 'person', say: ['Ahmed Karim', 'Karim'] };
    const egy: ActorSpec = { id: 'country:EGY', country: 'EGY', say: ['Egypt'] };
    const gov: ActorSpec = { id: 'group:TUR:GOV', country: 'TUR', sector: 'GOV', kind: 'group', say: ['the Turkish government'] };
    const said = 'the opposition leader Ahmed Karim had organised the riots';
    const doc = (t: string, speaker: string) => ({ text: t, actors: [karim, egy, gov], quotes: [{ text: said, speaker, kind: 'indirect' as const }] });
    expect(brief(doc(`The Turkish government said on Monday that ${said}. Karim has rejected those claims.`, 'group:TUR:GOV'))).toEqual(['REJECT EGY>TUR asserted']);
    // A statement that does not name the denier is no charge against it.
    expect(brief({ ...doc(`The Turkish government said on Monday that ${said}. Egypt has rejected those claims.`, 'group:TUR:GOV') })).toEqual([]);
    // Nor is the denier's own statement.
    expect(brief(doc(`Karim said on Monday that ${said}. Karim has rejected those claims.`, 'person:karim'))).toEqual([]);
  });

  it('merges retellings into one record with every trigger in mentions and a stable key', () => {
    const evs = events({ text: 'Israel struck Syria on Monday. Officials said Israel had struck Syria twice.', actors: A });
    expect(evs).toHaveLength(1);
    expect(evs[0].mentions).toHaveLength(2);
    expect(evs[0].key).toMatch(/^[0-9a-f]{16}$/);
    const again = events({ text: 'Israel struck Syria on Monday.', actors: A });
    expect(again[0].key).toBe(evs[0].key);
  });

  it('keeps tellings dated by different time expressions as separate instances', () => {
    const two = events({
      text: 'Israel struck Syria on Monday. The army said Israel had also struck Syria on Friday.',
      actors: A,
      timexes: [{ text: 'on Monday', value: '2023-03-13' }, { text: 'on Friday', value: '2023-03-10' }],
    });
    expect(two.map((e) => e.date)).toEqual(['2023-03-13', '2023-03-10']);
    // The same day again, or a month that holds it, is a retelling.
    const one = events({
      text: 'Israel struck Syria on Monday. The army said Israel struck Syria in March.',
      actors: A,
      timexes: [{ text: 'on Monday', value: '2023-03-13' }, { text: 'in March', value: '2023-03', precision: 'month' }],
    });
    expect(one).toHaveLength(1);
    expect(one[0].mentions).toHaveLength(2);
  });
});

describe('dates', () => {
  it('uses the clause timex, else a following sentence by the same speaker', () => {
    const putin: ActorSpec = { id: 'person:putin', country: 'RUS', kind: 'person', say: ['Mr Putin', 'Putin'] };
    const evs = events({
      text: 'Mr Putin warned Belarus over the dispute. In an interview on Saturday, Mr Putin said the row would pass.',
      date: '2021-11-14',
      actors: [...A, putin],
      timexes: [{ text: 'on Saturday', value: '2021-11-13' }],
    });
    expect(evs.map((e) => [e.type, e.date])).toEqual([['THREATEN', '2021-11-13']]);
  });

  it('ignores a timex that modifies a noun', () => {
    const evs = events({
      text: 'The EU accused Belarus over its disputed 2020 election.',
      date: '2021-11-14',
      actors: A,
      timexes: [{ text: '2020', value: '2020', precision: 'year' }],
    });
    expect(evs[0].date).toBe('2021-11-14');
  });
});

describe('stance, adjectives, reciprocal events and parties without actors', () => {
  it('codes intent ("is willing to", "agreed to") as AGREE and refusal as REJECT', () => {
    expect(text('Turkey is willing to provide weapons to Ukraine.').sort()).toEqual(['AGREE TUR>UKR asserted', 'AID TUR>UKR hypothetical']);
    expect(text('Iran refused to release the British sailors.')).toContain('REJECT IRN>GBR asserted');
    expect(text('Poland will not meet Belarus.')).toEqual(['CONSULT POL>BLR negated', 'REJECT POL>BLR asserted']);
    // A conditional states no intent.
    expect(text('If France meets China, trade will grow.')).toEqual(['CONSULT FRA>CHN hypothetical']);
  });

  it('reads predicate adjectives ("is opposed to", "critical of") with their copula', () => {
    expect(text('Syria is opposed to Turkey.')).toEqual(['REJECT SYR>TUR asserted']);
    expect(text('Germany was not critical of Israel.')).toEqual(['ACCUSE DEU>ISR negated']);
  });

  it('codes "X and Y met" both ways, also through "the leaders of X and Y"', () => {
    expect(text('Kenya and Uganda met in Nairobi.')).toEqual(['CONSULT KEN>UGA asserted', 'CONSULT UGA>KEN asserted']);
    expect(text('The presidents of France and Germany held talks.')).toEqual(['CONSULT FRA>DEU asserted', 'CONSULT DEU>FRA asserted']);
    // A single subject with no target is no reciprocal event.
    expect(text('Kenya met in Nairobi.')).toEqual([]);
  });

  it('keeps a party that names no registry actor with its text and offsets (actor and country null)', () => {
    const evs = events({ text: 'The NGO accused Israel of abuses.', actors: A });
    expect(evs).toHaveLength(1);
    expect(evs[0].source).toMatchObject({ actor: null, country: null, text: 'The NGO', start: 0, end: 7 });
    expect(evs[0].target.country).toBe('ISR');
    // Time phrases never become parties; an inner verb's inanimate object is no target.
    expect(text('Russia threatened to cut gas supplies.')).toEqual([]);
  });

  it('reads a quantity before a target and a past tense the tagger took for an adjective', () => {
    expect(text('Turkey arrested more than 100 Syrian smugglers.')).toEqual(['COERCE TUR>SYR asserted']);
    expect(text('Israeli troops apprehended a Syrian man.')).toEqual(['COERCE ISR>SYR asserted']);
  });

  it('prefers a template whose parties are actors over a tighter one reaching a bare phrase', () => {
    expect(text('Kenya promised Uganda access to the port.')).toContain('AGREE KEN>UGA asserted');
  });

  it('restricts a headed slot ("expel T:diplomat") to those head words', () => {
    expect(text('Poland expelled a Russian diplomat.')).toEqual(['SANCTION POL>RUS asserted']);
    expect(text('Poland expelled a Russian reporter.')).toEqual(['COERCE POL>RUS asserted']);
  });
});
