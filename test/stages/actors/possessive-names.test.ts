import { describe, expect, it } from 'vitest';
import { entity } from './helpers.ts';
import { runParsed } from './syntax-helpers.ts';

describe("names of a body that run over a possessive", () => {
  it("reads a county post's office as one organisation", () => {
    const doc = runParsed("The Harlow County Sheriff's Office said two men were detained on Tuesday.");
    expect(entity(doc, "Harlow County Sheriff's Office")).toMatchObject({ label: 'ORG' });
    expect(entity(doc, 'Harlow County Sheriff')).toBeUndefined();
  });

  it("reads an institution named after a saint as one organisation", () => {
    const doc = runParsed("She was taken to St. Brendan's Hospital in the north of the city.");
    expect(entity(doc, "St. Brendan's Hospital")).toMatchObject({ label: 'ORG' });
  });

  it('keeps two coordinated bodies apart after a possessive name', () => {
    const doc = runParsed("The Harlow County Coroner's Office and Harlow County Fire Rescue were called.");
    expect(entity(doc, "Harlow County Coroner's Office")).toMatchObject({ label: 'ORG' });
  });

  it("keeps an owner's possessive apart from the body it owns", () => {
    const doc = runParsed("Critics said Westbury's Trade League had lost members since the spring.");
    expect(entity(doc, "Westbury's Trade League")).toBeUndefined();
  });
});
