// Vocabulary for the benchmark corpus: conflict scenarios (countries, office holders with their terms,
// places, armed groups), international actors, outlets and the team's own quote and clause phrases.

export interface Country {
  name: string;
  adj: string;
  capital: string;
}

export interface Person {
  full: string;
  surname: string;
  /** Title used before the name: "President", "Prime Minister", "Gen". */
  title: string;
  /** Descriptive role used as "the Ukrainian foreign minister". */
  role: string;
  gender: 'm' | 'f';
  /** How later mentions name the person ("Mr Abiy", "Gen Burhan"); default Mr/Ms + last word. */
  short?: string;
  /** ISO dates of the term (inclusive); the corpus only names people on dates they held office. */
  from: string;
  to: string;
}

export interface Side {
  country: Country;
  people: Person[];
  /** Armed or official groups: "Ukrainian troops", "the Sudanese army". */
  forces: string[];
}

export interface Scenario {
  key: string;
  from: string;
  to: string;
  a: Side;
  b: Side;
  cities: string[];
  regions: string[];
  topics: string[];
  /** Civilians affected: "Sudanese refugees", "displaced families". */
  civilians: string[];
}

const P = (
  full: string, title: string, role: string, gender: 'm' | 'f', from: string, to: string, short?: string,
): Person => ({ full, surname: full.split(' ').slice(-1)[0], title, role, gender, from, to, short });

const C = (name: string, adj: string, capital: string): Country => ({ name, adj, capital });

export const SCENARIOS: Scenario[] = [
  {
    key: 'ukraine-russia',
    from: '2022-03-01',
    to: '2023-12-31',
    a: {
      country: C('Ukraine', 'Ukrainian', 'Kyiv'),
      people: [
        P('Volodymyr Zelensky', 'President', 'Ukrainian president', 'm', '2019-05-20', '2099-12-31'),
        P('Dmytro Kuleba', 'Foreign Minister', 'Ukrainian foreign minister', 'm', '2020-03-04', '2024-09-05'),
      ],
      forces: ['Ukrainian troops', 'Ukraine\'s armed forces', 'Ukrainian air defences'],
    },
    b: {
      country: C('Russia', 'Russian', 'Moscow'),
      people: [
        P('Vladimir Putin', 'President', 'Russian president', 'm', '2012-05-07', '2099-12-31'),
        P('Sergei Lavrov', 'Foreign Minister', 'Russian foreign minister', 'm', '2004-03-09', '2099-12-31'),
        P('Dmitry Peskov', 'Kremlin spokesman', 'Kremlin spokesman', 'm', '2012-05-22', '2099-12-31'),
      ],
      forces: ['Russian forces', 'Russian troops', 'the Russian army'],
    },
    cities: ['Kharkiv', 'Odesa', 'Zaporizhzhia', 'Kherson', 'Bakhmut', 'Dnipro', 'Mykolaiv', 'Belgorod'],
    regions: ['the Donetsk region', 'the Kharkiv region', 'southern Ukraine', 'the Black Sea coast'],
    topics: ['the grain corridor', 'the exchange of prisoners of war', 'the Zaporizhzhia nuclear plant', 'air defence supplies'],
    civilians: ['Ukrainian refugees', 'displaced families', 'residents of frontline towns'],
  },
  {
    key: 'israel-gaza',
    from: '2023-10-10',
    to: '2024-06-30',
    a: {
      country: C('Israel', 'Israeli', 'Jerusalem'),
      people: [
        P('Benjamin Netanyahu', 'Prime Minister', 'Israeli prime minister', 'm', '2022-12-29', '2099-12-31'),
        P('Yoav Gallant', 'Defence Minister', 'Israeli defence minister', 'm', '2022-12-29', '2024-11-05'),
      ],
      forces: ['Israeli troops', 'the Israeli military', 'Israeli warplanes'],
    },
    b: {
      country: C('Gaza', 'Palestinian', 'Gaza City'),
      people: [P('Ismail Haniyeh', 'Hamas leader', 'Hamas political leader', 'm', '2017-05-06', '2024-07-31')],
      forces: ['Hamas fighters', 'Palestinian militants', 'the armed wing of Hamas'],
    },
    cities: ['Khan Younis', 'Rafah', 'Gaza City', 'Jabalia', 'Deir al-Balah', 'Jenin', 'Tel Aviv'],
    regions: ['the north of the Gaza Strip', 'the occupied West Bank', 'southern Israel'],
    topics: ['the release of hostages', 'a humanitarian pause', 'aid deliveries through Rafah', 'fuel for hospitals'],
    civilians: ['Palestinian civilians', 'displaced Gazans', 'families of hostages'],
  },
  {
    key: 'sudan',
    from: '2023-05-01',
    to: '2024-10-31',
    a: {
      country: C('Sudan', 'Sudanese', 'Khartoum'),
      people: [P('Abdel Fattah al-Burhan', 'Gen', 'army chief', 'm', '2019-04-12', '2099-12-31', 'Gen Burhan')],
      forces: ['the Sudanese army', 'Sudanese soldiers', 'army units'],
    },
    b: {
      country: C('the Rapid Support Forces', 'paramilitary', 'Nyala'),
      people: [P('Mohamed Hamdan Dagalo', 'Gen', 'RSF commander', 'm', '2013-08-01', '2099-12-31', 'Gen Dagalo')],
      forces: ['RSF fighters', 'the paramilitary Rapid Support Forces', 'RSF units'],
    },
    cities: ['El Fasher', 'Omdurman', 'Wad Madani', 'Port Sudan', 'Nyala', 'El Geneina', 'Kassala'],
    regions: ['North Darfur', 'Gezira state', 'the border with Chad', 'Kordofan'],
    topics: ['humanitarian corridors', 'the Jeddah talks', 'a nationwide truce', 'the protection of civilians'],
    civilians: ['Sudanese refugees', 'displaced families', 'residents of Darfur'],
  },
  {
    key: 'ethiopia-tigray',
    from: '2021-01-15',
    to: '2022-10-31',
    a: {
      country: C('Ethiopia', 'Ethiopian', 'Addis Ababa'),
      people: [
        P('Abiy Ahmed', 'Prime Minister', 'Ethiopian prime minister', 'm', '2018-04-02', '2099-12-31', 'Mr Abiy'),
        P('Redwan Hussien', 'Security Adviser', 'Ethiopian national security adviser', 'm', '2021-01-01', '2023-12-31', 'Mr Redwan'),
      ],
      forces: ['Ethiopian federal forces', 'the Ethiopian army', 'federal troops'],
    },
    b: {
      country: C('Tigray', 'Tigrayan', 'Mekelle'),
      people: [P('Getachew Reda', 'TPLF spokesman', 'TPLF spokesman', 'm', '2020-11-01', '2023-03-22', 'Mr Getachew')],
      forces: ['Tigrayan forces', 'TPLF fighters', 'the Tigray Defence Forces'],
    },
    cities: ['Mekelle', 'Shire', 'Adigrat', 'Dessie', 'Kombolcha', 'Gondar', 'Humera'],
    regions: ['western Tigray', 'the Amhara region', 'the Afar region', 'the border with Eritrea'],
    topics: ['humanitarian access', 'a negotiated ceasefire', 'the restoration of services', 'the withdrawal of Eritrean troops'],
    civilians: ['Ethiopian refugees', 'displaced Tigrayans', 'residents of Mekelle'],
  },
  {
    key: 'armenia-azerbaijan',
    from: '2021-09-01',
    to: '2023-09-30',
    a: {
      country: C('Armenia', 'Armenian', 'Yerevan'),
      people: [
        P('Nikol Pashinyan', 'Prime Minister', 'Armenian prime minister', 'm', '2018-05-08', '2099-12-31'),
        P('Ararat Mirzoyan', 'Foreign Minister', 'Armenian foreign minister', 'm', '2021-08-19', '2099-12-31'),
      ],
      forces: ['Armenian troops', 'Armenian border guards', 'ethnic Armenian forces'],
    },
    b: {
      country: C('Azerbaijan', 'Azerbaijani', 'Baku'),
      people: [
        P('Ilham Aliyev', 'President', 'Azerbaijani president', 'm', '2003-10-31', '2099-12-31'),
        P('Jeyhun Bayramov', 'Foreign Minister', 'Azerbaijani foreign minister', 'm', '2020-07-16', '2099-12-31'),
      ],
      forces: ['Azerbaijani troops', 'Azerbaijani forces', 'Azerbaijan\'s army'],
    },
    cities: ['Stepanakert', 'Jermuk', 'Goris', 'Lachin', 'Shusha', 'Kapan'],
    regions: ['Nagorno-Karabakh', 'the Lachin corridor', 'the Syunik province', 'the border with Armenia'],
    topics: ['a peace treaty', 'the demarcation of the border', 'the Lachin corridor', 'the return of detainees'],
    civilians: ['ethnic Armenian refugees', 'displaced families', 'residents of Karabakh'],
  },
  {
    key: 'sahel-mali',
    from: '2021-07-01',
    to: '2023-12-31',
    a: {
      country: C('Mali', 'Malian', 'Bamako'),
      people: [P('Assimi Goïta', 'Col', 'interim president', 'm', '2021-05-24', '2099-12-31', 'Col Goïta')],
      forces: ['Malian soldiers', 'the Malian army', 'Malian troops'],
    },
    b: {
      country: C('France', 'French', 'Paris'),
      people: [P('Emmanuel Macron', 'President', 'French president', 'm', '2017-05-14', '2099-12-31')],
      forces: ['French troops', 'French forces', 'the Barkhane force'],
    },
    cities: ['Gao', 'Timbuktu', 'Mopti', 'Kidal', 'Menaka', 'Segou'],
    regions: ['central Mali', 'the border with Burkina Faso', 'the Sahel', 'the Liptako-Gourma region'],
    topics: ['the political transition', 'the timetable for elections', 'the presence of foreign troops', 'the peace accord with northern groups'],
    civilians: ['Malian refugees', 'displaced villagers', 'residents of the north'],
  },
  {
    key: 'south-china-sea',
    from: '2022-07-01',
    to: '2024-06-30',
    a: {
      country: C('the Philippines', 'Philippine', 'Manila'),
      people: [
        P('Ferdinand Marcos Jr', 'President', 'Philippine president', 'm', '2022-06-30', '2099-12-31', 'Mr Marcos'),
        P('Enrique Manalo', 'Foreign Secretary', 'Philippine foreign secretary', 'm', '2022-07-01', '2099-12-31'),
      ],
      forces: ['the Philippine coast guard', 'Filipino marines', 'Philippine vessels'],
    },
    b: {
      country: C('China', 'Chinese', 'Beijing'),
      people: [
        P('Wang Yi', 'Foreign Minister', 'Chinese foreign minister', 'm', '2023-07-25', '2099-12-31', 'Mr Wang'),
        P('Wang Wenbin', 'spokesman', 'Chinese foreign ministry spokesman', 'm', '2020-07-01', '2024-06-30', 'Mr Wang'),
      ],
      forces: ['the Chinese coast guard', 'Chinese vessels', 'Chinese maritime militia boats'],
    },
    cities: ['Second Thomas Shoal', 'Scarborough Shoal', 'Palawan', 'Subic Bay', 'Pag-asa island'],
    regions: ['the South China Sea', 'the Spratly Islands', 'the West Philippine Sea'],
    topics: ['resupply missions', 'fishing rights', 'a code of conduct', 'the 2016 arbitration ruling'],
    civilians: ['Filipino fishermen', 'crew members', 'coastal communities'],
  },
  {
    key: 'serbia-kosovo',
    from: '2021-06-01',
    to: '2024-06-30',
    a: {
      country: C('Kosovo', 'Kosovan', 'Pristina'),
      people: [P('Albin Kurti', 'Prime Minister', 'Kosovan prime minister', 'm', '2021-03-22', '2099-12-31')],
      forces: ['Kosovo police', 'Kosovan special police units', 'police officers'],
    },
    b: {
      country: C('Serbia', 'Serbian', 'Belgrade'),
      people: [P('Aleksandar Vucic', 'President', 'Serbian president', 'm', '2017-05-31', '2099-12-31')],
      forces: ['Serbian troops', 'the Serbian army', 'armed Serb groups'],
    },
    cities: ['Mitrovica', 'Zvecan', 'Leposavic', 'Zubin Potok', 'Banjska', 'Jarinje'],
    regions: ['northern Kosovo', 'the border with Serbia', 'Serb-majority municipalities'],
    topics: ['the normalisation agreement', 'vehicle licence plates', 'an association of Serb municipalities', 'local elections'],
    civilians: ['local Serbs', 'ethnic Albanian residents', 'border communities'],
  },
  {
    key: 'venezuela-guyana',
    from: '2021-01-01',
    to: '2024-06-30',
    a: {
      country: C('Guyana', 'Guyanese', 'Georgetown'),
      people: [P('Irfaan Ali', 'President', 'Guyanese president', 'm', '2020-08-02', '2099-12-31')],
      forces: ['the Guyana Defence Force', 'Guyanese soldiers', 'Guyanese police'],
    },
    b: {
      country: C('Venezuela', 'Venezuelan', 'Caracas'),
      people: [
        P('Nicolás Maduro', 'President', 'Venezuelan president', 'm', '2013-04-19', '2099-12-31'),
        P('Vladimir Padrino López', 'Defence Minister', 'Venezuelan defence minister', 'm', '2014-10-24', '2099-12-31', 'Mr Padrino López'),
      ],
      forces: ['Venezuelan troops', 'the Venezuelan armed forces', 'Venezuelan security forces'],
    },
    cities: ['Maracaibo', 'Ciudad Guayana', 'Lethem', 'Anacoco island', 'Bartica'],
    regions: ['the Essequibo region', 'the border with Guyana', 'Bolívar state'],
    topics: ['the Essequibo dispute', 'oil exploration licences', 'the 1899 arbitration award', 'the presidential election'],
    civilians: ['Venezuelan migrants', 'opposition supporters', 'border communities'],
  },
  {
    key: 'myanmar',
    from: '2021-03-01',
    to: '2024-06-30',
    a: {
      country: C('Myanmar', 'Myanmar', 'Naypyitaw'),
      people: [P('Min Aung Hlaing', 'Senior Gen', 'junta leader', 'm', '2021-02-01', '2099-12-31', 'Min Aung Hlaing')],
      forces: ['junta troops', 'the Myanmar military', 'military aircraft'],
    },
    b: {
      country: C('the National Unity Government', 'opposition', 'Yangon'),
      people: [P('Duwa Lashi La', 'acting President', 'opposition acting president', 'm', '2021-04-16', '2099-12-31', 'Duwa Lashi La')],
      forces: ['the People\'s Defence Force', 'ethnic armed groups', 'resistance fighters'],
    },
    cities: ['Lashio', 'Mandalay', 'Yangon', 'Sagaing', 'Myawaddy', 'Laukkaing', 'Sittwe'],
    regions: ['northern Shan state', 'Rakhine state', 'the Sagaing region', 'the border with Thailand'],
    topics: ['a nationwide ceasefire', 'the release of political prisoners', 'the Asean peace plan', 'cross-border trade'],
    civilians: ['Rohingya refugees', 'displaced villagers', 'residents of Sagaing'],
  },
];

export interface IntlActor {
  /** First mention, e.g. "the US secretary of state, Antony Blinken". */
  first: string;
  /** Later mentions: "Mr Blinken", "the alliance". */
  later: string[];
  gender: 'm' | 'f' | 'n';
  from: string;
  to: string;
  /** Can impose sanctions (a state or the EU), so sanction templates may use it. */
  sanctions?: boolean;
}

export const INTERNATIONAL: IntlActor[] = [
  { first: 'the US secretary of state, Antony Blinken,', later: ['Mr Blinken'], gender: 'm', from: '2021-01-26', to: '2025-01-20' },
  { first: 'the UN secretary general, António Guterres,', later: ['Mr Guterres'], gender: 'm', from: '2017-01-01', to: '2099-12-31' },
  { first: 'the president of the European Commission, Ursula von der Leyen,', later: ['Ms von der Leyen'], gender: 'f', from: '2019-12-01', to: '2099-12-31' },
  { first: 'the Nato secretary general, Jens Stoltenberg,', later: ['Mr Stoltenberg'], gender: 'm', from: '2014-10-01', to: '2024-09-30' },
  { first: 'the EU\'s foreign policy chief, Josep Borrell,', later: ['Mr Borrell'], gender: 'm', from: '2019-12-01', to: '2024-11-30' },
  { first: 'Germany\'s chancellor, Olaf Scholz,', later: ['Mr Scholz'], gender: 'm', from: '2021-12-08', to: '2025-05-06' },
  { first: 'President Recep Tayyip Erdogan of Turkey', later: ['Mr Erdogan'], gender: 'm', from: '2014-08-28', to: '2099-12-31' },
  { first: 'the Polish prime minister, Mateusz Morawiecki,', later: ['Mr Morawiecki'], gender: 'm', from: '2017-12-11', to: '2023-12-13' },
  { first: 'the European Union', later: ['the bloc', 'the EU'], gender: 'n', from: '1993-11-01', to: '2099-12-31', sanctions: true },
  { first: 'Nato', later: ['the alliance'], gender: 'n', from: '1949-04-04', to: '2099-12-31' },
  { first: 'the African Union', later: ['the AU', 'the pan-African body'], gender: 'n', from: '2002-07-09', to: '2099-12-31' },
  { first: 'the United States', later: ['Washington'], gender: 'n', from: '1900-01-01', to: '2099-12-31', sanctions: true },
  { first: 'Britain', later: ['London', 'the UK government'], gender: 'n', from: '1900-01-01', to: '2099-12-31', sanctions: true },
  { first: 'Canada', later: ['Ottawa'], gender: 'n', from: '1900-01-01', to: '2099-12-31', sanctions: true },
  { first: 'China\'s foreign ministry', later: ['Beijing'], gender: 'n', from: '1900-01-01', to: '2099-12-31' },
];

export const AID_AGENCIES = [
  'the UN refugee agency, UNHCR',
  'the World Food Programme',
  'the International Committee of the Red Cross',
  'Médecins Sans Frontières',
  'the UN children\'s agency, Unicef',
  'the UN humanitarian office, OCHA',
];

export const OUTLETS = ['the BBC', 'Reuters', 'the Associated Press', 'Al Jazeera', 'AFP', 'CNN', 'the Financial Times'];
export const PAPERS = ['Le Monde', 'the Guardian', 'the Washington Post', 'Der Spiegel', 'the New York Times', 'the Financial Times'];
export const PLATFORMS = ['on Twitter', 'on X', 'on Telegram', 'on Facebook', 'in a video posted on social media'];

/** Quote sentences written by the team; {T} = the other side's country name, {C} = a city. */
export const QUOTES = [
  'We will not accept any attempt to change borders by force',
  'The door to dialogue remains open, but not under threats',
  '{T} must stop its attacks on civilians immediately',
  'Our soldiers are defending every metre of our land',
  'Nobody should doubt our determination',
  'What happened in {C} is a crime, and those responsible will be held to account',
  'We have done everything possible to avoid this escalation',
  'The situation in {C} is catastrophic and getting worse every day',
  'We are ready to sign an agreement tomorrow if the other side is serious',
  'These accusations are baseless and absurd',
  'We call on the international community to act before it is too late',
  'There can be no military solution to this conflict',
  'Our patience has limits',
  'The people of {C} need food, water and medicine, not promises',
  'We will respond to any provocation',
  'This is a dangerous moment for the whole region',
  'We never targeted civilians and we never will',
  'Sanctions will not change our position',
  'Talks are the only way forward',
  '{T} has once again shown that it cannot be trusted',
];

/** Clauses for indirect speech ("said that …"); same placeholders, plus {A} = own country. */
export const CLAUSES = [
  '{A} would not withdraw its forces until its security was guaranteed',
  'the talks had made progress on {topic}',
  'the attack on {C} had been planned for weeks',
  '{T} was preparing a new offensive',
  'the government was ready to discuss {topic}',
  'dozens of civilians had been killed in {C} since the start of the month',
  'aid convoys had been blocked for weeks near {C}',
  'the ceasefire had been violated several times overnight',
  'more than 10,000 people had fled {C}',
  'no decision on {topic} would be taken without consulting partners',
];

/** Clauses an aid agency reports ("According to UNHCR, …"); {C} = a city, {N} = a number. */
export const AGENCY_CLAUSES = [
  'more than {N} people had fled {C} since the start of the month',
  'aid convoys had been blocked for weeks on the roads leading to {C}',
  'only a third of the hospitals in {C} were still functioning',
  'food prices in {C} had tripled since the fighting began',
  'about {N} children were at risk of severe malnutrition',
  'shelters near {C} were holding twice as many people as they were built for',
];

export const OFFENCES = [
  'targeting civilians',
  'violating the ceasefire',
  'blocking humanitarian aid',
  'spreading disinformation',
  'shelling residential areas',
  'preparing a provocation',
  'recruiting foreign mercenaries',
  'torturing prisoners',
];

export const DEMANDS = [
  'halt its military operations',
  'return to the negotiating table',
  'allow aid to reach civilians',
  'release detained civilians',
  'respect international humanitarian law',
  'withdraw its troops',
  'agree to an immediate ceasefire',
  'open safe corridors for civilians',
];

export const WEAPONS = ['artillery', 'drones', 'rockets', 'mortar rounds', 'missiles', 'guided bombs'];
export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
