import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLASSIFIER_HOSTS } from '../../lib/classify/catalogue';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, '.output/chrome-mv3');
let manifest: Record<string, any>;

beforeAll(() => {
  manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8'));
});

describe('the production build', () => {
  it('is a Manifest V3 extension with the popup, dashboard and background', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.action.default_popup).toBe('popup.html');
    expect(manifest.options_ui).toMatchObject({ page: 'options.html', open_in_tab: true });
    expect(manifest.background.service_worker).toBe('background.js');
    for (const file of ['popup.html', 'options.html', 'offscreen.html', 'background.js', 'page-scan.js']) expect(existsSync(join(OUT, file)), file).toBe(true);
  });

  it('asks for no host at all: scanning works through activeTab and scripting', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'storage', 'offscreen']));
    expect(manifest.permissions).not.toEqual(expect.arrayContaining(['tabs', '<all_urls>', 'webRequest']));
  });

  it('keeps platform hosts optional: their content scripts are built but registered only when the user turns a platform on', () => {
    expect(manifest.optional_host_permissions).toEqual(
      expect.arrayContaining(['https://www.figma.com/*', 'https://api.figma.com/*', 'https://s3-alpha-sig.figma.com/*', 'https://docs.google.com/document/*', 'https://mail.google.com/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*']),
    );
    for (const file of ['content-scripts/figma.js', 'content-scripts/docs.js', 'content-scripts/gmail.js', 'content-scripts/outlook.js']) expect(existsSync(join(OUT, file)), file).toBe(true);
  });

  it('makes every remote classifier’s host optional, from the provider catalogue', () => {
    expect(manifest.optional_host_permissions).toEqual(expect.arrayContaining(CLASSIFIER_HOSTS));
  });

  it('lets the user allow one image site at a time, asking for none up front', () => {
    expect(manifest.optional_host_permissions).toEqual(expect.arrayContaining(['https://*/*', 'http://*/*']));
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('gives the page nothing to read a verdict from: the overlay host carries no data attributes', () => {
    const script = readFileSync(join(OUT, 'page-scan.js'), 'utf8');
    for (const attribute of ['data-highlights', 'data-image-badges', 'data-visible']) expect(script, attribute).not.toContain(attribute);
  });

  it('is localized: name, description and title from _locales/<lang>/messages.json, English and Indonesian', () => {
    expect(manifest).toMatchObject({ name: '__MSG_ext_name__', description: '__MSG_ext_description__', default_locale: 'en', action: { default_title: '__MSG_ext_actionTitle__' } });
    const read = (lang: string) => JSON.parse(readFileSync(join(OUT, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    expect(read('en').ext_description?.message).toMatch(/machine-generated parts of delivered work/);
    expect(read('id').ext_description?.message).toMatch(/dibuat mesin/);
    expect(read('id').ext_actionTitle?.message).toBe('Assay: periksa halaman ini');
    expect(Object.keys(read('id')).sort()).toEqual(Object.keys(read('en')).sort());
  });

  it('ships the page script small enough to inject on demand', () => {
    expect(statSync(join(OUT, 'page-scan.js')).size).toBeLessThan(120_000);
  });
});
