// What a quote's date means, in words: its calendar precision beside the date ("2016-09 (month)") and where the
// date came from (the API's `dateBasis`, docs/output-format.md, Quotes) as a short label with an explanation for
// its tooltip. Kept free of the DOM so test/web/quote-dates.test.ts checks it against the pipeline's lists.

/** The pipeline's bases (QUOTE_DATE_BASES in src/doc/types.ts): short label and what it means. */
export const DATE_BASES: Record<string, { label: string; meaning: string }> = {
  attribution: { label: 'own attribution', meaning: 'The quote\'s own attribution dates it: a time expression in its sentence ("said on Friday", "in a letter posted on Saturday, she said").' },
  'prior-sentence': { label: 'earlier sentence', meaning: 'The sentence before names the occasion for the same speaker ("she wrote to the council on Friday. “…,” she wrote.").' },
  run: { label: 'speaker\'s run', meaning: 'Another quote in the same speaker\'s run of quotes names the occasion ("in an interview on Wednesday, he said …").' },
  forum: { label: 'shared occasion', meaning: 'Quoted again after other speakers of an occasion they shared (a forum, a town hall): the speaker keeps their own day.' },
  outlet: { label: 'outlet', meaning: 'The text gives this date for the same speaker and outlet elsewhere (an interview).' },
  document: { label: 'article date', meaning: 'Nothing in the text dates this statement: the article\'s date, by default.' },
};

/** Label and meaning of a quote's basis; quotes stored before the basis was recorded have none. */
export function basisLabel(basis: string | null | undefined): { label: string; meaning: string } {
  if (!basis) return { label: '—', meaning: 'Stored before the date\'s basis was recorded: re-ingest the article to see it.' };
  return DATE_BASES[basis] ?? { label: basis, meaning: basis };
}

/** The pipeline's precisions (PRECISIONS in src/doc/types.ts) as shown beside the date. */
export const PRECISION_WORDS: Record<string, { word: string; meaning: string }> = {
  day: { word: 'day', meaning: 'said on this day' },
  week: { word: 'week', meaning: 'said in this week' },
  month: { word: 'month', meaning: 'said in this month' },
  quarter: { word: 'quarter', meaning: 'said in this quarter' },
  year: { word: 'year', meaning: 'said in this year' },
  unknown: { word: 'or before', meaning: 'precision unknown: said on or before this date' },
};

/** "2016-09 (month)", "2016-09-14 (or before)"; the date alone when the precision is missing. */
export function dateLabel(date: string, precision: string | null | undefined): { text: string; meaning: string } {
  const p = precision ? PRECISION_WORDS[precision] ?? { word: precision, meaning: `precision ${precision}` } : null;
  return p ? { text: `${date} (${p.word})`, meaning: `${p.meaning} (precision: ${precision})` } : { text: date, meaning: 'precision not recorded' };
}
