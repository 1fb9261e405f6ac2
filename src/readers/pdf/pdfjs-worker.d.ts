// pdf.js's worker module, which pdfjs-dist ships without types: loaded by pdf-thread.ts for its
// side effect (it sets globalThis.pdfjsWorker, which pdf.js then reads the pages with).
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}
