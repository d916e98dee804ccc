// "Norland's soldiers fought rebels near a market", "Lorvia bombed the camp's commanders": people the text
// names only by a group word ("rebels", "a crowd", "commanders") take the article's or their
// sentence's country (home-country.ts), and in a war abroad that is often the foreign force's own: the
// sentence's only place is the force's name, and an article that names the occupier more often than the
// towns it fights in has the occupier as its main country. Where such a bare party of material conflict
// sits in the very country of the state or armed force on the other side, while the article's towns and
// regions lie in another country, the bare party is of the towns' country: the force acts on foreign
// ground, and the people it fights or coerces there are that ground's. A domestic force (police and
// protesters, an army and insurgents of its own state) shares its country with the article's towns and
// is left alone.
import type { EventParty } from '../../doc/types.ts';
import type { HomeCountry } from './home-country.ts';
import type { PartyIndex } from './parties.ts';

/** Sectors of the state itself: a bare "the government", "police" is placed by the actors stage, not here. */
const STATE_SECTORS = new Set(['GOV', 'LEG', 'JUD', 'COP', 'MIL']);

/** Whether party `p` is a state (a country's own name) or an armed force. */
function stateForce(idx: PartyIndex, p: EventParty): boolean {
  if (p.sector === 'MIL') return true;
  return !!p.actor && idx.actors.get(p.actor)?.kind === 'country';
}

/** Whether `p` is a bare party the article's setting placed (no actor, no country word of its own). */
const placedBare = (p: EventParty): boolean => !p.actor && p.countryFrom === 'article' && !!p.country && !STATE_SECTORS.has(p.sector ?? '');

/** The bare party of a material-conflict record moved to the country of the article's towns, or the
 * party itself (`quad` 4: force, coercion). */
export function foreignGround(idx: PartyIndex, home: HomeCountry | undefined, quad: number, party: EventParty, other: EventParty): EventParty {
  if (quad !== 4 || !home?.towns || !placedBare(party) || party.country !== other.country || !stateForce(idx, other)) return party;
  if (home.towns === party.country) return party;
  return Object.assign({}, party, { country: home.towns });
}
