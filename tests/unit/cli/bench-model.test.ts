import { describe, expect, it } from 'vitest';
import { measureModel } from '../../../lib/cli/bench';
import { MODEL_VERSION } from '../../../lib/detect';
import params from '../../../lib/detect/model.json';

describe('bench: the shipped model', () => {
  it('names the model it measured, its size as shipped and compressed, and a load time', () => {
    const model = measureModel(1);
    expect(model.version).toBe(MODEL_VERSION);
    expect(model.json_bytes).toBe(Buffer.byteLength(JSON.stringify(params)));
    // int8 weights in base64 compress, but not to nothing: a size far off either way is a broken measure.
    expect(model.gzip_bytes).toBeGreaterThan(model.json_bytes / 10);
    expect(model.gzip_bytes).toBeLessThan(model.json_bytes);
    expect(model.load_median_ms).toBeGreaterThan(0);
  });
});
