import { t } from '../../i18n';

/** The progress bar `assay audit` draws on a terminal: one line, redrawn in place. */
export function progressLine(done: number, total: number, failed: number, elapsedMs: number, width = 28): string {
  const share = total ? done / total : 1;
  const filled = Math.round(share * width);
  const seconds = Math.round(elapsedMs / 1000);
  const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  const eta = done > 0 && done < total ? ` · ${t('cli.audit.eta', { seconds: Math.max(1, Math.round(((elapsedMs / done) * (total - done)) / 1000)) })}` : '';
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${t('cli.audit.progress', { done, total })}${failed ? ` · ${t('cli.audit.failedCount', { n: failed })}` : ''} · ${clock}${eta}`;
}
