import { describe, expect, it } from 'vitest';
import { isAutoScanSite, sitePermissions } from '../../../lib/settings/hosts';
import { badgeText } from '../../../entrypoints/background/badge';
import { samePage } from '../../../entrypoints/background/tabs';
import { unreadableReason } from '../../../lib/page/rules';
import { engineOf } from '../../../lib/scan/service';
import { VERDICTS } from '../../component/fixtures';

describe('badgeText', () => {
  it.each([
    ['human', 'OK'],
    ['unsure', '?'],
    ['mixed', '42%'],
    ['ai', '90%'],
    ['unknown', '–'],
  ] as const)('%s → %s', (which, text) => {
    expect(badgeText(VERDICTS[which].verdict)).toBe(text);
  });
});

describe('unreadableReason', () => {
  it.each(['chrome://extensions', 'chrome-extension://abc/popup.html', 'https://chromewebstore.google.com/detail/x', 'about:blank', undefined])('refuses %s with a reason', (url) => {
    expect(unreadableReason(url)).toMatch(/\w/);
  });
  it('asks for file access on local files', () => {
    expect(unreadableReason('file:///home/me/report.html')).toMatch(/Access to file URLs/);
  });
  it.each(['https://docs.example.com/x', 'http://127.0.0.1:8080/a'])('accepts %s', (url) => {
    expect(unreadableReason(url)).toBeUndefined();
  });
});

describe('engineOf', () => {
  it('takes the local detector and its model version from the result', () => {
    const detectors = [{ id: 'assay-local', name: 'Assay local detector', version: '0.1.0', model: '1-abc', kind: 'local' as const }];
    expect(engineOf({ document: { ...VERDICTS.human.verdict, detectors }, segments: [] })).toEqual({ name: 'Assay local detector', version: '0.1.0', modelVersion: '1-abc' });
  });
});

describe('samePage', () => {
  it.each([
    ['https://a.example/report', 'https://a.example/report#section-2', true],
    ['https://a.example/report#x', 'https://a.example/report#y', true],
    ['https://a.example/report', 'https://a.example/other', false],
    ['https://a.example/report?p=1', 'https://a.example/report?p=2', false],
    [undefined, 'https://a.example/report', false],
  ])('%s → %s: %s', (previous, next, same) => {
    expect(samePage(previous, next)).toBe(same);
  });
});

describe('auto-scan sites', () => {
  it.each([
    ['https://docs.example.com/brief', ['docs.example.com'], true],
    ['http://docs.example.com:8080/brief', ['docs.example.com'], true],
    ['https://www.docs.example.com/brief', ['docs.example.com'], false],
    ['https://a.agency.example/x', ['*.agency.example'], true],
    ['https://agency.example/x', ['*.agency.example'], false],
    ['https://evilagency.example/x', ['*.agency.example'], false],
    ['file:///home/me/a.html', ['docs.example.com'], false],
    ['not a url', ['docs.example.com'], false],
  ])('%s on %j: %s', (url, sites, expected) => {
    expect(isAutoScanSite(url, sites)).toBe(expected);
  });
  it('asks for both schemes of each site', () => {
    expect(sitePermissions(['docs.example.com', '*.agency.example'])).toEqual(['https://docs.example.com/*', 'http://docs.example.com/*', 'https://*.agency.example/*', 'http://*.agency.example/*']);
  });
});
