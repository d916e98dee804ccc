// The real-news bench corpus reader: GUM news documents rebuilt from CoNLL-U sentence texts (paragraphs,
// creation date), other genres left out; absent corpora give no articles. Fixture text is the team's own.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realNews } from '../../bench/real-news.ts';

const CONLLU = [
  '# newdoc id = GUM_news_harbour',
  '# meta::dateCreated = 2019-04-02',
  '# newpar',
  '# text = The harbour reopened on Tuesday.',
  '1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_',
  '',
  '# text = Ferries resumed at noon.',
  '1\tFerries\tferry\tNOUN\tNNS\t_\t2\tnsubj\t_\t_',
  '',
  '# newpar',
  '# text = Officials expect more traffic.',
  '1\tOfficials\tofficial\tNOUN\tNNS\t_\t2\tnsubj\t_\t_',
  '',
  '# newdoc id = GUM_academic_tides',
  '# meta::dateCreated = 2015-01-01',
  '# text = Tides follow the moon.',
  '1\tTides\ttide\tNOUN\tNNS\t_\t2\tnsubj\t_\t_',
  '',
].join('\n');

describe('realNews', () => {
  it('reads GUM news documents as dated articles and skips other genres', () => {
    const data = mkdtempSync(join(tmpdir(), 'eventline-realnews-'));
    mkdirSync(join(data, 'ud'));
    writeFileSync(join(data, 'ud', 'en_gum-open-dev.conllu'), CONLLU);
    const sources = realNews(data);
    expect(sources.map((s) => s.name)).toEqual(['TR-News', 'PolNeAR dev', 'MEANTIME', 'GUM news']);
    expect(sources.slice(0, 3).every((s) => s.articles.length === 0)).toBe(true);
    expect(sources[3].articles).toEqual([
      { id: 'GUM_news_harbour', date: '2019-04-02', text: 'The harbour reopened on Tuesday. Ferries resumed at noon.\n\nOfficials expect more traffic.' },
    ]);
  });
});
