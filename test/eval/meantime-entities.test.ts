import { describe, expect, it } from 'vitest';
import { countMatches, parseMeantime, pipelineSpans, prf, scoreSpans, loadMeantime, meantimeEntitiesSet, type TypedSpan } from '../../src/eval/meantime-entities.ts';
import { sharedDataDir } from '../../src/eval/data-dir.ts';
import { actorsPipeline } from '../stages/actors/helpers.ts';

// An invented document in MEANTIME's token-level format (not taken from the corpus).
const XML = `<?xml version="1.0" ?><Document doc_id="1" doc_name="x" lang="en">
<token number="0" sentence="0" t_id="1">Acme</token>
<token number="1" sentence="0" t_id="2">opens</token>
<token number="2" sentence="0" t_id="3">plant</token>
<token number="3" sentence="1" t_id="4">May</token>
<token number="4" sentence="1" t_id="5">3</token>
<token number="5" sentence="1" t_id="6">,</token>
<token number="6" sentence="1" t_id="7">2010</token>
<token number="7" sentence="2" t_id="8">Jane</token>
<token number="8" sentence="2" t_id="9">Doe</token>
<token number="9" sentence="2" t_id="10">said</token>
<token number="10" sentence="2" t_id="11">Acme</token>
<token number="11" sentence="2" t_id="12">'s</token>
<token number="12" sentence="2" t_id="13">plant</token>
<token number="13" sentence="2" t_id="14">in</token>
<token number="14" sentence="2" t_id="15">Ohio</token>
<token number="15" sentence="2" t_id="16">opened</token>
<token number="16" sentence="2" t_id="17">.</token>
<token number="17" sentence="3" t_id="18">It</token>
<token number="18" sentence="3" t_id="19">grew</token>
<token number="19" sentence="3" t_id="20">.</token>
<token number="20" sentence="4" t_id="21">Later</token>
<token number="21" sentence="4" t_id="22">.</token>
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="8"/><token_anchor t_id="9"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="3" syntactic_type="PRE.NAM"><token_anchor t_id="11"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="4" syntactic_type=""><token_anchor t_id="15"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="5" syntactic_type="PRO"><token_anchor t_id="18"/></ENTITY_MENTION>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="6" type="DATE" value="2010-05-03"><token_anchor t_id="4"/></TIMEX3>
<ENTITY ent_type="ORG" m_id="10"/>
<ENTITY ent_type="PER" m_id="11"/>
<ENTITY ent_type="LOC" m_id="12"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="1"/><source m_id="3"/><source m_id="5"/><target m_id="10"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="2"/><target m_id="11"/></REFERS_TO>
<REFERS_TO r_id="3"><source m_id="4"/><target m_id="12"/></REFERS_TO>
</Relations>
</Document>`;

describe('MEANTIME entity scorer', () => {
  it('rebuilds the text with offsets, the DCT and the named typed gold mentions', () => {
    const d = parseMeantime(XML);
    expect(d.text).toBe("Acme opens plant\n\nMay 3, 2010\n\nJane Doe said Acme's plant in Ohio opened. It grew. Later.");
    expect(d.date).toBe('2010-05-03');
    const gold = d.gold.map((g) => [d.text.slice(g.start, g.end), g.type]);
    // The pronoun "It" is not a named mention.
    expect(gold).toEqual([['Acme', 'ORGANIZATION'], ['Jane Doe', 'PERSON'], ['Acme', 'ORGANIZATION'], ['Ohio', 'LOCATION']]);
    // Only sentences up to the last one with a markable are scored.
    expect(d.text.slice(0, d.scoredEnd).endsWith('It grew.')).toBe(true);
  });

  it('counts exact and overlap matches by type', () => {
    const gold: TypedSpan[] = [{ start: 0, end: 8, type: 'PERSON' }, { start: 20, end: 24, type: 'LOCATION' }];
    const pred: TypedSpan[] = [{ start: 0, end: 4, type: 'PERSON' }, { start: 20, end: 24, type: 'ORGANIZATION' }, { start: 30, end: 34, type: 'PERSON' }];
    expect(countMatches(pred, gold, 'PERSON', 'exact')).toEqual({ tp: 0, predicted: 2, goldMatched: 0, gold: 1 });
    expect(countMatches(pred, gold, 'PERSON', 'overlap')).toEqual({ tp: 1, predicted: 2, goldMatched: 1, gold: 1 });
    expect(prf({ tp: 1, predicted: 2, goldMatched: 1, gold: 1 })).toEqual({ p: 50, r: 100, f1: 66.7 });
    const m = scoreSpans([{ pred, gold }]);
    expect(m['LOCATION.exact.r']).toBe(0);
    expect(m['ALL.overlap.r']).toBe(50);
  });

  it('maps our entity labels to MEANTIME types within the scored region', () => {
    const d = parseMeantime(XML);
    const spans = pipelineSpans(actorsPipeline(), d).map((x) => [d.text.slice(x.start, x.end), x.type]);
    expect(spans).toContainEqual(['Jane Doe', 'PERSON']);
    expect(spans).toContainEqual(['Ohio', 'LOCATION']);
  });
});

const dataDir = sharedDataDir();
describe.skipIf(!dataDir || loadMeantime(dataDir).length === 0)('MEANTIME corpus (../shared)', () => {
  it('beats the compromise baseline on overall mention F1 (exact and overlap)', async () => {
    const [r] = await meantimeEntitiesSet.run({ dataDir: dataDir!, pipeline: actorsPipeline() });
    console.log('MEANTIME entities:', r.notes?.join('\n'));
    expect(r.metrics['ALL.overlap.f1']).toBeGreaterThan(r.baseline!.metrics['ALL.overlap.f1']);
    expect(r.metrics['ALL.exact.f1']).toBeGreaterThan(r.baseline!.metrics['ALL.exact.f1']);
  });
});
