// `npm run train`: learns the local detector's parameters from ../shared/data (ASSAY_DATA to change)
// and writes lib/detect/model.json (ASSAY_MODEL_OUT to write elsewhere). Deterministic: the same data
// gives byte-identical output.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, isMixedOrAttacked, loadRows } from './detector/data';
import { trainModel } from './detector/train-model';

const started = Date.now();
console.log(`data: ${DATA_DIR}`);
const { json } = trainModel(loadRows().filter((r) => !isMixedOrAttacked(r)), (line) => console.log(line));
const out = process.env.ASSAY_MODEL_OUT ?? join(import.meta.dirname, '../lib/detect/model.json');
writeFileSync(out, json);
console.log(`wrote ${out} (${(json.length / 1024).toFixed(0)} KiB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
