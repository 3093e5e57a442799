/** The progress bar `assay audit` draws on a terminal: one line, redrawn in place. */
export function progressLine(done: number, total: number, failed: number, elapsedMs: number, width = 28): string {
  const share = total ? done / total : 1;
  const filled = Math.round(share * width);
  const seconds = Math.round(elapsedMs / 1000);
  const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  const eta = done > 0 && done < total ? ` · about ${Math.max(1, Math.round(((elapsedMs / done) * (total - done)) / 1000))} s left` : '';
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files${failed ? ` · ${failed} not read` : ''} · ${clock}${eta}`;
}
