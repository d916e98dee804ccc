import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';
import type { Doc } from '../../../src/doc/types.ts';

/** The actor of the mention whose text is exactly `text` (first one), or undefined. */
const actorOf = (doc: Doc, text: string) => doc.layers.mentions!.find((m) => m.text === text)?.actor;
const actor = (doc: Doc, id: string) => doc.layers.actors!.find((a) => a.id === id);

describe('actors stage: reading the phrase', () => {
  it('gives a sector phrase the country of its own possessor or modifier, not the article\'s', () => {
    const doc = runParsed('Moscow denied it. The Obama administration accused Russia again. Kyiv\'s forces shelled the town while Russia watched.', '2016-09-10');
    expect(actorOf(doc, 'administration')).toBe('group:USA:GOV');
    expect(actorOf(doc, 'forces')).toBe('group:UKR:MIL');
  });

  it('passes over the country a bare phrase\'s sentence acts on when it takes the nearest body\'s country', () => {
    const doc = runParsed('Secretary of State John Kerry met Chinese Premier Li Keqiang. The diplomats negotiated with China for months.', '2016-09-10');
    expect(actorOf(doc, 'The diplomats')).toBe('group:USA:GOV');
  });

  it('gives a bare phrase the country a with-clause hangs on, not the article\'s, the clause\'s own parties passed over', () => {
    const doc = runParsed('Egypt called for a ceasefire on Monday. Egypt also sent aid to the region. The council\'s worst failure has been over Libya, with Turkey backing the government as France supports some rebel groups.', '2016-09-20');
    expect(actorOf(doc, 'the government')).toBe('group:LBY:GOV');
  });

  it('reads a place name opening with a nationality as the place, not the nationality\'s country', () => {
    const doc = runParsed('The farm lies in northern British Columbia, near the Alberta border.', '2016-12-19');
    expect(doc.layers.mentions!.some((m) => m.actor === 'country:GBR')).toBe(false);
    expect(doc.layers.entities!.find((e) => e.text === 'British Columbia')?.label).toBe('GPE');
  });

  it('reads a title of an organisation as that body\'s officer, not the country\'s office holder', () => {
    const doc = runParsed('President Barack Obama spoke on Monday. "We are ready," said Jane Roe, president of the Lakeside Teachers Association.', '2016-09-10');
    expect(actorOf(doc, 'president')).toBe('person:jane-roe');
    expect(doc.layers.mentions!.filter((m) => m.actor === 'person:barack-obama').map((m) => m.text)).toEqual(['President Barack Obama']);
  });

  it('reads one word of an organisation the article named as that organisation', () => {
    const doc = runParsed('The coal company Peakview Energy went bankrupt last year, its lawyers said. On Monday, Peakview closed two mines.', '2016-12-19');
    expect(actorOf(doc, 'Peakview')).toBe('org:peakview-energy');
    expect(doc.layers.actors!.some((a) => a.id === 'person:peakview')).toBe(false);
  });

  it('keeps the sector of a group phrase it cannot place, with no actor', () => {
    const doc = runParsed('Gunmen attacked a checkpoint overnight.', '2016-09-10');
    const e = doc.layers.entities!.find((x) => x.text === 'Gunmen');
    expect(e).toMatchObject({ actor: null, sector: 'REB' });
  });

  it('reads the members of a registry party as the party', () => {
    const doc = runParsed('Senate Republicans blocked the bill on Tuesday, and Democrats criticised the vote.', '2016-09-10');
    expect(actorOf(doc, 'Republicans')).toBe('org:republican-party');
    expect(actorOf(doc, 'Democrats')).toBe('org:democratic-party');
  });

  it('reads a title at the time the sentence speaks of', () => {
    const doc = runParsed('Hillary Clinton, while secretary of state, met Vladimir Putin. The former president criticized the deal.', '2016-09-10');
    expect(actorOf(doc, 'secretary of state')).toBe('person:hillary-clinton');
    expect(doc.layers.mentions!.some((m) => m.text.includes('former president'))).toBe(false);
  });

  it('gives an office not yet taken ("-elect", "-designate") no holder; the name after it is read on its own', () => {
    const doc = runParsed('The senators wrote to US President-elect Maria Santos about the treaty. Aides told the Prime Minister-designate that the talks had stalled.', '2016-11-20');
    expect(doc.layers.mentions!.some((m) => /President|Prime Minister/.test(m.text))).toBe(false);
    expect(doc.layers.actors!.some((a) => a.id === 'person:barack-obama')).toBe(false);
    expect(doc.layers.entities!.find((e) => e.text === 'US President')?.actor).toBeNull();
    expect(doc.layers.entities!.some((e) => e.text === 'Maria Santos' && e.label === 'PERSON')).toBe(true);
  });

  it('strips a title before a name becomes an id', () => {
    const doc = runParsed('House Speaker Paul Ryan and Retired Lt. Gen. Michael Flynn spoke. NLRB General Counsel Peter Robb agreed.', '2016-09-10');
    expect(actorOf(doc, 'House Speaker Paul Ryan')).toBe('person:paul-ryan');
    expect(actorOf(doc, 'Retired Lt. Gen. Michael Flynn')).toBe('person:michael-flynn');
    expect(actorOf(doc, 'General Counsel Peter Robb')).toBe('person:peter-robb');
    expect(doc.layers.actors!.some((a) => /^org:/.test(a.id))).toBe(false);
  });

  it('makes no actor of a headline\'s word run, a law or a lone organisation word', () => {
    const doc = runParsed('Senator Slams Power Plant Rules In Key Vote\nThe senator criticized the Clean Air Act. The Office was closed.', '2016-09-10');
    expect(doc.layers.actors!.filter((a) => /^(person|org):/.test(a.id))).toEqual([]);
  });

  it('reads a country word as the surname of a person the article names', () => {
    const doc = runParsed('Lisa Monaco, a White House adviser, spoke on Monday. Monaco said the plan was dead.', '2016-09-10');
    expect(doc.layers.mentions!.filter((m) => m.text === 'Monaco').map((m) => m.actor)).toEqual(['person:lisa-monaco']);
  });

  it('gives 2016 candidates the sector of their party\'s place', () => {
    const doc = runParsed('Donald Trump criticized Hillary Clinton on Monday.', '2016-09-10');
    expect(actor(doc, 'person:donald-trump')).toMatchObject({ country: 'USA', sector: 'OPP' });
    expect(actor(doc, 'person:hillary-clinton')).toMatchObject({ country: 'USA', sector: 'PTY' });
  });

  it('reads a national body named as a thing\'s modifier', () => {
    const doc = runParsed('Jordanian troops patrolled Karak. Gunmen opened fire on a police station in Karak.', '2016-09-10');
    expect(actorOf(doc, 'police')).toBe('group:JOR:COP');
  });
});

describe('actors stage: names of bodies', () => {
  it('reads a known body\'s description running on with of/for and a name as another body\'s name', () => {
    const doc = runParsed('The Alliance for Better Parks called for more funding on Monday. The Union of Concerned Tenants joined it.', '2024-03-04');
    expect(doc.layers.entities!.filter((e) => e.label === 'ORG').map((e) => e.text)).toEqual(['Alliance for Better Parks', 'Union of Concerned Tenants']);
    expect(doc.layers.mentions!.some((m) => m.actor === 'igo:NATO' || m.actor === 'igo:EU')).toBe(false);
  });
});

describe('actors stage: titles are no part of a name', () => {
  it('leaves a person\'s title between a role and the name out of the id', () => {
    const doc = runParsed('The Republican vice presidential candidate Gov. Dana Whitfield of Nevada won the debate, analysts said.', '2016-10-05');
    expect(doc.layers.actors!.map((a) => a.id)).toContain('person:dana-whitfield');
    expect(doc.layers.actors!.some((a) => /gov-/.test(a.id))).toBe(false);
  });
});

describe('actors stage: the sector a person acts in', () => {
  it('gives a person the registry does not know the sector of the body an apposition says they serve', () => {
    const doc = runParsed('Maria Lopez, executive director of the Coalition for Safer Streets, called for more patrols. The coalition\'s founder, Tom Reyes, agreed.', '2024-03-04');
    expect(actor(doc, 'person:maria-lopez')?.sector).toBe('NGO');
    const plain = runParsed('Maria Lopez called for more patrols on Monday.', '2024-03-04');
    expect(actor(plain, 'person:maria-lopez')?.sector).toBe('CVL'); // no role: a civilian (private-person.ts)
  });

  it('reads the body an apposition names before the title ("the Airbus chief executive", "Apple\'s vice president")', () => {
    const doc = runParsed('Airbus cut its forecast. Paul Garron, the Airbus chief executive, said jobs would go. Apple made phones. The post went to Rob Mandell, Apple\'s senior vice president for hardware.', '2024-03-04');
    expect(actor(doc, 'person:paul-garron')?.sector).toBe('BUS');
    expect(actor(doc, 'person:rob-mandell')?.sector).toBe('BUS');
    expect(actor(doc, 'person:rob-mandell')?.country).toBe('USA');
    // a multinational the registry places in no one country: its chief executive is in none either
    expect(actor(doc, 'person:paul-garron')?.country).toBeNull();
    expect(actor(doc, 'person:paul-garron')?.stateless).toBe(true);
    expect(actor(doc, 'person:rob-mandell')?.stateless).toBeUndefined();
  });

  it('reads a national body whose own words name its country as the body a person serves', () => {
    const doc = runParsed('Protests spread in Kiev. Lu Tan, a spokesman for the Foreign Ministry of China, said Beijing was concerned.', '2024-03-04');
    expect(actor(doc, 'person:lu-tan')?.country).toBe('CHN');
    expect(actor(doc, 'person:lu-tan')?.sector).toBe('GOV');
  });

  it('gives a person the sector of the body an of-phrase after the name names ("X of Reuters")', () => {
    const doc = runParsed('Tom Berg of Human Rights Watch said the trial was unfair. Dana Fisk of the Brookings Institution disagreed. Ted Marsh of Hollis said no.', '2024-03-04');
    expect(actor(doc, 'person:tom-berg')?.sector).toBe('NGO');
    expect(actor(doc, 'person:dana-fisk')?.sector).toBe('NGO');
    expect(actor(doc, 'person:ted-marsh')?.sector ?? null).toBeNull();
  });

  it('gives a person the sector of the role an apposition names ("the agriculture minister, X")', () => {
    const doc = runParsed('Farmers blocked the highway outside Dunmore for a third day. Their leaders now want the dismissal of the agriculture minister, Pell Varnum.', '2024-03-04');
    const id = actorOf(doc, 'Pell Varnum');
    expect(id).toBe('person:pell-varnum');
    expect(actor(doc, id!)?.sector).toBe('GOV');
  });

  it('reads a body of people and an organisation with no actor as the body a person serves', () => {
    const doc = runParsed('Sandra Kessel, a spokeswoman for Denver police, confirmed it. Lena Brandt, a lecturer at the University of Halden, disagreed.', '2024-03-04');
    expect(actor(doc, 'person:sandra-kessel')?.sector).toBe('COP');
    expect(actor(doc, 'person:lena-brandt')?.sector).toBe('EDU');
    // a role one person holds is no body served: a candidate for governor is no governor
    const race = runParsed('Tim Reyes, the Republican candidate for governor, criticised the plan.', '2016-09-30');
    expect(actor(race, 'person:tim-reyes')?.sector ?? null).toBeNull();
  });

  it('gives an organisation whose name tells no sector the sector of the noun an apposition describes it with', () => {
    const doc = runParsed('The figures came from Halvers Group, a market research firm. Pupils of Instituto Marzoli, a Catholic school in Turin, marched. Brenton Forum, a conservative advocacy group, disagreed.', '2024-03-04');
    expect(actor(doc, 'org:halvers-group')?.sector).toBe('BUS');
    expect(actor(doc, 'org:instituto-marzoli')?.sector).toBe('EDU');
    expect(actor(doc, 'org:brenton-forum')?.sector).toBe('NGO');
  });

  it('gives an organisation the sector of a lower-case description right before its name, and the one country a nationality there names', () => {
    const doc = runParsed('The deal was signed by the Danish airline Norvik Express on Monday. Plans involve the Irish animation company Veltaro, which was sold last year.', '2024-03-04');
    expect(actor(doc, 'org:norvik-express')?.sector).toBe('BUS');
    expect(actor(doc, 'org:veltaro')?.sector).toBe('BUS');
    expect(actor(doc, 'org:veltaro')?.country).toBe('IRL');
  });

  it('reads intelligence and security services as COP, the guideline\'s police and security services', () => {
    const doc = runParsed('The CIA said the plot was foiled. Ukraine\'s security service arrested two men.', '2024-03-04');
    expect(actor(doc, 'org:cia')?.sector).toBe('COP');
    expect(actor(doc, 'group:UKR:COP')?.country).toBe('UKR');
  });

  it('reads a medical or cancer centre as health, not as an NGO by its "Center"', () => {
    const doc = runParsed('She was treated at the Harlow Regional Medical Center and later at the Brisk Cancer Center.', '2024-03-04');
    expect(actor(doc, 'org:harlow-regional-medical-center')?.sector).toBe('HLH');
    expect(actor(doc, 'org:brisk-cancer-center')?.sector).toBe('HLH');
  });

  it('reads an "Air", "Energy" or "Partners" name as a company, but an air force as the military', () => {
    const doc = runParsed('Brisa Air ordered ten jets. The Lorvian Air Force flew them.', '2024-03-04');
    expect(actor(doc, 'org:brisa-air')?.sector).toBe('BUS');
    const firms = runParsed('Kestrel Energy and Halvorsen Coal cut jobs. Meridan Partners bought them.', '2024-03-04');
    expect(actor(firms, 'org:kestrel-energy')?.sector).toBe('BUS');
    expect(actor(firms, 'org:meridan-partners')?.sector).toBe('BUS');
    expect(doc.layers.actors!.filter((a) => a.sector === 'MIL').length).toBeGreaterThan(0);
  });

  it('reads a family name of several tokens as the person the article named in full', () => {
    const doc = runParsed('Tomas Ortiz Varela, a lecturer at the University of Halden, spoke first. Mr. Ortiz Varela said the plan would fail. Marit Lund-Hagen agreed. Lund-Hagen left early.', '2024-03-04');
    const ids = doc.layers.actors!.map((a) => a.id);
    expect(ids).not.toContain('person:ortiz-varela');
    expect(ids).not.toContain('person:lund-hagen');
    expect(doc.layers.mentions!.find((m) => m.text === 'Mr. Ortiz Varela')?.actor).toBe('person:tomas-ortiz-varela');
  });

  it('gives no sector from a role no longer held, but the country of its body', () => {
    const doc = runParsed('Mexico looked on. Tom Reyes, a former Mexican foreign minister, criticised the plan.', '2024-03-04');
    expect(actor(doc, 'person:tom-reyes')?.sector ?? null).toBeNull();
    expect(actor(doc, 'person:tom-reyes')?.country).toBe('MEX');
  });

  it('gives a person the sector of the people "and other" lists them among', () => {
    const doc = runParsed('Ana Lopes and other community members protested the funding cuts in Dayton on Monday. Tom Reyes and other lawmakers criticised the plan.', '2024-03-04');
    expect(actor(doc, 'person:ana-lopes')?.sector).toBe('CVL');
    expect(actor(doc, 'person:tom-reyes')?.sector).toBe('LEG');
  });

  it('reads a surname alone as the person the article named in full, not a registry person of that surname', () => {
    // the registry knows a Bill Blair (a Canadian minister); this article never names him
    const doc = runParsed('Nora Blair, a teacher in Dayton, called for more school funding on Monday. The governor met parents on Tuesday. Blair said the state had failed its children.', '2024-03-04');
    expect(actorOf(doc, 'Blair')).toBe('person:nora-blair');
    expect(doc.layers.actors!.some((a) => a.id === 'person:bill-blair')).toBe(false);
  });
});

describe('actors stage: whose people a phrase names (issues 15, 17)', () => {
  const entity = (doc: Doc, text: string) => doc.layers.entities!.find((e) => e.text === text);

  it('gives a phrase with a pronoun possessor the country of the pronoun\'s antecedent', () => {
    const doc = runParsed('Peru protested to Chile on Monday. Chile\'s defence ministry said on Tuesday that its forces had not fired on the fishing boats, and Peru rejected the claim.', '2024-05-01');
    expect(actorOf(doc, 'forces')).toBe('group:CHL:MIL');
  });

  it('reads "whose" as the noun its clause modifies', () => {
    const doc = runParsed('Peru signed the accord on Monday. The text does not mention Chile, whose troops crossed the border last year.', '2024-05-01');
    expect(actorOf(doc, 'troops')).toBe('group:CHL:MIL');
  });

  it('gives people of an international organisation\'s possessor that organisation', () => {
    const doc = runParsed('Peru asked the European Union for help on Monday. After a meeting of the bloc\'s ambassadors in Lima, a spokesman said observers would be sent.', '2024-05-01');
    const e = entity(doc, 'ambassadors');
    expect(e?.actor ?? actorOf(doc, 'ambassadors')).toBe('igo:EU');
  });

  it('gives people an international organisation\'s name is compounded before that organisation, not the article\'s country', () => {
    const doc = runParsed('Peru sent aid to Bolivia on Monday. Later, NATO troops fired on smugglers near the border. Peru thanked the alliance.', '2024-05-01');
    expect(actorOf(doc, 'troops') ?? actorOf(doc, 'NATO troops')).toBe('igo:NATO');
    // a country's name compounded before the head is still the country's people
    const own = runParsed('Peru sent aid to Bolivia on Monday. Later, Bolivia police arrested two smugglers near the border.', '2024-05-01');
    expect(actorOf(own, 'police') ?? actorOf(own, 'Bolivia police')).toBe('group:BOL:COP');
  });

  it('gives people of an organisation named after "for", "at" or "of" that organisation, not the article\'s country', () => {
    const doc = runParsed('Floods cut the roads of southern Peru on Monday. A spokeswoman for the United Nations said food was running out. Officials at the Red Cross said they had asked Peru for helicopters. Peru\'s police said two villages were cut off.', '2024-05-01');
    expect(actorOf(doc, 'A spokeswoman')).toBe('igo:UN');
    expect(actorOf(doc, 'Officials')).toBe('igo:ICRC');
    // a country there is still the phrase's own country, not an organisation
    expect(actorOf(doc, "Peru's police")).toBe('group:PER:COP');
  });

  it('gives people a country sends, deploys or withdraws that country, not another the sentence names', () => {
    const doc = runParsed('Chile closed two crossings on Monday. On Tuesday Peru deployed about 3,000 troops along the border with Chile. More police were sent by Peru to the crossings with Chile on Wednesday.', '2024-05-01');
    expect(actorOf(doc, 'about 3,000 troops')).toBe('group:PER:MIL');
    expect(actorOf(doc, 'police')).toBe('group:PER:COP');
  });

  it('reads a verb in -ed after a country\'s name as the clause\'s verb, not a modifier of the people after it', () => {
    const doc = runParsed('Peru arrested protesters in Lima on Monday, and Chile killed smugglers near the border.', '2024-05-01');
    expect(actorOf(doc, 'Peru')).toBe('country:PER');
    expect(actorOf(doc, 'Chile')).toBe('country:CHL');
    expect(doc.layers.mentions!.some((m) => m.text.includes('arrested') || m.text.includes('killed'))).toBe(false);
    // a participle after a demonym is still a modifier: "Chilean armed forces" are one group
    expect(actorOf(runParsed('Chilean armed forces crossed the border on Monday.', '2024-05-01'), 'Chilean armed forces')).toBe('group:CHL:MIL');
  });

  it('does not give people in a relative clause the country the clause hangs on', () => {
    const doc = runParsed('Unrest spread across Peru on Monday, and two bases fell. Chile, which has close ties with the generals, urged talks.', '2024-05-01');
    expect(actorOf(doc, 'the generals')).toBe('group:PER:MIL');
  });

  it('places holders of a state\'s offices an ethnicity qualifies as a bare phrase, not in the ethnicity\'s country', () => {
    const doc = runParsed('Kosovo held local elections in April. Ethnic Serb mayors in the north resigned on Monday.', '2024-05-01');
    expect(doc.layers.actors!.some((a) => a.id === 'country:SRB' || a.id === 'group:SRB:GOV')).toBe(false);
    expect(doc.layers.entities!.some((e) => e.text === 'Ethnic')).toBe(false);
    // people of other sectors keep the ethnicity's country
    const forces = runParsed('Ethnic Armenian forces laid down their weapons on Wednesday.', '2024-05-01');
    expect(forces.layers.actors!.some((a) => a.id === 'group:ARM:MIL')).toBe(true);
  });

  it('gives no country to people of several parties ("officials from both governments")', () => {
    const doc = runParsed('Peru and Chile ended their border dispute on Monday. Officials from both governments said trade would resume, and army commanders of the two countries met in Lima.', '2024-05-01');
    expect(actorOf(doc, 'Officials')).toBeUndefined();
    expect(doc.layers.mentions!.some((m) => m.text.includes('commanders'))).toBe(false);
    // a title of several countries names none of their holders
    const titled = runParsed('Guyana and Brazil signed a border pact on Monday. The foreign ministers of the two countries will meet again in May.', '2024-05-01');
    expect(titled.layers.mentions!.some((m) => m.text.includes('ministers'))).toBe(false);
  });

  it('gives no country to people a bloc adjective places ("Western officials", "foreign forces")', () => {
    const doc = runParsed('Peru held a vote on Sunday. Peru counted the ballots for two days. Western officials said the count was flawed, and Peru demanded the withdrawal of foreign forces.', '2024-05-01');
    expect(actorOf(doc, 'officials')).toBeUndefined();
    expect(doc.layers.mentions!.some((m) => m.text.includes('foreign forces'))).toBe(false);
  });

  it('gives reporters and diplomats no country from a place after them or from the article', () => {
    const doc = runParsed('Peru closed its border on Monday. Peru said the closure would last a week, the minister told reporters in Lima. Diplomats said the decision surprised its neighbours.', '2024-05-01');
    expect(actorOf(doc, 'reporters')).toBeUndefined();
    expect(actorOf(doc, 'Diplomats')).toBeUndefined();
    expect(entity(doc, 'Diplomats')).toMatchObject({ actor: null, sector: 'GOV' });
  });

  it('marks the phrases it leaves without a country on purpose as unplaced, not unnamed attackers', () => {
    const doc = runParsed('Peru closed its border on Monday. Western officials told reporters in Lima that gunmen had attacked a checkpoint.', '2024-05-01');
    expect(entity(doc, 'officials')).toMatchObject({ actor: null, sector: 'GOV', unplaced: true });
    expect(entity(doc, 'reporters')).toMatchObject({ actor: null, sector: 'MED', unplaced: true });
    // where the article sets gunmen is the events stage's to say
    expect(entity(doc, 'gunmen')).toMatchObject({ actor: null, sector: 'REB' });
    expect(entity(doc, 'gunmen')?.unplaced).toBeUndefined();
  });

  it('gives a title the person its apposition names, not the registry\'s office holder', () => {
    const doc = runParsed('Russia and Ukraine traded accusations. Speaking in Kyiv, the foreign minister, Dmytro Kuleba, said the strike was deliberate.', '2023-07-20');
    expect(actorOf(doc, 'the foreign minister')).toBe('person:dmytro-kuleba');
    expect(doc.layers.actors!.some((a) => a.id === 'person:sergei-lavrov')).toBe(false);
  });

  it('gives a title the name the parser made a second subject, and that person the title\'s country', () => {
    const doc = runParsed('The US deputy secretary of state, Maria Vellan, said in Lima that Washington would help.', '2024-05-01');
    expect(actorOf(doc, 'secretary of state')).toBe('person:maria-vellan');
    expect(actor(doc, 'person:maria-vellan')?.country).toBe('USA');
  });
});

describe('actors stage: people of a named national body', () => {
  it('gives them that body, not another country of the sentence', () => {
    const doc = runParsed('A spokesman for the Turkish foreign ministry condemned the Syrian air strikes.', '2023-05-02');
    expect(actorOf(doc, 'A spokesman')).toBe('group:TUR:GOV');
  });
});
