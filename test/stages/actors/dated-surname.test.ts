import { describe, expect, it } from 'vitest';
import { mentionActor, run } from './helpers.ts';

const who = (text: string, date: string, name: string, from = 0) => mentionActor(run(text, date), name, from)?.id;

describe("a registry person's bare surname read against the article's date", () => {
  it('takes the namesake in office (bare_surname: in-office) over one named at any date', () => {
    const text = 'Bush defended the tax plan at a rally in Ohio on Tuesday.';
    expect(who(text, '2004-03-02', 'Bush')).toBe('person:george-w-bush');
    expect(who(text, '1990-05-14', 'Bush')).toBe('person:george-h-w-bush');
    // out of every in-office namesake's term: the one the bare surname names at any date
    expect(who(text, '2015-11-20', 'Bush')).toBe('person:jeb-bush');
  });

  it('takes the namesake who holds, or last held, the office a title names', () => {
    expect(who('President Bush met the visiting prime minister at the White House.', '2005-06-09', 'President Bush')).toBe('person:george-w-bush');
    expect(who('President Bush signed a similar plan years ago, critics said.', '2016-09-22', 'President Bush')).toBe('person:george-w-bush');
    expect(who('Governor Bush signed the school budget in Tallahassee.', '2003-05-20', 'Governor Bush')).toBe('person:jeb-bush');
    expect(who('Gov. Bush signed the school budget in Tallahassee.', '2003-05-20', 'Gov. Bush')).toBe('person:jeb-bush');
  });

  it('takes the namesake the article names in full, title or none', () => {
    const text = 'President George W. Bush sent more troops in 2007. Critics still credit President Bush for the surge.';
    expect(who(text, '2016-09-22', 'President Bush')).toBe('person:george-w-bush');
    // a full name the registry does not list does not stop the office holder of the date
    const other = 'George Bush spoke in Ohio on Monday. Later President Bush toured a factory.';
    expect(who(other, '2004-09-05', 'President Bush')).toBe('person:george-w-bush');
  });

  it('keeps the namesake the article names in full', () => {
    const text = 'Jeb Bush spoke to donors in Miami. Bush said the campaign had raised more than expected.';
    expect(who(text, '2004-03-02', 'Bush', text.indexOf('Bush said'))).toBe('person:jeb-bush');
  });

  it('names no registry person years before the registry person first held a role', () => {
    const text = 'Johnson told the committee that the report had been delayed twice.';
    expect(who(text, '2005-10-12', 'Johnson')).toBe('person:johnson');
    // within the margin, or in office: the registry person, as before
    expect(who(text, '2015-03-02', 'Johnson')).toBe('person:boris-johnson');
    expect(who(text, '2020-05-02', 'Johnson')).toBe('person:boris-johnson');
    // a person of the text of that family name named in full: that one
    const host = 'Ed Wallace moderated the debate on Sunday. Later Mr. Wallace asked about taxes.';
    expect(who(host, '2016-09-25', 'Mr. Wallace')).toBe('person:ed-wallace');
  });
});
