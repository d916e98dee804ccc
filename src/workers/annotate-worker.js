// Worker-thread entry for the annotation pool (piscina). Compiled (dist/), it imports the compiled task
// module; run from src/ (tests, development) beside the TypeScript task, it registers tsx first.
import { existsSync } from 'node:fs';

if (existsSync(new URL('./annotate-task.ts', import.meta.url))) (await import('tsx/esm/api')).register();
const { annotateForTransfer } = await import('./annotate-task.ts');
export default annotateForTransfer;
