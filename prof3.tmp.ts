import { analyze } from './lib/engine/index';
import { generateDocument } from './tests/bench/corpus';
const doc = generateDocument(10000);
for (let i = 0; i < 5; i++) analyze(doc);
const t = performance.now(); for (let i = 0; i < 20; i++) analyze(doc); console.log(((performance.now()-t)/20).toFixed(1),'ms');
