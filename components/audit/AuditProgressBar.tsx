import { plural, t } from '../../lib/i18n';
import type { AuditProgress } from '../../lib/ui/audit-runner';

/** Files being read shown by name in the progress line: more would wrap it. */
const NAMES_SHOWN = 2;

/** The audit under way: a bar, counts, the files being read now, and Cancel. */
export function AuditProgressBar({ progress, onCancel }: { progress: AuditProgress; onCancel?: () => void }) {
  const share = progress.total ? progress.done / progress.total : 1;
  return (
    <div className="progress audit-progress" data-testid="audit-progress" data-state={progress.state}>
      <div className="progress-track" role="progressbar" aria-label={t('audit.progress')} aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.done}>
        <div className="progress-fill" style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
      <p className="progress-text" role="status">
        {plural(progress.state === 'running' ? 'audit.progress.reading' : progress.state === 'done' ? 'audit.progress.done' : 'audit.progress.cancelled', progress.total, { done: progress.done })}
        {progress.failed ? t('audit.progress.failed', { n: progress.failed }) : ''}
        {progress.state === 'running' && progress.reading.length > 0 ? t('audit.progress.now', { list: progress.reading.slice(0, NAMES_SHOWN).join(', ') }) : ''}
      </p>
      {progress.state === 'running' && onCancel && (
        <button type="button" className="secondary" onClick={onCancel}>
          {t('audit.cancel')}
        </button>
      )}
    </div>
  );
}
