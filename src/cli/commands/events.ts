// `eventline events`: the coded events in the store, filtered, as a table, JSON Lines or CSV.
import type { Command } from 'commander';
import type { EventRow, ListFilter } from '../../store/store.ts';
import { COUNTED_MODES } from '../../doc/types.ts';
import type { Cli } from '../context.ts';
import { checkOption } from '../options.ts';
import { eventTypeError, modesError } from '../../store/filter-values.ts';
import { registerList } from '../list-command.ts';
import type { Column } from '../output.ts';

const party = (name: string | null, p: EventRow['source']) => name ?? p.actor ?? p.country ?? p.text ?? '?';

const TABLE: Column<EventRow>[] = [
  { header: 'date', get: (e) => e.date ?? e.docDate },
  { header: 'type', get: (e) => e.type },
  { header: 'cameo', get: (e) => e.cameo },
  { header: 'source', get: (e) => party(e.sourceName, e.source), max: 28 },
  { header: 'target', get: (e) => party(e.targetName, e.target), max: 28 },
  { header: 'mode', get: (e) => e.mode },
  { header: 'trigger', get: (e) => e.trigger.text, max: 24 },
  { header: 'doc', get: (e) => e.doc },
];

const CSV: Column<EventRow>[] = [
  { header: 'id', get: (e) => e.id },
  { header: 'key', get: (e) => e.key },
  { header: 'doc', get: (e) => e.doc },
  { header: 'doc_date', get: (e) => e.docDate },
  { header: 'idx', get: (e) => e.idx },
  { header: 'date', get: (e) => e.date },
  { header: 'precision', get: (e) => e.precision },
  { header: 'type', get: (e) => e.type },
  { header: 'cameo', get: (e) => e.cameo },
  { header: 'quad', get: (e) => e.quad },
  { header: 'goldstein', get: (e) => e.goldstein },
  { header: 'source_actor', get: (e) => e.source.actor },
  { header: 'source_name', get: (e) => e.sourceName },
  { header: 'source_country', get: (e) => e.source.country },
  { header: 'source_sector', get: (e) => e.source.sector },
  { header: 'target_actor', get: (e) => e.target.actor },
  { header: 'target_name', get: (e) => e.targetName },
  { header: 'target_country', get: (e) => e.target.country },
  { header: 'target_sector', get: (e) => e.target.sector },
  { header: 'mode', get: (e) => e.mode },
  { header: 'trigger', get: (e) => e.trigger.text },
  { header: 'trigger_start', get: (e) => e.trigger.start },
  { header: 'trigger_end', get: (e) => e.trigger.end },
  { header: 'sentence_start', get: (e) => e.sentence.start },
  { header: 'sentence_end', get: (e) => e.sentence.end },
  { header: 'quote', get: (e) => e.quote ?? null },
  { header: 'pattern', get: (e) => e.pattern ?? null },
];

export function registerEvents(program: Command, cli: Cli): void {
  registerList<EventRow, ListFilter>(program, cli, {
    name: 'events',
    typeHelp: 'PLOVER type (ACCUSE, AID, …) or CAMEO code prefix (e.g. 11)',
    typeError: eventTypeError,
    extend: (cmd) =>
      cmd.option(
        '--mode <modes>',
        'comma-separated modes to list (asserted, reported, negated, hypothetical, future) or "all"',
        COUNTED_MODES.join(','),
      ),
    filter: (opts) => {
      const mode = String(opts.mode ?? COUNTED_MODES.join(','));
      checkOption('--mode', mode, modesError);
      return mode === 'all' ? {} : { modes: mode.split(',').map((m) => m.trim()).filter(Boolean) };
    },
    list: (s, f) => s.listEvents(f),
    table: TABLE,
    csv: CSV,
    empty: 'no events match',
  });
}
