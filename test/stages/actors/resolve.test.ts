import { describe, expect, it } from 'vitest';
import { entity, mentionActor, run } from './helpers.ts';
import { DocSurnames } from '../../../src/stages/actors/resolve.ts';

describe('actors stage: resolution', () => {
  it('resolves the same title to different people on different dates', () => {
    const text = 'The UK foreign secretary said sanctions would follow.';
    expect(mentionActor(run(text, '2019-02-01'), 'The UK foreign secretary')?.name).toBe('Jeremy Hunt');
    expect(mentionActor(run(text, '2021-11-14'), 'The UK foreign secretary')?.name).toBe('Liz Truss');
    expect(mentionActor(run(text, '2023-01-10'), 'The UK foreign secretary')?.name).toBe('James Cleverly');
    const truss = run(text, '2021-11-14').layers.actors!.find((a) => a.id === 'person:liz-truss')!;
    expect(truss).toMatchObject({ country: 'GBR', sector: 'GOV' });
    expect(truss.roles?.map((r) => r.title)).toEqual(['Foreign Secretary']);
  });

  it('resolves title + name and a bare title through people already named', () => {
    const doc = run('President Alexander Lukashenko met Polish officials. The president later said talks had failed.', '2021-11-14');
    expect(mentionActor(doc, 'President Alexander Lukashenko')?.id).toBe('person:alexander-lukashenko');
    expect(mentionActor(doc, 'The president')?.id).toBe('person:alexander-lukashenko');
    expect(entity(doc, 'Polish officials')?.actor).toBe('group:POL:GOV');
  });

  it('sends a bare title to the holder the article introduced by the bare title, not to one it qualified by country', () => {
    // Russia is mentioned more often than France: the country count alone would pick the Russian president.
    const text =
      'President Emmanuel Macron received the Russian president, Vladimir Putin, at a fort on the coast. Russia and Moscow ' +
      'had asked for the meeting, and Russian diplomats had prepared it for weeks. The president said Russia must respect its neighbours.';
    const doc = run(text, '2019-08-19');
    expect(mentionActor(doc, 'The president')?.id).toBe('person:emmanuel-macron');
    // Introduced the other way round, the bare title stays with the one named without a country.
    const other = run('Russian President Vladimir Putin hosted President Emmanuel Macron near Moscow. The president praised the talks.', '2019-08-19');
    expect(mentionActor(other, 'The president')?.id).toBe('person:emmanuel-macron');
  });

  it('sends a party-qualified bare title only to a holder introduced under that party', () => {
    const text =
      'Libertarian presidential candidate Gary Johnson spoke at a fair. Republican Donald Trump toured a factory. ' +
      'Hillary Clinton held a rally. The Democratic presidential nominee thanked volunteers. The Republican presidential nominee criticised the press.';
    const doc = run(text, '2016-09-30');
    const at = (phrase: string) => text.indexOf(phrase);
    expect(mentionActor(doc, 'presidential nominee', at('The Democratic'))?.id).toBe('person:hillary-clinton');
    expect(mentionActor(doc, 'presidential nominee', at('The Republican presidential'))?.id).toBe('person:donald-trump');
    // A vice presidential nominee is not the presidential nominee.
    const vice = run('Republican Donald Trump toured a factory. The Republican vice presidential nominee spoke later.', '2016-09-30');
    expect(vice.layers.mentions!.some((m) => m.actor === 'person:donald-trump' && m.text.includes('nominee'))).toBe(false);
  });

  it('sends a party-qualified bare title to the registry holder of that party on the article date', () => {
    const text = 'Donald Trump and Hillary Clinton toured Ohio on Monday. The Democratic presidential nominee thanked volunteers.';
    const doc = run(text, '2016-09-30');
    expect(mentionActor(doc, 'presidential nominee', text.indexOf('The Democratic'))?.id).toBe('person:hillary-clinton');
  });

  it('keeps a former nominee out of office as a figure of the party (PTY), not a former office holder', () => {
    const actor = (doc: ReturnType<typeof run>, id: string) => doc.layers.actors!.find((a) => a.id === id);
    // a run for the party was the last role before the date, none holds on it
    expect(actor(run('Jill Stein asked for a recount in Wisconsin.', '2016-11-25'), 'person:jill-stein')).toMatchObject({ sector: 'PTY' });
    expect(actor(run('Mitt Romney met donors in Boston.', '2016-09-27'), 'person:mitt-romney')).toMatchObject({ sector: 'PTY' });
    // during the run, the candidacy's own sector
    expect(actor(run('Jill Stein asked voters for support.', '2016-10-01'), 'person:jill-stein')).toMatchObject({ sector: 'OPP' });
    // an office, not a run, was the last role: no sector
    expect(actor(run('Jimmy Carter met donors in Atlanta.', '2016-09-27'), 'person:jimmy-carter')?.sector ?? null).toBeNull();
  });

  it('gives a bare national body the country of the nearest same-sector actor, else the most mentioned country', () => {
    const doc = run('Dutch troops arrived in Lithuania on Monday. The Ministry of Defence said more would follow. Police were not involved.');
    expect(entity(doc, 'The Ministry of Defence')?.actor).toBe('group:NLD:MIL');
    // No police mentioned before: the most mentioned country (the Netherlands, via the group and its qualifier).
    expect(entity(doc, 'Police')?.actor).toBe('group:NLD:COP');
  });

  it('uses a place right after a bare body as its country', () => {
    const doc = run('Police in Kyiv detained two men.');
    expect(entity(doc, 'Police')?.actor).toBe('group:UKR:COP');
  });
  it("makes the country that qualifies a phrase by its name a place entity inside the phrase, not its adjective", () => {
    const doc = run("Norway's fisheries minister met Polish officials and the UK foreign secretary in Oslo.", '2021-11-14');
    expect(entity(doc, "Norway's fisheries minister")).toBeDefined();
    expect(entity(doc, 'Norway')).toMatchObject({ label: 'GPE', actor: 'country:NOR' });
    expect(entity(doc, 'the UK')).toMatchObject({ label: 'GPE', actor: 'country:GBR' });

    // a nationality adjective is no place's name
    expect(doc.layers.entities!.some((e) => e.text === 'Polish' && e.label === 'GPE')).toBe(false);
  });
});

describe('actors stage: surnames with an honorific', () => {
  it('sends "Mrs." and "Mr." + surname to the named person of that gender, not the last one of the surname', () => {
    const text =
      'Senator Hillary Clinton toured a factory in Ohio. Her husband, Bill Clinton, stayed in New York. ' +
      'Mrs. Clinton later thanked the workers. Mr. Clinton spoke to donors.';
    const doc = run(text, '2007-05-02');
    expect(mentionActor(doc, 'Mrs. Clinton')?.id).toBe('person:hillary-clinton');
    expect(mentionActor(doc, 'Mr. Clinton')?.id).toBe('person:bill-clinton');
  });

  it('sends a bare surname to the person of that name named most often so far, the latest on a tie', () => {
    const doc = run(
      'Darnell Joseph Reed was stopped on Tuesday. Witnesses said Darnell Joseph Reed was unarmed. ' +
        'His sister Tamika Reed filmed the stop. Officers said Reed ran. ' +
        'Later Omar Pell and his daughter Lena Pell spoke to reporters. Pell said the family was shaken.',
      '2020-03-01',
    );
    const at = (text: string, from: number) => doc.layers.mentions!.find((m) => m.text === text && m.start >= from)?.actor;
    expect(at('Reed', doc.text.indexOf('Officers'))).toBe('person:darnell-joseph-reed');
    expect(at('Pell', doc.text.indexOf('Pell said'))).toBe('person:lena-pell');
  });

  it('sends a headline surname to the one person the body names in full with it, not when two share it', () => {
    const doc = run('Varley urges council to fund the ferry\n\nCouncillor Megan Varley on Monday asked the council to fund the ferry. Varley said the island needs it.', '2020-03-01');
    expect(mentionActor(doc, 'Varley')?.id).toBe('person:megan-varley');
    expect(doc.layers.actors!.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Megan Varley']);
    const two = run('Quint says budget is fair\n\nAlan Quint and his sister Ruth Quint run the shop. Alan Quint said prices would rise.', '2020-03-01');
    expect(mentionActor(two, 'Quint')?.id).not.toMatch(/alan-quint|ruth-quint/);
  });

  it('sends a surname to a person the article names after a title read as an organisation ("company CEO …")', () => {
    const doc = run('At the launch, company CEO Steve Harlan showed the new phone. Harlan said sales were strong.', '2020-03-01');
    expect(mentionActor(doc, 'Harlan', doc.text.indexOf('Harlan said'))?.id).toBe('person:steve-harlan');
  });

  it('sends a later word read as an organisation or a capital to the person named in full with that family name', () => {
    const cap = run('Marta Paris spent ten years aboard the ship. Paris said that she was kept below deck.', '2020-03-01');
    expect(mentionActor(cap, 'Paris', cap.text.indexOf('Paris said'))?.id).toBe('person:marta-paris');
    // (a word guessed an organisation takes only a person named before it: DocSurnames.pick's beforeOnly)
    const names = new DocSurnames();
    names.add('ostrand', 'person:pavel-ostrand', 'm', 10, 'Pavel Ostrand');
    expect(names.pick('ostrand', null, 20, true)).toBe('person:pavel-ostrand');
    expect(names.pick('ostrand', null, 5, true)).toBeUndefined();
    expect(names.pick('ostrand', null, 5)).toBe('person:pavel-ostrand');
    names.add('ostrand', 'person:ida-ostrand', 'f', 30, 'Ida Ostrand');
    expect(names.pick('ostrand', null, 5)).toBeUndefined();
  });

  it('reads the gender of people outside the registry from their given name', () => {
    const doc = run('Dana Ostrowski and her brother Peter Ostrowski run the bakery. Ms. Ostrowski bakes the bread.', '2020-03-01');
    expect(mentionActor(doc, 'Ms. Ostrowski')?.id).toBe('person:dana-ostrowski');
  });
  it('makes no organisation id of a run that ends in a post title, and no person id of a lone state name', () => {
    const doc = run('It was a fine event, said Marta Lind, Halden Parks Outreach Manager. The first remarks of the former Tory MLA ' +
      'surprised the room. Orchard Software CEO and co-founder Paul Marr opened the show.', '2020-05-01');
    const ids = (doc.layers.actors ?? []).map((a) => a.id);
    expect(ids.filter((id) => /manager|mla|ceo/.test(id))).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining(['person:marta-lind', 'person:paul-marr']));
    const place = run('Voters in Virginia were watching closely. Swing state Florida will decide the race, he said.', '2020-05-01');
    const people = (place.layers.actors ?? []).filter((a) => a.kind === 'person').map((a) => a.id);
    expect(people.filter((id) => /virginia|florida/.test(id))).toEqual([]);
    // a woman of that given name the article names in full keeps her mentions
    const named = run('Virginia Okafor opened the shop. Later Virginia said sales were good.', '2020-05-01');
    expect(mentionActor(named, 'Virginia')?.id).toBe('person:virginia-okafor');
  });
});
