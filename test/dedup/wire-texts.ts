// Invented wire stories for the near-duplicate tests: an original, an edited copy (new lead sentence,
// one changed paragraph, a dropped closing line) and an unrelated story.
export const WIRE_ORIGINAL = [
  'Poland accused Belarus on Tuesday of pushing hundreds of migrants towards the border near the village of Kuznica, where soldiers had spent the night behind a razor-wire fence.',
  'The Polish interior minister said the crossings were organised by the government in Minsk and that guards had stopped more than 300 attempts since Monday evening.',
  'The European Union pledged additional funds to help Polish border guards cope with the arrivals, and the European Commission said it would send experts to the area this week.',
  'Aid groups said dozens of people, among them small children, were camping in freezing temperatures in the forest on the Belarusian side and needed food, water and medical care.',
  'Belarus denied the accusation and said Warsaw was violating international law by refusing to accept asylum claims at the frontier.',
].join('\n\n');

export const WIRE_COPY = [
  'WARSAW (Harbour Times) - Poland accused Belarus on Tuesday of pushing hundreds of migrants towards the border near the village of Kuznica, where soldiers had spent the night behind a razor-wire fence.',
  'The Polish interior minister said the crossings were organised by the government in Minsk and that guards had stopped more than 300 attempts since Monday evening.',
  'The European Union pledged additional funds to help Polish border guards cope with the arrivals, and the European Commission said on Tuesday it would send experts to the region this week.',
  'Aid groups said dozens of people, among them small children, were camping in freezing temperatures in the forest on the Belarusian side and needed food, water and medical care.',
].join('\n\n');

export const UNRELATED = [
  'Chile and Argentina signed an agreement in Santiago on Wednesday to connect their electricity grids and share gas during the southern winter, the two governments said.',
  "Argentina's energy secretary said the accord would allow exports of up to 10 million cubic metres of gas a day to central Chile, with the first deliveries expected in May.",
].join('\n\n');
