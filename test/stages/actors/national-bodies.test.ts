import { describe, expect, it } from 'vitest';
import { mentionActor, run } from './helpers.ts';

describe('national bodies named without their country', () => {
  it('gives the United States federal bodies their country in every listed form', () => {
    const doc = run('The Justice Department opened an inquiry on Monday, and the Secret Service said the Department of Homeland Security had been told.');
    expect(mentionActor(doc, 'The Justice Department')).toMatchObject({ id: 'org:us-justice-department', country: 'USA', sector: 'JUD' });
    expect(mentionActor(doc, 'the Secret Service')).toMatchObject({ country: 'USA', sector: 'COP' });
    expect(mentionActor(doc, 'the Department of Homeland Security')).toMatchObject({ country: 'USA', sector: 'GOV' });
  });

  it('leaves a generic court to its own modifier or the article, not to one country', () => {
    const doc = run("Kenya's Supreme Court annulled the result. The Supreme Court said a new vote must be held within 60 days.");
    expect(mentionActor(doc, 'The Supreme Court')?.country).toBe('KEN');
  });
});
