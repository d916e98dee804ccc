// The CAMEO code table (knowledge/cameo.yaml): name, Goldstein weight, quad class and PLOVER category
// per code, detail codes inheriting quad and PLOVER from their parent code.
import { z } from 'zod';
import { DataFileError, knowledgeFiles, readRecords } from '../../knowledge/data-file.ts';
import type { Knowledge } from '../../knowledge/knowledge.ts';
import { PLOVER_TYPES, type Plover } from '../../doc/types.ts';

export { PLOVER_TYPES };

const CameoSchema = z.object({
  code: z.string().regex(/^\d{2,4}$/, 'a CAMEO code is 2 to 4 digits'),
  name: z.string().min(1),
  goldstein: z.number().min(-10).max(10),
  quad: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
  plover: z.enum(PLOVER_TYPES).optional(),
});

export interface CameoCode {
  code: string;
  name: string;
  goldstein: number;
  quad: 1 | 2 | 3 | 4;
  plover: Plover | null;
}

/** The quad class CAMEO assigns to a root: 01–05 verbal coop, 06–08 material coop, 09–13 verbal conflict, 14–20 material conflict. */
export function quadOfRoot(root: string): 1 | 2 | 3 | 4 {
  const n = Number(root.slice(0, 2));
  return n <= 5 ? 1 : n <= 8 ? 2 : n <= 13 ? 3 : 4;
}

/** CAMEO root (first two digits) of a code. */
export function cameoRoot(code: string): string {
  return code.slice(0, 2);
}

export function loadCameo(dirs: readonly string[]): Map<string, CameoCode> {
  const out = new Map<string, CameoCode>();
  const files = knowledgeFiles(dirs, 'cameo.yaml');
  for (const file of files) {
    const recs = readRecords(file, CameoSchema, 'codes').sort((a, b) => a.value.code.length - b.value.code.length);
    for (const { value, line } of recs) {
      const parent = value.code.length > 2 ? out.get(value.code.length === 3 ? value.code.slice(0, 2) : value.code.slice(0, 3)) : undefined;
      if (value.code.length > 2 && !parent) throw new DataFileError(file, line, `code ${value.code} has no parent code ${value.code.slice(0, value.code.length - 1)}`);
      const quad = value.quad ?? parent?.quad ?? quadOfRoot(value.code);
      if (quad !== quadOfRoot(value.code)) throw new DataFileError(file, line, `code ${value.code} is in quad ${quadOfRoot(value.code)}, not ${quad}`);
      out.set(value.code, {
        code: value.code,
        name: value.name,
        goldstein: value.goldstein,
        quad,
        plover: value.plover ?? parent?.plover ?? null,
      });
    }
  }
  return out;
}

export function cameoOf(knowledge: Knowledge): Map<string, CameoCode> {
  return knowledge.get('events:cameo', loadCameo);
}
