import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LABELS } from '../../lib/report/labels';
import { contrast, hexColour, readPng } from './png';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, '.output/chrome-mv3');
const SIZES = [16, 32, 48, 128];
/** Where browsers draw the toolbar badge: the bottom right (Chrome: up to the full width, about half the height). */
const BADGE_AREA = { fromX: 0.3, fromY: 0.55 };
/** WCAG's minimum contrast for graphical objects: a badge must stand apart from the icon under it. */
const MIN_BADGE_CONTRAST = 3;

let manifest: Record<string, any>;
beforeAll(() => {
  manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8'));
});

describe('icons', () => {
  it('are in the manifest at every size, for the extension and its toolbar button', () => {
    for (const size of SIZES) {
      expect(manifest.icons[size], `icons.${size}`).toBe(`icon/${size}.png`);
      const png = readPng(readFileSync(join(OUT, manifest.icons[size])));
      expect([png.width, png.height]).toEqual([size, size]);
    }
    expect(manifest.action.default_icon).toEqual(manifest.icons);
  });

  it('keep the toolbar title that says what a click does', () => {
    // The title is the catalogue's (English and Indonesian), resolved by the browser from _locales/.
    expect(manifest.action.default_title).toBe('__MSG_ext_actionTitle__');
    const english = JSON.parse(readFileSync(join(OUT, '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    expect(english.ext_actionTitle?.message).toBe('Assay: scan this page');
  });

  it('are drawn on a transparent ground, so they sit on light and dark toolbars', () => {
    for (const size of SIZES) {
      const { pixels } = readPng(readFileSync(join(ROOT, `public/icon/${size}.png`)));
      const alphaAt = (x: number, y: number) => pixels[(y * size + x) * 4 + 3];
      expect(alphaAt(size - 1, 0), `${size}px, top right corner`).toBe(0);
      expect(alphaAt(0, size - 1), `${size}px, bottom left corner`).toBe(0);
    }
  });

  it('leave the badge corner light enough for every label colour to stand out on it', () => {
    const badges = Object.values(LABELS).map((l) => hexColour(l.color));
    for (const size of SIZES) {
      const { pixels } = readPng(readFileSync(join(ROOT, `public/icon/${size}.png`)));
      let opaque = 0;
      let light = 0;
      for (let y = Math.floor(size * BADGE_AREA.fromY); y < size; y++)
        for (let x = Math.floor(size * BADGE_AREA.fromX); x < size; x++) {
          const i = (y * size + x) * 4;
          if (pixels[i + 3]! < 128) continue;
          opaque++;
          const colour = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
          if (badges.every((badge) => contrast(badge, colour) >= MIN_BADGE_CONTRAST)) light++;
        }
      // The lens is white where the badge lands: most of what is under a badge contrasts with it.
      expect(light / opaque, `${size}px: share of the badge corner that every badge colour stands out on`).toBeGreaterThanOrEqual(0.5);
    }
  });
});
