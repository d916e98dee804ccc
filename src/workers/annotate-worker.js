// Worker-thread entry for the annotation pool: registers tsx (as bin/eventline.js does) so the
// TypeScript task module can be imported, then exports its handler for piscina.
import { register } from 'tsx/esm/api';
register();
const { annotateForTransfer } = await import('./annotate-task.ts');
export default annotateForTransfer;
