// "his Iranian counterpart", "the Turkish counterpart": the holder of the antecedent's role in the
// country the adjective names, on the document's date. The antecedent is the person "his"/"her"
// was resolved to by coreference, else the nearest earlier person mention (same sentence first, then
// up to two sentences back). Its role keys come from the registry (roles holding on the date) or,
// for a document-local person, from its title text read through the title phrases. One holder in the
// registry → that person; none (or several, or a plural "counterparts") → the national group of the
// role's sector (e.g. group:IRN:GOV), never the possessor. A person named right after the phrase
// ("his British counterpart, Gordon Brown") is the counterpart. Runs after coreference.
import type { Cand } from './recognize.ts';
import { addEntity, addMention, groupActor, registryActor, use, type DocActors } from './resolve.ts';
import { nameKey, roleHolds } from './registry.ts';

const POSSESSIVE = new Set(['his', 'her', 'their', 'its']);

export function resolveCounterparts(st: DocActors, cands: Cand[]): void {
  for (const c of cands) if (c.type === 'counterpart' && c.qualifier) resolveOne(st, c, c.qualifier.country);
}

function resolveOne(st: DocActors, c: Cand, country: string): void {
  const plural = /s$/i.test(st.tokens[c.b - 1].text);
  const named = plural ? null : appositive(st, c);
  if (named) {
    // "his British counterpart Gordon Brown": the named person, placed in the adjective's country.
    if (!named.country) named.country = country;
    addEntity(st, c.a, c.b, 'ROLE', named.id);
    addMention(st, c.a, c.b, named.id, 0.8, 'title');
    return;
  }
  const ante = antecedent(st, c);
  const anteActor = ante ? st.actors.get(ante) : undefined;
  let sector = anteActor?.kind === 'country' || anteActor?.kind === 'igo' ? null : (anteActor?.sector ?? null);
  let holder: string | null = null;
  if (anteActor?.kind === 'person') {
    for (const role of roleKeys(st, anteActor.id)) {
      sector ??= role.sector;
      if (plural) break;
      const people = new Set(
        (st.ix.roleHolders.get(role.key) ?? [])
          .filter((h) => h.role.country === country && roleHolds(h.role, st.doc.date))
          .map((h) => h.person),
      );
      if (people.size === 1) {
        holder = [...people][0];
        sector = role.sector ?? sector;
        break;
      }
    }
  }
  const actor = holder ? registryActor(st, holder) : groupActor(st, country, sector ?? 'GOV');
  if (!actor) return;
  const id = use(st, actor);
  addEntity(st, c.a, c.b, 'ROLE', id);
  addMention(st, c.a, c.b, id, holder ? 0.8 : 0.5, 'title');
}

/** A person named right after the phrase, with or without a comma: "his Iranian counterpart, Reza Karimi". */
function appositive(st: DocActors, c: Cand) {
  const t = st.tokens;
  const k = t[c.b]?.text === ',' ? c.b + 1 : c.b;
  if (!t[k] || t[k].sentence !== t[c.a].sentence) return null;
  const i = st.mentions.findIndex((m, j) => st.mentionTokens[j].a === k && m.via !== 'pronoun');
  const actor = i >= 0 ? st.actors.get(st.mentions[i].actor) : undefined;
  // A person known to be of another country is a misreading of the name, not the counterpart.
  return actor?.kind === 'person' && (!actor.country || actor.country === c.qualifier?.country) ? actor : null;
}

/** Role keys (with their sectors) the person holds on the document's date. */
function roleKeys(st: DocActors, person: string): { key: string; sector: string | null }[] {
  const reg = st.ix.actors.get(person);
  if (reg) return reg.roles.filter((r) => roleHolds(r, st.doc.date)).reverse().map((r) => ({ key: r.role, sector: r.sector }));
  const out: { key: string; sector: string | null }[] = [];
  for (const r of st.actors.get(person)?.roles ?? []) {
    for (const tw of st.ix.titles.get(nameKey(r.title)) ?? []) out.push({ key: tw.role, sector: tw.sector });
  }
  return out;
}

/** The actor the counterpart is the counterpart of. */
function antecedent(st: DocActors, c: Cand): string | null {
  const t = st.tokens;
  const sentence = t[c.a].sentence;
  const prev = t[c.a - 1];
  if (prev && prev.sentence === sentence && POSSESSIVE.has(prev.text.toLowerCase())) {
    const m = st.mentions.find((x) => x.start === prev.start && x.via === 'pronoun');
    if (m) return m.actor;
  }
  // The nearest earlier person: in the sentence, the first one named (usually the subject); else the
  // most recent one in the two sentences before.
  let inSentence: { start: number; actor: string } | null = null;
  let before: { start: number; actor: string } | null = null;
  for (let i = 0; i < st.mentions.length; i++) {
    const m = st.mentions[i];
    const { a } = st.mentionTokens[i];
    if (a >= c.a || st.actors.get(m.actor)?.kind !== 'person') continue;
    const s = t[a].sentence;
    if (s === sentence) {
      if (!inSentence || m.start < inSentence.start) inSentence = { start: m.start, actor: m.actor };
    } else if (s < sentence && sentence - s <= 2 && (!before || m.start > before.start)) before = { start: m.start, actor: m.actor };
  }
  return inSentence?.actor ?? before?.actor ?? null;
}
