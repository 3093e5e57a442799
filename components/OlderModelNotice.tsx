import { t } from '../lib/i18n';
import { MODEL_VERSION, scoredByOlderModel } from '../lib/detect/version';

/**
 * Says when a verdict came from an older detector model and how to get a current one: records keep
 * the verdict they were given (and its history) until the user asks for a rescan.
 */
export function OlderModelNotice({ modelVersion, onRescan, rescanLabel = t('popup.rescan') }: { modelVersion: string; onRescan?: () => void; rescanLabel?: string }) {
  if (!scoredByOlderModel(modelVersion)) return null;
  return (
    <p className="notice older-model" role="note" data-testid="older-model">
      {t('older.notice', { old: modelVersion, current: MODEL_VERSION })}
      {onRescan && (
        <>
          {' '}
          <button type="button" className="link" onClick={onRescan}>
            {rescanLabel}
          </button>
        </>
      )}
    </p>
  );
}
