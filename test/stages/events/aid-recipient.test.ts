// The recipient of a gift (aid-recipient.ts): an AID verb whose template bound the thing given as its
// target takes the recipient the tree names (a purpose clause "to assist Y", a to/for phrase); a verb of
// giving whose object cannot be aid, to no one, codes no AID.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const aid = (text: string) => brief({ text, actors: COUNTRIES, tree: true }).filter((e) => e.startsWith('AID '));

describe('aid recipient', () => {
  it('takes the object of a purpose clause as the recipient of the thing given', () => {
    expect(aid('Russia donated a shipment of water pumps and other equipment to assist Belarus with its drought response.')).toContain('AID RUS>BLR asserted');
  });
  it('codes no aid for a thing given that cannot be aid', () => {
    expect(aid('Russia provided guardrails by building a second wall.')).toEqual([]);
    expect(aid('The Russian minister gave no explanation for the delay.')).toEqual([]);
  });
  it('keeps aid whose thing can be aid', () => {
    expect(aid('Russia delivered 40 ventilators to Belarus on Friday.')).toContain('AID RUS>BLR asserted');
  });
});
