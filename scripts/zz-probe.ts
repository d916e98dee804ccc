import { createDoc } from '../src/doc/doc.ts';
import { Knowledge, BUNDLED_KNOWLEDGE_DIR } from '../src/knowledge/knowledge.ts';
import { defaultPipeline } from '../src/pipeline/default.ts';
import { resolveToponym } from '../src/stages/places/analyze.ts';
const p = defaultPipeline(new Knowledge([BUNDLED_KNOWLEDGE_DIR]));
const names = ['West Bank', 'Gaza Strip', 'Gaza', 'Crimea', 'Donbas', 'Kashmir', 'Tibet', 'Xinjiang', 'Darfur', 'Kurdistan', 'Catalonia', 'Scotland', 'Wales', 'England', 'Northern Ireland', 'Sinai', 'Golan Heights', 'Silicon Valley', 'Bay Area', 'Midwest', 'New England', 'Siberia', 'Chechnya', 'Flanders', 'Bavaria', 'Punjab', 'Hong Kong', 'Macau', 'Puerto Rico', 'Guam', 'Greenland', 'Hawaii', 'Alaska', 'Brooklyn', 'Queens', 'Bronx', 'Manhattan', 'Westminster', 'Capitol Hill', 'Downing Street', 'Kremlin', 'Pentagon', 'White House', 'Aleppo', 'Mosul', 'Raqqa', 'Idlib', 'Benghazi', 'Donetsk', 'Luhansk', 'Kurdish', 'Palestinian', 'Palestine', 'Britain', 'Great Britain', 'UK', 'U.K.', 'US', 'U.S.', 'America', 'Holland', 'Burma', 'Ivory Coast', 'Congo', 'Korea', 'South Korea', 'North Korea', 'Georgia', 'Macedonia', 'Czech Republic', 'Vatican', 'Persian Gulf', 'Gulf', 'Middle East', 'Ontario', 'Quebec', 'Alberta', 'Nunavut', 'Yukon', 'Greater Toronto Area', 'GTA', 'Lower Mainland', 'Vancouver Island', 'Maritimes', 'Prairies', 'Scarborough', 'Mississauga', 'Surrey', 'Richmond', 'Kingston', 'London', 'Victoria', 'Perth', 'Hamilton', 'Windsor', 'Cambridge', 'Waterloo', 'Halifax', 'Sudbury', 'Peterborough'];
for (const n of names) {
  const text = `Officials in ${n} said on Monday that the talks would go on.`;
  const doc = p.run(createDoc({ date: '2017-01-01', text }));
  const r = resolveToponym(doc, { start: 13, end: 13 + n.length });
  console.log(n.padEnd(22), r ? `${r.name} (${r.country}) ${r.lat},${r.lon}` : 'null');
}
