// `eventline quotes`: who said what, where — filtered by speaker, full-text search over the quotes, and the
// precision and basis of each quote's date.
import type { Command } from 'commander';
import type { QuoteFilter, QuoteRow } from '../../store/store.ts';
import type { Cli } from '../context.ts';
import { checkOption } from '../options.ts';
import { dateBasisError, precisionError, quoteKindError } from '../../store/filter-values.ts';
import { registerList } from '../list-command.ts';
import type { Column } from '../output.ts';

const speaker = (q: QuoteRow) => q.speakerName ?? q.speaker?.text ?? '?';

const TABLE: Column<QuoteRow>[] = [
  { header: 'date', get: (q) => q.date ?? q.docDate },
  { header: 'precision', get: (q) => q.precision ?? null },
  { header: 'basis', get: (q) => q.dateBasis ?? null },
  { header: 'speaker', get: speaker, max: 28 },
  { header: 'kind', get: (q) => q.kind },
  { header: 'cue', get: (q) => q.cue, max: 12 },
  { header: 'outlet', get: (q) => q.outlet, max: 20 },
  { header: 'text', get: (q) => q.text, max: 60 },
  { header: 'doc', get: (q) => q.doc },
];

const CSV: Column<QuoteRow>[] = [
  { header: 'id', get: (q) => q.id },
  { header: 'doc', get: (q) => q.doc },
  { header: 'doc_date', get: (q) => q.docDate },
  { header: 'idx', get: (q) => q.idx },
  { header: 'date', get: (q) => q.date ?? null },
  { header: 'precision', get: (q) => q.precision ?? null },
  { header: 'date_basis', get: (q) => q.dateBasis ?? null },
  { header: 'kind', get: (q) => q.kind },
  { header: 'speaker_actor', get: (q) => q.speaker?.actor ?? null },
  { header: 'speaker_name', get: (q) => q.speakerName },
  { header: 'speaker_text', get: (q) => q.speaker?.text ?? null },
  { header: 'cue', get: (q) => q.cue },
  { header: 'outlet', get: (q) => q.outlet },
  { header: 'start', get: (q) => q.start },
  { header: 'end', get: (q) => q.end },
  { header: 'text', get: (q) => q.text },
];

export function registerQuotes(program: Command, cli: Cli): void {
  registerList<QuoteRow, QuoteFilter>(program, cli, {
    name: 'quotes',
    typeHelp: 'quote kind: direct, partial or indirect',
    typeError: quoteKindError,
    extend: (cmd) =>
      cmd
        .option('--speaker <id|name>', 'speaker actor id or part of the speaker name')
        .option('--text <words>', 'full-text search in the quote ("double quotes" for a phrase)')
        .option('--precision <p>', "precision of the quote's date: day, week, month, quarter, year or unknown")
        .option('--date-basis <b>', "where the quote's date came from: attribution, prior-sentence, run, forum, outlet or document"),
    filter: (o) => {
      checkOption('--precision', o.precision, precisionError);
      checkOption('--date-basis', o.dateBasis, dateBasisError);
      return {
        ...(o.speaker ? { speaker: String(o.speaker) } : {}),
        ...(o.text ? { text: String(o.text) } : {}),
        ...(o.precision ? { precision: String(o.precision) } : {}),
        ...(o.dateBasis ? { dateBasis: String(o.dateBasis) } : {}),
      };
    },
    list: (s, f) => s.listQuotes(f),
    table: TABLE,
    csv: CSV,
    empty: 'no quotes match',
  });
}
