// pdf.js's worker module ships without types; it exports the handler the library runs in-thread.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
