import { describe, expect, it } from 'vitest';
import { actorOf, runParsed } from './syntax-helpers.ts';

const person = actorOf;

describe('the country and sector of a person the registry does not know, from cues beside the name', () => {
  it('reads a US party-and-state tag as a member of a US legislature', () => {
    const a = person('Marla Quennell (D-Ore.) said the bill would not pass this year.', 'person:marla-quennell');
    expect(a?.country).toBe('USA');
    expect(a?.sector).toBe('LEG');
    expect(person('The plan was too costly, said Tobias Renwick, R-Tex., on Monday.', 'person:tobias-renwick')?.country).toBe('USA');
  });

  it('reads a nationality adjective in an apposition', () => {
    expect(person('Joris Vandermeer, a retired Belgian general, said the border had no guards.', 'person:joris-vandermeer')?.country).toBe('BEL');
    expect(person('Marta Kowalczyk, a Polish woman who moved to Dublin, said she was never paid.', 'person:marta-kowalczyk')?.country).toBe('POL');
  });

  it('reads the place or body before a title, the body first', () => {
    const senator = person('Kansas senator Tom Brenner said the contract was a mistake.', 'person:tom-brenner');
    expect(senator?.country).toBe('USA');
    expect(senator?.sector).toBe('LEG');
    const mayor = person('Aleppo Mayor Rami Haddour asked for more aid on Sunday.', 'person:rami-haddour');
    expect(mayor?.country).toBe('SYR');
    expect(mayor?.sector).toBe('GOV');
    expect(person('Texas Gov. Greg Abbel signed the bill.', 'person:greg-abbel')?.sector).toBe('GOV');
    const ag = person('Ohio Attorney General Mike Lorens sued the company on Tuesday.', 'person:mike-lorens');
    expect(ag?.country).toBe('USA');
    expect(ag?.sector).toBe('JUD');
    const ceo = person('Boeing vice president Dana Ruckel said the order was welcome.', 'person:dana-ruckel');
    expect(ceo?.country).toBe('USA');
    expect(ceo?.sector).toBe('BUS');
    // a multinational the registry places in no one country: its people are in none either, marked so
    // that no country is guessed for them from the article
    const multi = person('Airbus spokesman Henrik Solvang said the delivery would be late.', 'person:henrik-solvang');
    expect(multi?.sector).toBe('BUS');
    expect(multi?.country).toBeNull();
    expect(multi?.stateless).toBe(true);
    expect(ceo?.stateless).toBeUndefined();
  });

  it('reads a company\'s chief executive as business: "CEO X", "Chief Executive X", "company CEO X", unless a body says otherwise', () => {
    expect(person('On Monday, company CEO Tomas Berglund criticized the regulator.', 'person:tomas-berglund')?.sector).toBe('BUS');
    expect(person('Chief executive Ilse Warrington told staff the airline would cooperate.', 'person:ilse-warrington')?.sector).toBe('BUS');
    expect(person('The deal angered Kestrel Air and its CEO Ruben Dalgaard.', 'person:ruben-dalgaard')?.sector).toBe('BUS');
    // a title glued after a noun naming a body is the body's
    expect(person('On Friday, union chairman Ole Brask called a strike.', 'person:ole-brask')?.sector).toBe('LAB');
  });

  it('reads a chief executive\'s title written in lower case right before the name as the capitalised one', () => {
    expect(person('Profits fell in the first year under new chief executive Oskar Lindqvist, who left in May.', 'person:oskar-lindqvist')?.sector).toBe('BUS');
    expect(person('Former chief executive officer Oskar Lindqvist was questioned by the police.', 'person:oskar-lindqvist')?.sector).toBe('BUS');
    // a noun naming another kind of body before the title is the body's
    expect(person('The hospital chief executive Ilse Warrington said the wards were full.', 'person:ilse-warrington')?.sector).toBe('HLH');
    // the two words apart are no title
    expect(person('The chief said executive Oskar Lindqvist had resigned.', 'person:oskar-lindqvist')?.sector ?? null).toBeNull();
  });

  it('gives an aide the role of the person whose title it is ("Clinton spokesman X", "Trump campaign spokesman X")', () => {
    const doc = 'Hillary Clinton spoke in Ohio. Clinton spokesman Dale Wexford said the report was false. Donald Trump spoke too. Trump campaign spokesman Owen Tarrant denied it.';
    const actors = runParsed(doc, '2016-09-20').layers.actors!;
    const aide = actors.find((a) => a.id === 'person:dale-wexford');
    expect(aide?.country).toBe('USA');
    expect(aide?.sector).toBe('PTY');
    expect(actors.find((a) => a.id === 'person:owen-tarrant')?.sector).toBe('OPP');
  });

  it('gives one of an organisation\'s people, named after its possessive, its sector and country', () => {
    const doc = 'The debate was moderated by CNN\'s Dora Quillan. Russia\'s Ivan Petrenko watched.';
    const anchor = person(doc, 'person:dora-quillan');
    expect(anchor?.sector).toBe('MED');
    expect(anchor?.country).toBe('USA');
    expect(person(doc, 'person:ivan-petrenko')?.sector ?? null).toBeNull();
  });

  it('reads role nouns glued before the name after a body, or after a person with a title word among them', () => {
    const doc = 'Facebook creator Lionel Brask spoke. Hillary Clinton spoke. Clinton communications director Ola Brenn agreed. Donald Trump spoke. Trump critic Sam Quint laughed.';
    const actors = runParsed(doc, '2016-09-20').layers.actors!;
    const of = (id: string) => actors.find((a) => a.id === id);
    expect(of('person:lionel-brask')?.sector).toBe('BUS');
    expect(of('person:ola-brenn')?.sector).toBe('PTY');
    expect(of('person:sam-quint')?.sector ?? null).toBeNull();
  });

  it('takes no country from the body an ambassador serves at', () => {
    expect(person('Former UN Ambassador Carl Wendover criticised the deal.', 'person:carl-wendover')?.country ?? null).not.toBe('UN');
  });

  it('reads a title that stands alone before a name as its sector ("Officer X" police, "Justice X" a judge), not a longer title', () => {
    const doc = 'Officer Dana Pirelli fired two shots. Justice Omar Lindqvist sentenced the driver. Chief Financial Officer Ruth Okafor left the firm.';
    const actors = runParsed(doc, '2016-09-20').layers.actors!;
    expect(actors.find((a) => a.id === 'person:dana-pirelli')?.sector).toBe('COP');
    expect(actors.find((a) => a.id === 'person:omar-lindqvist')?.sector).toBe('JUD');
    expect(actors.find((a) => a.id === 'person:ruth-okafor')?.sector).not.toBe('COP');
  });

  it('gives an aide named after a person the principal\'s role ("Clinton aide X"), and a host named after a broadcaster its sector', () => {
    const doc = 'Hillary Clinton spoke in Ohio. Clinton aide Nora Felder said the report was false. Pia Marlowe works in New York. Another CNN host, Pia Marlowe, had previously praised the plan in an interview.';
    const actors = runParsed(doc, '2016-09-20').layers.actors!;
    expect(actors.find((a) => a.id === 'person:nora-felder')?.sector).toBe('PTY');
    expect(actors.find((a) => a.id === 'person:pia-marlowe')?.sector).toBe('MED');
  });

  it('reads a title after the capitalised words of its office or place inside the name ("Transportation Secretary X")', () => {
    const doc = 'Homeland Security Secretary Dale Jorgen says hackers are targeting state systems. Environment Minister Karen Volsky reassured residents. Montreal East Mayor Robert Lenoir agreed.';
    const actors = runParsed(doc, '2016-10-03').layers.actors!;
    expect(actors.find((a) => a.id === 'person:dale-jorgen')?.sector).toBe('GOV');
    expect(actors.find((a) => a.id === 'person:karen-volsky')?.sector).toBe('GOV');
    const mayor = actors.find((a) => a.id === 'person:robert-lenoir');
    expect(mayor?.sector).toBe('GOV');
    expect(mayor?.country).toBe('CAN');
  });

  it('reads an abbreviated title before a name ("police Const. X" police, "the Rev. X" a cleric)', () => {
    const doc = 'The injured man was taken to hospital, said London police Const. Kim Abery. The Rev. Gerald Mott will lead the service.';
    const actors = runParsed(doc, '2016-10-03').layers.actors!;
    expect(actors.find((a) => a.id === 'person:kim-abery')?.sector).toBe('COP');
    expect(actors.find((a) => a.id === 'person:gerald-mott')?.sector).toBe('REL');
  });

  it('reads an honorific that tells a role ("Professor X" an academic, "Reverend X" a cleric), "Dr X" no role', () => {
    const doc = 'Professor Otto Vallin condemned the tariff plan on Monday. Later, Prof. Hanna Brisk criticised the ministry. Reverend Ana Lopesco praised the mayor. Art school professor Lene Dahlberg signed the letter. Dr Ivo Renko urged calm.';
    const actors = runParsed(doc, '2026-03-02').layers.actors!;
    expect(actors.find((a) => a.id === 'person:otto-vallin')?.sector).toBe('EDU');
    expect(actors.find((a) => a.id === 'person:hanna-brisk')?.sector).toBe('EDU');
    expect(actors.find((a) => a.id === 'person:ana-lopesco')?.sector).toBe('REL');
    expect(actors.find((a) => a.id === 'person:lene-dahlberg')?.sector).toBe('EDU');
    expect(actors.find((a) => a.id === 'person:ivo-renko')?.sector).not.toBe('EDU');
  });

  it('lets a body the apposition names win over a professor\'s title', () => {
    const doc = 'Professor Mila Rost, executive director of the Coalition for Safer Streets, criticized the tariff.';
    const actors = runParsed(doc, '2026-03-02').layers.actors!;
    expect(actors.find((a) => a.id === 'person:mila-rost')?.sector).toBe('NGO');
  });

  it('reads the town a person is of or from, where the article places it with its region or country', () => {
    const doc = 'Karen Dolan, 58, of Easton, Md., said the road had been closed for weeks. Greta Oland from Perth, Australia, thanked the crew.';
    const actors = runParsed(doc, '2026-03-02').layers.actors!;
    expect(actors.find((a) => a.id === 'person:karen-dolan')?.country).toBe('USA');
    expect(actors.find((a) => a.id === 'person:greta-oland')?.country).toBe('AUS');
    // the town placed elsewhere in the text ("Paris, Texas"): the article's own Paris, not France's
    const paris = 'The fair opened in Paris, Texas, on Friday. Lorna Vickery, 70, of Paris won the pie contest.';
    expect(runParsed(paris, '2026-03-02').layers.actors!.find((a) => a.id === 'person:lorna-vickery')?.country).toBe('USA');
    // a town the text never places, or a body after "of": no country from it
    const bare = 'Ivo Marsh of Edmonton Green and Rita Holm of the Civic League spoke at the meeting.';
    const none = runParsed(bare, '2026-03-02').layers.actors!;
    expect(none.find((a) => a.id === 'person:ivo-marsh')?.country ?? null).toBeNull();
    expect(none.find((a) => a.id === 'person:rita-holm')?.country ?? null).toBeNull();
  });

  it('reads a country, or a region or large city in a country the article places actors in, after "of"', () => {
    const doc = 'Prime Minister Justin Trudeau opened the session. Nadia Corrigan, 44, of Winnipeg, asked about the pipeline.';
    expect(runParsed(doc, '2019-03-02').layers.actors!.find((a) => a.id === 'person:nadia-corrigan')?.country).toBe('CAN');
    const senate = 'President Joe Biden signed the bill. Senator Dale Morrow of Nebraska voted no.';
    expect(runParsed(senate, '2022-03-02').layers.actors!.find((a) => a.id === 'person:dale-morrow')?.country).toBe('USA');
    expect(runParsed('The lecture was given by Pietro Vanelli of Italy.', '2019-03-02').layers.actors!.find((a) => a.id === 'person:pietro-vanelli')?.country).toBe('ITA');
    // a city's namesake in a country the article names no actor in: no country from it
    const away = runParsed('Deputies arrested Cody Brandt, 31, of Edmonton, after the crash on the county road.', '2019-03-02').layers.actors!;
    expect(away.find((a) => a.id === 'person:cody-brandt')?.country ?? null).toBeNull();
    // a name opened by an article is a body's, not a town's
    const paper = runParsed('President Joe Biden spoke on Monday. Ryan Kessler of The Denver Ledger asked the first question.', '2022-03-02').layers.actors!;
    expect(paper.find((a) => a.id === 'person:ryan-kessler')?.country ?? null).toBeNull();
  });

  it('reads a nationality adjective before the nouns glued to a name', () => {
    const doc = 'The Danish historian Erik Lindqvist praised the archive. Norwegian striker Ola Brenden scored twice.';
    const actors = runParsed(doc, '2026-03-02').layers.actors!;
    expect(actors.find((a) => a.id === 'person:erik-lindqvist')?.country).toBe('DNK');
    expect(actors.find((a) => a.id === 'person:ola-brenden')?.country).toBe('NOR');
  });

  it('gives a bare spokesperson title no sector, a body or country before it its own', () => {
    const doc = 'Spokeswoman Dana Velk said the shelter would reopen on Monday. Turkish spokesman Emre Dogan said the talks went well. Boeing spokeswoman Lena Marsh declined to comment.';
    const actors = runParsed(doc, '2026-03-02').layers.actors!;
    expect(actors.find((a) => a.id === 'person:dana-velk')?.sector ?? null).toBeNull();
    expect(actors.find((a) => a.id === 'person:emre-dogan')?.sector).toBe('GOV');
    expect(actors.find((a) => a.id === 'person:lena-marsh')?.sector).toBe('BUS');
  });
});

