import { withIds } from '../plain';
import { MAX_PDF_PAGES, MIN_PDF_CHARS_PER_PAGE } from './limits';
import { baseName, FileReadError, type FileReader } from './types';

interface TextItem {
  str: string;
  transform: number[];
  height: number;
  hasEOL?: boolean;
}

/** A new passage starts where the gap between two lines exceeds this many line heights. */
const PARAGRAPH_GAP_LINES = 1.6;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loading: Promise<PdfJs> | undefined;

/**
 * pdf.js with its worker code run in this thread: the caller is already a worker (the dashboard's pool,
 * the CLI's worker threads), and an extension page may not start a worker from inside one.
 */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const { WorkerMessageHandler } = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= { WorkerMessageHandler };
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

/** One page's text items as paragraphs: lines joined, a hyphen at a line's end mended, wide gaps splitting. */
export function pageParagraphs(items: readonly TextItem[]): string[] {
  const paragraphs: string[] = [];
  let current = '';
  let line = '';
  let lastY: number | undefined;
  let lastHeight = 0;
  const endLine = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    line = '';
    if (!text) return;
    current = current.endsWith('-') && /^[a-z]/.test(text) ? `${current.slice(0, -1)}${text}` : current ? `${current} ${text}` : text;
  };
  const endParagraph = () => {
    endLine();
    if (current.trim()) paragraphs.push(current.trim());
    current = '';
  };
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    const height = item.height || Math.abs(item.transform[3] ?? 0) || lastHeight;
    if (lastY !== undefined && Math.abs(lastY - y) > 0.5) {
      endLine();
      if (Math.abs(lastY - y) > PARAGRAPH_GAP_LINES * Math.max(height, lastHeight, 1)) endParagraph();
    }
    line += item.str;
    if (item.hasEOL) line += ' ';
    lastY = y;
    if (height) lastHeight = height;
  }
  endParagraph();
  return paragraphs;
}

/**
 * A PDF's text layer through pdf.js. A PDF of scanned pages has no text to judge: that is said
 * ("no text layer — scanned image") rather than given a verdict on nothing. An encrypted PDF and a
 * damaged one are named as such.
 */
export const pdfReader: FileReader = {
  id: 'pdf',
  name: 'PDF',
  extensions: ['.pdf'],
  async read({ path, bytes }) {
    const pdfjs = await loadPdfJs();
    const task = pdfjs.getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, useWasm: false, useWorkerFetch: false, stopAtErrors: false, verbosity: 0 });
    let doc: Awaited<typeof task.promise>;
    try {
      doc = await task.promise;
    } catch (error) {
      const name = (error as { name?: string } | undefined)?.name;
      if (name === 'PasswordException') throw new FileReadError('encrypted', `${path} is password-protected: open it, remove the password and save it again to have it read`);
      throw new FileReadError('corrupt', `${path} is damaged or not a PDF (${error instanceof Error ? error.message : String(error)})`);
    }
    try {
      const pages = Math.min(doc.numPages, MAX_PDF_PAGES);
      const paragraphs: string[] = [];
      let chars = 0;
      for (let n = 1; n <= pages; n++) {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        const items = content.items.filter((i): i is TextItem & typeof i => 'str' in i);
        for (const p of pageParagraphs(items)) {
          paragraphs.push(p);
          chars += p.length;
        }
        page.cleanup();
      }
      if (chars < MIN_PDF_CHARS_PER_PAGE * pages)
        throw new FileReadError('no-text-layer', `${path} has no text layer — scanned image: ${pages} page${pages === 1 ? '' : 's'} with ${chars} characters of text; run it through OCR to have it judged`);
      const { info } = (await doc.getMetadata().catch(() => ({ info: {} }))) as { info: { Author?: unknown; Title?: unknown } };
      const author = typeof info.Author === 'string' && info.Author.trim() ? info.Author.trim() : undefined;
      const title = typeof info.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
      return {
        kind: 'document',
        deliverable: { source: { kind: 'file', url: path, title: (title || baseName(path)).slice(0, 500) }, segments: withIds(paragraphs.map((text) => ({ kind: 'paragraph', text }))) },
        meta: { ...(author ? { author } : {}), ...(title ? { title } : {}) },
        images: [],
        children: [],
        notes: doc.numPages > pages ? [`pages ${pages + 1}–${doc.numPages} not read (more than ${MAX_PDF_PAGES} pages)`] : [],
      };
    } finally {
      await doc.destroy();
    }
  },
};
