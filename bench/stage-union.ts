// The stages of two builds compared in lockstep (bench/stage-lockstep.ts), in pipeline order: a stage only
// one build has (a stage added or removed between them) stands where that build runs it, so the common
// stages are still compared one for one; common stages in different orders cannot be compared.

/** Both builds' stages in pipeline order: a stage one build lacks stands where the other runs it. */
export function unionStages(a: string[], b: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(a[i++]);
      j++;
    } else if (i < a.length && !b.includes(a[i])) out.push(a[i++]);
    else if (j < b.length && !a.includes(b[j])) out.push(b[j++]);
    else throw new Error('the two builds run their common stages in different orders');
  }
  return out;
}
