/** Hands a text to the browser as a file download (exports are made on this computer, never uploaded). */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // The download has its own copy by then; the URL is released so the blob can be freed.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
