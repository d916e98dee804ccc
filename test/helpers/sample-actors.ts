// Reader of the reviewed list of the samples' actors (test/fixtures/sample-actors.txt): `[origin]`
// sections of `kind id` lines, a line optionally ending in `wrong: reason` or `missing: reason`; `#`
// starts a comment line. Errors name the file and line.
export type ActorKind = 'country' | 'igo' | 'org' | 'person' | 'group';
export interface ListedActor {
  kind: ActorKind;
  id: string;
  status: 'ok' | 'wrong' | 'missing';
  reason: string;
  line: number;
}

const KINDS = new Set<string>(['country', 'igo', 'org', 'person', 'group']);

export function readSampleActors(text: string, file: string): Map<string, ListedActor[]> {
  const out = new Map<string, ListedActor[]>();
  let section: ListedActor[] | null = null;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    const at = `${file}:${i + 1}`;
    if (!line || line.startsWith('#')) return;
    const head = /^\[([^\]]+)\]$/.exec(line);
    if (head) {
      if (out.has(head[1])) throw new Error(`${at}: section [${head[1]}] appears twice`);
      out.set(head[1], (section = []));
      return;
    }
    if (!section) throw new Error(`${at}: an actor line before the first [sample] section`);
    const m = /^(\S+)\s+(\S+)(?:\s+(wrong|missing):\s*(.*))?$/.exec(line);
    if (!m) throw new Error(`${at}: expected "kind id" optionally followed by "wrong: reason" or "missing: reason"`);
    if (!KINDS.has(m[1])) throw new Error(`${at}: unknown kind "${m[1]}" (one of ${[...KINDS].join(', ')})`);
    if (section.some((a) => a.id === m[2])) throw new Error(`${at}: ${m[2]} listed twice in this section`);
    section.push({ kind: m[1] as ActorKind, id: m[2], status: (m[3] as 'wrong' | 'missing' | undefined) ?? 'ok', reason: m[4] ?? '', line: i + 1 });
  });
  return out;
}
