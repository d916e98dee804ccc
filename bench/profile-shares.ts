// Reading a V8 CPU profile (the inspector's `Profiler.stop` answer, or a `.cpuprofile` file) by pipeline
// stage: each sample is charged to the stage whose wrapper function (named `STAGE_<name>`, see
// stage-profile.ts) holds it on its stack, and inside one stage to each function by its own samples (self)
// and by the samples under it (inclusive, a recursive function counted once per sample).

export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  samples: number[];
}

export interface Share {
  name: string;
  samples: number;
  /** Of all samples (stages) or of the stage's samples (functions). */
  share: number;
}

export interface StageShares {
  total: number;
  /** Every stage, then the samples outside any stage under their own function's name, most first. */
  stages: Share[];
  /** The stage asked about: its functions by self and by inclusive samples, most first. */
  self: Share[];
  inclusive: Share[];
}

/** The prefix of the wrapper functions that name a stage on the stack. */
export const STAGE_PREFIX = 'STAGE_';

/** A function as "name file:line" (the file from the build folder or node_modules on). */
export function frameName(n: CpuProfileNode): string {
  const cf = n.callFrame;
  const file = cf.url.split('/dist/').pop()!.split('node_modules/').pop()!;
  return `${cf.functionName || '(anonymous)'} ${file}:${cf.lineNumber + 1}`;
}

const sorted = (m: Map<string, number>, of: number, top: number): Share[] =>
  [...m].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, top).map(([name, samples]) => ({ name, samples, share: of ? samples / of : 0 }));

/** The samples of `profile` by stage, and the functions of `stage` (the `top` largest of each list). */
export function stageShares(profile: CpuProfile, stage: string, top = 30): StageShares {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const counts = new Map<number, number>();
  for (const s of profile.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
  const stages = new Map<string, number>();
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  let total = 0;
  let inStage = 0;
  for (const [id, c] of counts) {
    total += c;
    const chain: CpuProfileNode[] = [];
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) chain.push(byId.get(x)!);
    const wrapper = chain.find((n) => n.callFrame.functionName.startsWith(STAGE_PREFIX));
    const name = wrapper ? wrapper.callFrame.functionName.slice(STAGE_PREFIX.length) : chain[0].callFrame.functionName || '(anonymous)';
    stages.set(name, (stages.get(name) ?? 0) + c);
    if (!wrapper || name !== stage) continue;
    inStage += c;
    const own = frameName(chain[0]);
    self.set(own, (self.get(own) ?? 0) + c);
    const seen = new Set<string>();
    for (const n of chain) {
      if (n === wrapper) break;
      const k = frameName(n);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + c);
    }
  }
  return { total, stages: sorted(stages, total, Infinity), self: sorted(self, inStage, top), inclusive: sorted(incl, inStage, top) };
}
