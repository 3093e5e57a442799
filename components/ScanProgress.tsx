import { t } from '../lib/i18n';
import type { ScanStatus } from '../lib/messaging/protocol';

export function stageText(status: Pick<ScanStatus, 'stage' | 'done' | 'total'>): string {
  switch (status.stage) {
    case 'extracting':
      return t('progress.reading');
    case 'detecting':
      return status.total > 0 ? t('progress.scoringOf', { done: status.done, total: status.total }) : t('progress.scoring');
    case 'images':
      return t('progress.images', { done: status.done, total: status.total });
    case 'storing':
      return t('progress.storing');
    default:
      return '';
  }
}

export function ScanProgress({ status }: { status: Pick<ScanStatus, 'stage' | 'done' | 'total'> }) {
  const text = stageText(status);
  // Reading is the first 10%, text 10–80%, images 80–96%, saving the rest: the bar never sits still at 0.
  const value =
    status.stage === 'extracting' ? 5
    : status.stage === 'storing' ? 98
    : status.stage === 'images' ? 80 + Math.round((16 * status.done) / Math.max(1, status.total))
    : status.total > 0 ? 10 + Math.round((70 * status.done) / status.total)
    : 10;
  return (
    <div className="progress">
      <div role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={value} aria-label={t('progress.label')} className="progress-track">
        <div className="progress-fill" style={{ width: `${value}%` }} />
      </div>
      <p className="progress-text" aria-live="polite">
        {text}
      </p>
    </div>
  );
}
