import { MODEL_VERSION, scoredByOlderModel } from '../lib/detect/version';

/**
 * Says when a verdict came from an older detector model and how to get a current one: records keep
 * the verdict they were given (and its history) until the user asks for a rescan.
 */
export function OlderModelNotice({ modelVersion, onRescan, rescanLabel = 'Rescan' }: { modelVersion: string; onRescan?: () => void; rescanLabel?: string }) {
  if (!scoredByOlderModel(modelVersion)) return null;
  return (
    <p className="notice older-model" role="note" data-testid="older-model">
      Scored by an older model ({modelVersion}); the current one is {MODEL_VERSION}. Its labels were re-read under today’s rules, but only a rescan gives a current verdict.
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
