import { describe, expect, it } from 'vitest';
import { valueOf, timexes } from './helpers.ts';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Independent expectation: the latest (past) or earliest (future) date with that weekday, today included. */
function expected(article: string, weekday: number, dir: 'past' | 'future'): string {
  const d = new Date(`${article}T00:00:00Z`);
  for (let i = 0; i < 7; i++) {
    const c = new Date(d.getTime() + (dir === 'past' ? -i : i) * 86400000);
    if (((c.getUTCDay() + 6) % 7) + 1 === weekday) return c.toISOString().slice(0, 10);
  }
  throw new Error('unreachable');
}

describe('bare weekdays follow the news convention', () => {
  // Articles dated Monday 2021-11-15 … Sunday 2021-11-21.
  const articles = Array.from({ length: 7 }, (_, i) => `2021-11-${15 + i}`);
  for (const article of articles) {
    for (let wd = 1; wd <= 7; wd++) {
      const day = DAYS[wd - 1];
      it(`${article}: "said on ${day}" is the past, "will meet on ${day}" the future`, () => {
        expect(valueOf(article, `The Kenyan foreign minister said on ${day} that the border was calm.`, day)).toBe(expected(article, wd, 'past'));
        expect(valueOf(article, `Delegations from Chile and Peru will meet on ${day} in Lima.`, day)).toBe(expected(article, wd, 'future'));
      });
    }
  }

  it('reads the seed-style cases on an article dated Sunday 2021-11-14', () => {
    const text = 'Speaking to reporters on Saturday, the Dutch prime minister conceded that the talks had failed. Police recovered two bodies on Friday close to the frontier. On Thursday the interior ministry announced it had sent more police.';
    const got = Object.fromEntries(timexes('2021-11-14', text).map((t) => [t.text, t.value]));
    expect(got).toEqual({ Saturday: '2021-11-13', Friday: '2021-11-12', Thursday: '2021-11-11' });
  });

  it('treats next/last/upcoming and future cues explicitly', () => {
    const d = '2021-11-14';
    expect(valueOf(d, "Ministers are preparing for next Tuesday's summit in Rome.", 'next Tuesday')).toBe('2021-11-16');
    expect(valueOf(d, 'Protesters gathered again last Friday in Warsaw.', 'last Friday')).toBe('2021-11-12');
    expect(valueOf(d, "The talks are scheduled to open on Wednesday in Vienna.", 'Wednesday')).toBe('2021-11-17');
    expect(valueOf(d, "Turkey is to host the conference on Thursday.", 'Thursday')).toBe('2021-11-18');
    expect(valueOf(d, "The envoy is going to visit Kyiv on Monday.", 'Monday')).toBe('2021-11-15');
    expect(valueOf(d, 'Officials plan to vote on Friday.', 'Friday')).toBe('2021-11-19');
    expect(valueOf(d, 'Troops arrived ahead of Tuesday’s vote.', 'Tuesday')).toBe('2021-11-16');
  });

  it('keeps the verb of the clause: "said on Saturday that … will" is still past', () => {
    expect(valueOf('2021-11-14', 'The Greek minister said on Saturday that Athens will send aid.', 'Saturday')).toBe('2021-11-13');
  });

  it('uses "on" outside the extent and parts of day inside it', () => {
    const t = timexes('2021-11-14', 'The shelling resumed on Friday night, residents said.');
    expect(t.map((x) => [x.text, x.type, x.value])).toEqual([['Friday night', 'TIME', '2021-11-12TNI']]);
  });

  it('does not read newspaper names as dates', () => {
    expect(timexes('2021-11-14', 'In a column for the Sunday Times, a Labour MP urged calm.')).toEqual([]);
  });
});

describe('possessive weekdays', () => {
  it('name a past occasion unless a future verb governs a scheduled event', () => {
    const d = '2021-11-17'; // Wednesday
    expect(valueOf(d, "Police will investigate Monday's attack on the convoy.", 'Monday')).toBe('2021-11-15');
    expect(valueOf(d, "The president will attend Friday's summit in Accra.", 'Friday')).toBe('2021-11-19');
    expect(valueOf(d, "Diplomats gathered ahead of Saturday's vote.", 'Saturday')).toBe('2021-11-20');
  });
});

describe('"this weekend" follows the tense', () => {
  // 2021-11-16 is a Tuesday of ISO week 46; the weekend just gone (13–14 November) is week 45's.
  it('told in the past early in the week is the weekend just gone', () => {
    expect(valueOf('2021-11-16', 'The tenants held a street party this weekend near the old mill.', 'this weekend')).toBe('2021-W45-WE');
  });
  it('told in the future is the coming one', () => {
    expect(valueOf('2021-11-16', 'The tenants will hold a street party this weekend near the old mill.', 'this weekend')).toBe('2021-W46-WE');
  });
  it('on the weekend itself it is that weekend, whatever the tense', () => {
    expect(valueOf('2021-11-21', 'The tenants held a street party this weekend near the old mill.', 'this weekend')).toBe('2021-W46-WE');
  });
});
