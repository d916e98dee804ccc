// Deterministic generator of the benchmark corpus: realistic international-news articles assembled
// from the team's own sentence templates (actors, events, dates, quotes, places varied by a seeded PRNG).
import { createHash } from 'node:crypto';
import { Rng } from './prng.ts';
import {
  AGENCY_CLAUSES, AID_AGENCIES, CLAUSES, DEMANDS, INTERNATIONAL, MONTHS, OFFENCES, OUTLETS, PAPERS, PLATFORMS, QUOTES,
  SCENARIOS, WEAPONS, WEEKDAYS, type IntlActor, type Person, type Scenario, type Side,
} from './corpus-vocab.ts';

export interface CorpusArticle {
  id: string;
  date: string;
  text: string;
}

export const DEFAULT_SEED = 20240601;

const DAY = 86_400_000;
const toDays = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
const fromDays = (d: number) => new Date(d * DAY).toISOString().slice(0, 10);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const possessive = (name: string) => (name.endsWith('s') ? `${name}'` : `${name}'s`);
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Per-article state: the date, who has been introduced (so later mentions use "Mr X" or "he"). */
class Writer {
  private introduced = new Set<string>();
  private readonly people: { p: Person; side: Side; other: Side }[];
  private readonly intl: IntlActor[];
  readonly weekday: number;

  constructor(
    readonly rng: Rng,
    readonly s: Scenario,
    readonly date: string,
  ) {
    const ok = (from: string, to: string) => from <= date && date <= to;
    this.people = [
      ...s.a.people.filter((p) => ok(p.from, p.to)).map((p) => ({ p, side: s.a, other: s.b })),
      ...s.b.people.filter((p) => ok(p.from, p.to)).map((p) => ({ p, side: s.b, other: s.a })),
    ];
    this.intl = INTERNATIONAL.filter((a) => ok(a.from, a.to));
    this.weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  }

  /** A side's official voice: a person in office (preferred) or its capital/government. */
  speaker(side?: Side): { ref: string; pron: string; side: Side; other: Side } {
    const r = this.rng;
    const cands = this.people.filter((x) => !side || x.side === side);
    if (cands.length && r.chance(0.8)) {
      const { p, side: sd, other } = r.pick(cands);
      return { ref: this.person(p), pron: p.gender === 'f' ? 'she' : 'he', side: sd, other };
    }
    const sd = side ?? r.pick([this.s.a, this.s.b]);
    const other = sd === this.s.a ? this.s.b : this.s.a;
    const ref = r.pick([
      `${sd.country.adj} officials`,
      `the government in ${sd.country.capital}`,
      `a spokesman for ${possessive(sd.country.name)} defence ministry`,
      `${possessive(sd.country.name)} foreign ministry`,
    ]);
    return { ref, pron: 'they', side: sd, other };
  }

  person(p: Person): string {
    if (!this.introduced.has(p.full)) {
      this.introduced.add(p.full);
      return this.rng.chance(0.5) ? `${p.title} ${p.full}` : `the ${p.role}, ${p.full},`;
    }
    const short = p.short ?? `${p.gender === 'f' ? 'Ms' : 'Mr'} ${p.surname}`;
    return this.rng.chance(0.7) ? short : `the ${p.role}`;
  }

  intlActor(sanctioner = false): { ref: string; pron: string } {
    const a = this.rng.pick(sanctioner ? this.intl.filter((x) => x.sanctions) : this.intl);
    const pron = a.gender === 'f' ? 'she' : a.gender === 'm' ? 'he' : 'it';
    if (!this.introduced.has(a.first)) {
      this.introduced.add(a.first);
      return { ref: a.first, pron };
    }
    return { ref: this.rng.pick(a.later), pron };
  }

  /** A past time expression that is true relative to the article date. */
  pastWhen(): string {
    const r = this.rng;
    const k = r.int(0, 9);
    if (k <= 3) return `on ${WEEKDAYS[(this.weekday + 7 - r.int(1, 5)) % 7]}`;
    if (k === 4) return 'last week';
    if (k === 5) return 'earlier this month';
    if (k === 6) return `${r.pick(['two', 'three', 'four'])} days ago`;
    if (k === 7) return 'overnight';
    if (k === 8) {
      const d = fromDays(toDays(this.date) - r.int(8, 40));
      return `on ${+d.slice(8, 10)} ${MONTHS[+d.slice(5, 7) - 1]}`;
    }
    return 'at the weekend';
  }

  futureWhen(): string {
    const r = this.rng;
    const month = MONTHS[(+this.date.slice(5, 7)) % 12];
    return r.pick([
      'next week',
      'next month',
      `in ${month}`,
      `on ${WEEKDAYS[(this.weekday + r.int(1, 5)) % 7]}`,
      'later this month',
      'before the end of the year',
    ]);
  }

  fill(t: string, side: Side, other: Side): string {
    return t
      .replaceAll('{T}', other.country.name)
      .replaceAll('{A}', side.country.name)
      .replaceAll('{C}', this.rng.pick(this.s.cities))
      .replaceAll('{topic}', this.rng.pick(this.s.topics))
      .replaceAll('{N}', thousands(this.rng.int(2, 90) * 1000));
  }

  quote(side: Side, other: Side): string {
    const picked = this.rng.shuffle(QUOTES).slice(0, this.rng.int(1, 2));
    return picked.map((q) => this.fill(q, side, other)).join('. ');
  }
}

type Para = (w: Writer) => string;

const lead: Para = (w) => {
  const { rng: r, s } = w;
  const [att, def] = r.chance(0.5) ? [s.a, s.b] : [s.b, s.a];
  const city = r.pick(s.cities);
  const n = r.int(3, 60);
  const k = r.int(0, 4);
  if (k === 0)
    return `${cap(r.pick(att.forces))} shelled ${city} ${w.pastWhen()}, killing at least ${n} people and damaging homes and a hospital, local officials said. ${cap(r.pick(def.forces))} said they had repelled several attacks in ${r.pick(s.regions)} and had captured ${r.int(2, 30)} fighters.`;
  if (k === 1)
    return `${cap(att.country.name)} accused ${def.country.name} ${w.pastWhen()} of ${r.pick(OFFENCES)} near ${r.pick(s.regions)}, as fighting around ${city} intensified and ${r.pick(s.civilians)} fled towards safer areas. The accusation came hours after ${r.pick(def.forces)} launched an assault on villages near the town.`;
  if (k === 2)
    return `${cap(att.country.name)} and ${def.country.name} agreed ${w.pastWhen()} to resume talks on ${r.pick(s.topics)}, after weeks of clashes around ${city} that have killed more than ${n * 10} people. Mediators said the two delegations would meet ${w.futureWhen()}.`;
  if (k === 3)
    return `${cap(att.country.name)} has deployed about ${n * 100} additional troops near ${r.pick(s.regions)}, officials said ${w.pastWhen()}, raising fears of a new offensive against ${city}. Satellite images showed armoured vehicles and artillery moving towards the front line.`;
  return `Thousands of people protested in ${att.country.capital} ${w.pastWhen()} against ${r.pick(s.topics)}, as ${r.pick(att.forces)} and ${r.pick(def.forces)} exchanged fire near ${city} for a third consecutive day.`;
};

const directQuote: Para = (w) => {
  const r = w.rng;
  const sp = w.speaker();
  const q = w.quote(sp.side, sp.other);
  const when = w.pastWhen();
  const k = r.int(0, 7);
  if (k === 0) return `“${q},” ${sp.ref} said ${when}. ${cap(sp.pron)} added that ${w.fill(r.pick(CLAUSES), sp.side, sp.other)}.`;
  if (k === 1) return `${cap(sp.ref)} said ${when}: “${q}.”`;
  if (k === 2) return `“${q},” ${sp.ref} told ${r.pick(OUTLETS)}. “${w.quote(sp.side, sp.other)}.”`;
  if (k === 3) return `${cap(sp.ref)} wrote ${r.pick(PLATFORMS)} that the ${sp.side.country.adj} side would “${r.pick(DEMANDS)}” only if ${sp.other.country.name} did the same.`;
  if (k === 4)
    return `${cap(sp.ref)} said ${when} that ${possessive(sp.other.country.name)} ‘${r.pick(['peace plan', 'humanitarian pause', 'security guarantees', 'goodwill gesture'])}’ was a fiction. “When they speak of ‘${r.pick(['dialogue', 'de-escalation', 'restraint'])}’, they mean our surrender,” ${sp.pron} said.`;
  if (k === 5)
    return `In a speech in ${sp.side.country.capital}, ${sp.ref} said:\n\n“${q}.\n\n“${w.quote(sp.side, sp.other)}.”`;
  if (k === 6)
    return `“${q},” said ${sp.ref.replace(/,$/, '')}. ${cap(sp.pron)} urged ${sp.other.country.name} to ${r.pick(DEMANDS)}.`;
  return `In an interview with ${r.pick(OUTLETS)}, ${sp.ref} said that ${w.fill(r.pick(CLAUSES), sp.side, sp.other)}. “${q},” ${sp.pron} added.`;
};

const indirect: Para = (w) => {
  const r = w.rng;
  const sp = w.speaker();
  const clause = w.fill(r.pick(CLAUSES), sp.side, sp.other);
  const k = r.int(0, 3);
  if (k === 0) return `${cap(sp.ref)} said ${w.pastWhen()} that ${clause}.`;
  if (k === 1) return `Writing in ${r.pick(PAPERS)}, ${sp.ref} argued that ${clause}.`;
  if (k === 2) return `According to ${r.pick(AID_AGENCIES)}, ${w.fill(r.pick(AGENCY_CLAUSES), sp.side, sp.other)}.`;
  return `${cap(sp.ref)} denied accusations of ${r.pick(OFFENCES)} and said ${sp.pron} would “not be intimidated”.`;
};

const reaction: Para = (w) => {
  const r = w.rng;
  const [x, y] = r.chance(0.5) ? [w.s.a, w.s.b] : [w.s.b, w.s.a];
  const k = r.int(0, 5);
  const a = w.intlActor(k === 1 || k === 4);
  const poss = a.pron === 'it' ? 'its' : a.pron === 'she' ? 'her' : 'his';
  if (k === 0) return `${cap(a.ref)} called on ${x.country.name} to ${r.pick(DEMANDS)}, and said ${a.pron} stood ready to help.`;
  if (k === 1) return `${cap(a.ref)} said ${w.pastWhen()} that ${a.pron} could impose sanctions on ${x.country.adj} officials if the attacks on ${r.pick(w.s.cities)} continued.`;
  if (k === 2) return `${cap(a.ref)} spoke by phone with leaders in ${x.country.capital} and ${y.country.capital} ${w.pastWhen()} and urged both sides to show restraint.`;
  if (k === 3) return `${cap(a.ref)} reaffirmed ${poss} support for ${x.country.name}, announcing a further ${r.int(2, 90)} million euros in humanitarian assistance.`;
  if (k === 4) return `${cap(a.ref)} imposed sanctions ${w.pastWhen()} on ${r.int(3, 40)} individuals and companies accused of supplying weapons to ${x.country.adj} forces.`;
  return `${cap(a.ref)} did not condemn ${x.country.name} directly, but warned that the fighting risked spreading across ${r.pick(w.s.regions)}.`;
};

const material: Para = (w) => {
  const r = w.rng;
  const s = w.s;
  const [x, y] = r.chance(0.5) ? [s.a, s.b] : [s.b, s.a];
  const city = r.pick(s.cities);
  const k = r.int(0, 6);
  if (k === 0)
    return `${cap(r.pick(AID_AGENCIES))} said a convoy of ${r.int(5, 80)} lorries carrying food and medicine had reached ${city} ${w.pastWhen()}, the first delivery in ${r.int(2, 9)} weeks.`;
  if (k === 1)
    return `Police in ${x.country.capital} arrested ${r.int(5, 200)} people ${w.pastWhen()} during protests against ${r.pick(s.topics)}. Thousands had marched through the city centre calling on the government to resign.`;
  if (k === 2)
    return `${cap(r.pick(x.forces))} fired ${r.pick(WEAPONS)} at positions held by ${r.pick(y.forces)} near ${city}, according to a statement from the ${x.country.adj} military. ${cap(y.country.name)} said its forces had not attacked any civilian targets.`;
  if (k === 3)
    return `${cap(x.country.name)} released ${r.int(5, 120)} detainees ${w.pastWhen()} as part of a deal mediated by ${r.pick(['Qatar', 'Turkey', 'the African Union', 'Saudi Arabia', 'the International Committee of the Red Cross'])}, and ${y.country.name} freed a similar number in return.`;
  if (k === 4)
    return `${cap(x.country.name)} withdrew its forces from ${city} ${w.pastWhen()}, a move that officials in ${y.country.capital} described as a tactical retreat rather than a concession.`;
  if (k === 5)
    return `Hundreds of ${r.pick(s.civilians)} have crossed ${r.pick(s.regions)} in the past ${r.int(2, 12)} days, according to local officials, who warned that shelters were full.`;
  return `Delegations from ${x.country.capital} and ${y.country.capital} met in ${r.pick(['Geneva', 'Istanbul', 'Doha', 'Vienna', 'Jeddah', 'Brussels', 'Addis Ababa'])} ${w.pastWhen()} for talks on ${r.pick(s.topics)}, but no agreement was reached.`;
};

const threat: Para = (w) => {
  const r = w.rng;
  const sp = w.speaker();
  return r.chance(0.5)
    ? `${cap(sp.ref)} warned that ${sp.side.country.name} would respond “with all necessary means” if ${sp.other.country.name} did not ${r.pick(DEMANDS)}.`
    : `${cap(sp.other.country.name)} rejected a proposal from ${sp.side.country.capital} for ${r.pick(w.s.topics)}, calling it “a trap”.`;
};

const background: Para = (w) => {
  const r = w.rng;
  const s = w.s;
  const year = +w.date.slice(0, 4);
  const k = r.int(0, 2);
  if (k === 0)
    return `The conflict over ${r.pick(s.regions)} has displaced more than ${thousands(r.int(2, 90) * 10000)} people since ${r.pick(MONTHS)} ${year - r.int(1, 2)}, according to UN figures.`;
  if (k === 1)
    return `Relations between ${s.a.country.capital} and ${s.b.country.capital} have deteriorated sharply since last year, when talks on ${r.pick(s.topics)} broke down.`;
  return `In ${MONTHS[r.int(0, Math.max(0, +w.date.slice(5, 7) - 2))]}, ${s.a.country.name} and ${s.b.country.name} had agreed a temporary truce, which collapsed within ${r.int(2, 20)} days.`;
};

const closing: Para = (w) => {
  const r = w.rng;
  return r.pick([
    `Foreign ministers are due to meet ${w.futureWhen()} to discuss ${r.pick(w.s.topics)}.`,
    `Diplomats said a new round of talks could take place ${w.futureWhen()}, but neither side has confirmed that it will attend.`,
    `The UN Security Council is expected to discuss the situation ${w.futureWhen()}.`,
  ]);
};

const BODY: Para[] = [
  directQuote, indirect, reaction, material, threat, material, directQuote, reaction, material, indirect,
  directQuote, material, reaction, indirect,
];

/** One article: a lead, then a varied mix of quotes, reactions, events and background. */
export function generateArticle(r: Rng, index: number): CorpusArticle {
  const s = r.pick(SCENARIOS);
  const date = fromDays(r.int(toDays(s.from), toDays(s.to)));
  const w = new Writer(r, s, date);
  const paras = [lead(w), ...r.shuffle(BODY).slice(0, r.int(10, 14)).map((p) => p(w)), background(w), closing(w)];
  const text = paras.join('\n\n');
  return { id: `bench-${String(index).padStart(6, '0')}`, date, text };
}

/** Articles until their texts total at least `targetBytes` UTF-8 bytes; same seed → same articles. */
export function generateCorpus(targetBytes: number, seed = DEFAULT_SEED): CorpusArticle[] {
  const r = new Rng(seed);
  const out: CorpusArticle[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const a = generateArticle(r, out.length);
    bytes += Buffer.byteLength(a.text, 'utf8');
    out.push(a);
  }
  return out;
}

/** One article in the dated-text format of samples/*.txt (`date YYYY-MM-DD`, newline, text). */
export function toDatedText(a: CorpusArticle): string {
  return `date ${a.date}\n${a.text}\n`;
}

/** The corpus as JSON Lines ({id, date, text} per line), the form cached under bench/out/. */
export function corpusToJsonl(articles: CorpusArticle[]): string {
  return articles.map((a) => JSON.stringify(a)).join('\n') + '\n';
}

export function corpusHash(articles: CorpusArticle[]): string {
  return createHash('sha256').update(corpusToJsonl(articles)).digest('hex');
}
