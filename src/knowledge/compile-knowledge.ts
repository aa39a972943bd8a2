/** `npm run build` step: stores the parsed knowledge files in dist/knowledge-cache.json. */
import { compileKnowledge } from './compiled.js';
import { DATA_DIR } from './load.js';

const count = compileKnowledge(DATA_DIR);
process.stdout.write(`knowledge cache: ${count} files from ${DATA_DIR}\n`);
