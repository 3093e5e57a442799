import type { AuditProgress } from '../../lib/ui/audit-runner';

/** The audit under way: a bar, counts, the files being read now, and Cancel. */
export function AuditProgressBar({ progress, onCancel }: { progress: AuditProgress; onCancel?: () => void }) {
  const share = progress.total ? progress.done / progress.total : 1;
  return (
    <div className="progress audit-progress" data-testid="audit-progress" data-state={progress.state}>
      <div className="progress-track" role="progressbar" aria-label="Audit progress" aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.done}>
        <div className="progress-fill" style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
      <p className="progress-text" role="status">
        {progress.state === 'running' ? 'Reading' : progress.state === 'done' ? 'Done:' : 'Cancelled:'} {progress.done} of {progress.total} files
        {progress.failed ? ` · ${progress.failed} not read` : ''}
        {progress.state === 'running' && progress.reading.length > 0 ? ` · now: ${progress.reading.slice(0, 2).join(', ')}` : ''}
      </p>
      {progress.state === 'running' && onCancel && (
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel audit
        </button>
      )}
    </div>
  );
}
