// train syntax --parser-drop / --label-drop: the template ids the options take reach the fine-tag templates
// (parser.ts 125–142, arc-labeler.ts 43–48), so a fine-tag set can be ablated template by template.
import { describe, expect, it } from 'vitest';
import { templateIds } from '../../../src/cli/commands/train.ts';

describe('train syntax template ids', () => {
  it('takes the fine-tag templates of the parser and the arc labeler, sorted and without repeats', () => {
    expect(templateIds('142,4,126,4')).toEqual([4, 126, 142]);
    expect(templateIds('48,43', 'label-drop', 63)).toEqual([43, 48]);
  });
  it('refuses ids past the templates the parser and arc labeler have', () => {
    expect(() => templateIds('160')).toThrow(/from 1 to 159/);
    expect(() => templateIds('64', 'label-drop', 63)).toThrow(/from 1 to 63/);
    expect(() => templateIds('0,3')).toThrow();
  });
});
