// `npm run train`: learns the local detector's parameters from ../shared/data (ASSAY_DATA to change) and
// ../data-extra when present (ASSAY_EXTRA_DATA), and writes lib/detect/model.json (ASSAY_MODEL_OUT to
// write elsewhere) with lib/detect/model-data.json: the model's version and the data files it read. Deterministic: the
// same data gives byte-identical output.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataFiles, isTrainable, loadRows } from './detector/data';
import { dataManifest } from './detector/manifest';
import { FOLD_CACHE, trainModel } from './detector/train-model';

const started = Date.now();
const files = dataFiles();
console.log(`data: ${files.length} files`);
const { json, params, folds } = trainModel(loadRows(files).filter(isTrainable), (line) => console.log(`${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s ${line}`));
const out = process.env.ASSAY_MODEL_OUT ?? join(import.meta.dirname, '../lib/detect/model.json');
writeFileSync(out, json);
writeFileSync(join(dirname(out), 'model-data.json'), `${JSON.stringify({ version: params.version, files: dataManifest(files) }, null, 1)}\n`);
// The fold models let `npm run eval` show how the recipe fares on unseen sources without retraining.
mkdirSync(FOLD_CACHE, { recursive: true });
writeFileSync(join(FOLD_CACHE, `${params.version}.json`), JSON.stringify(folds));
console.log(`wrote ${out} (${(json.length / 1024 / 1024).toFixed(2)} MiB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
