// Worker-thread entry for the server's reader pool: registers tsx (as bin/eventline.js does) so the
// TypeScript task module can be imported, then exports its handler for piscina.
import { register } from 'tsx/esm/api';
register();
const { answer } = await import('./reader-task.ts');
export default answer;
