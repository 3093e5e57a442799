import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The CLI's report follows the terminal's language (LANG, LC_MESSAGES, LC_ALL). */
const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/assay.mjs');
const INDONESIAN = [
  'Kami sudah menyelesaikan laporan untuk klien dan akan mengirimkannya besok pagi karena masih ada beberapa bagian yang harus diperiksa ulang oleh tim kami.',
  'Menurut saya hasil desain ini sudah cukup baik, tetapi warna latar belakang di halaman kedua masih terlalu gelap dan perlu dibuat lebih terang agar mudah dibaca.',
].join('\n\n');

function scan(env: Record<string, string>, input: string, file = '-') {
  // The sources, not the bundle: this checks the sources as they are now.
  const run = spawnSync(process.execPath, [BIN, 'scan', file], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', ASSAY_CLI_SOURCES: '1', ...env } });
  return run.stdout;
}

describe('the CLI in the terminal’s language', () => {
  it('says in Indonesian that Indonesian text was not judged, when LANG is Indonesian', () => {
    const out = scan({ LANG: 'id_ID.UTF-8' }, INDONESIAN);
    expect(out).toMatch(/^Laporan Assay/);
    expect(out).toContain('Penilaian: Tidak dinilai: teks berbahasa Indonesia. Detektor ini dibuat untuk bahasa Inggris.');
    expect(out).toContain('tidak dinilai: berbahasa Indonesia; detektor ini dibuat untuk bahasa Inggris');
    expect(out).not.toMatch(/\b(Verdict|Passages|judged|words)\b/);
  }, 30_000);

  it('stays English otherwise, and LC_ALL wins over LANG', () => {
    expect(scan({ LANG: 'C.UTF-8' }, INDONESIAN)).toContain('Verdict: Not judged: Indonesian. The detector is built for English.');
    expect(scan({ LANG: 'id_ID.UTF-8', LC_ALL: 'en_US.UTF-8' }, INDONESIAN)).toMatch(/^Assay report/);
  }, 30_000);
});
