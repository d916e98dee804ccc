// `node --import ./test/helpers/record-imports.mjs …`: appends the URL of every module the process
// loads to the file named by $RECORD_IMPORTS (for tests of what a command imports).
import { register } from 'node:module';

register(new URL('./record-imports-hooks.mjs', import.meta.url), { data: { file: process.env.RECORD_IMPORTS } });
