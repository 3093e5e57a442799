#!/usr/bin/env node
// Makes the extension's PNG icons (public/icon/<size>.png, which WXT puts in the manifest) from the one
// SVG source, assets/icon.svg, by drawing it in Chromium at each size: the same rasteriser the icons are
// shown with, and no image library to install. Run after editing the SVG: `npm run icons`.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromiumPath, CHROMIUM_HINT } from './chromium.mjs';

/** Sizes the stores and browsers ask for: toolbar (16, 32 at 2×), extensions page (48), store (128). */
export const ICON_SIZES = [16, 32, 48, 128];

const root = new URL('..', import.meta.url).pathname;
const executablePath = findChromiumPath();
if (!executablePath) {
  console.error(CHROMIUM_HINT);
  process.exit(1);
}
const svg = readFileSync(join(root, 'assets/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  mkdirSync(join(root, 'public/icon'), { recursive: true });
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<style>html,body{margin:0;background:transparent}img{display:block}</style><img width="${size}" height="${size}" src="${src}">`);
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(join(root, `public/icon/${size}.png`), png);
    console.log(`public/icon/${size}.png (${png.length} bytes)`);
  }
} finally {
  await browser.close();
}
