import { describe, expect, it } from 'vitest';
import { e2ePageOf } from '../../../entrypoints/background/e2e-bridge';

describe('the e2e build’s page bridge', () => {
  it('names the extension page a loopback test address asks for, with its query and hash', () => {
    expect(e2ePageOf('http://127.0.0.1:4173/__assay-e2e/open?page=options.html%23%2Frecords')).toBe('/options.html#/records');
    expect(e2ePageOf('http://127.0.0.1:4173/__assay-e2e/open?page=popup.html%3FtabId%3D3')).toBe('/popup.html?tabId=3');
  });

  it('ignores every other address, host and page', () => {
    for (const url of [
      undefined,
      'not a url',
      'https://127.0.0.1/__assay-e2e/open?page=options.html',
      'http://example.com/__assay-e2e/open?page=options.html',
      'http://localhost:4173/__assay-e2e/open?page=options.html',
      'http://127.0.0.1:4173/other?page=options.html',
      'http://127.0.0.1:4173/__assay-e2e/open?page=offscreen.html',
      'http://127.0.0.1:4173/__assay-e2e/open?page=https://evil.example/options.html',
      'http://127.0.0.1:4173/__assay-e2e/open?page=../../options.html%2F..%2Fbackground.js',
      'http://127.0.0.1:4173/__assay-e2e/open',
    ])
      expect(e2ePageOf(url), String(url)).toBeUndefined();
  });
});
