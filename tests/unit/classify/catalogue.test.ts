import { describe, expect, it } from 'vitest';
import { CATALOGUE_ENTRIES, CLASSIFIER_HOSTS, permissionFor } from '../../../lib/classify/catalogue';
import { PROVIDERS } from '../../../lib/classify/providers';

describe('the provider catalogue', () => {
  it('has one entry per network adapter, and every adapter takes its id, name and host from it', () => {
    expect(PROVIDERS.map((p) => p.id).sort()).toEqual(CATALOGUE_ENTRIES.map((e) => e.id).sort());
    for (const adapter of PROVIDERS) {
      const entry = CATALOGUE_ENTRIES.find((e) => e.id === adapter.id)!;
      expect({ name: adapter.name, host: adapter.host, needsKey: adapter.needsKey }).toEqual({ name: entry.name, host: entry.host, needsKey: entry.needsKey });
    }
  });

  it('lists every host the manifest must make optional, and a permission for each provider', () => {
    for (const entry of CATALOGUE_ENTRIES) {
      for (const host of entry.manifestHosts) expect(CLASSIFIER_HOSTS).toContain(host);
      expect(entry.name.length).toBeGreaterThan(2);
      expect(entry.keyLabel.length).toBeGreaterThan(2);
    }
    expect(permissionFor(CATALOGUE_ENTRIES.find((e) => e.id === 'gptzero')!)).toBe('https://api.gptzero.me/*');
    expect(permissionFor(CATALOGUE_ENTRIES.find((e) => e.id === 'assay')!, 'http://127.0.0.1:8787/v1')).toBe('http://127.0.0.1:8787/*');
    expect(permissionFor(CATALOGUE_ENTRIES.find((e) => e.id === 'assay')!, 'not a url')).toBeUndefined();
  });
});
