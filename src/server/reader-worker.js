// Worker-thread entry for the server's reader pool (piscina). Compiled (dist/), it imports the compiled
// task module; run from src/ (tests, development) beside the TypeScript task, it registers tsx first.
import { existsSync } from 'node:fs';

if (existsSync(new URL('./reader-task.ts', import.meta.url))) (await import('tsx/esm/api')).register();
const { answer } = await import('./reader-task.ts');
export default answer;
