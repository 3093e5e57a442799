import type { RemoteSummary } from '../lib/schema/record';
import { probability } from './format';
import { opinionWords } from '../lib/report/labels';
import { plural, t } from '../lib/i18n';

/**
 * Every remote classifier's answer beside the local verdict, and plainly when none could be used. Each
 * opinion's probability, the local detector's too, is worded in the same bands (lib/report/labels.ts
 * `opinionWords`), so one score never reads as "Mixed" from one detector and "Unsure" from another.
 */
export function RemoteOpinions({ remote, threshold, humanThreshold, heading = true }: { remote: RemoteSummary; threshold: number; humanThreshold?: number; heading?: boolean }) {
  return (
    <section className="remote" aria-label={t('remote.heading')}>
      {heading && <h3>{t('remote.heading')}</h3>}
      {remote.localOnly && <p className="muted local-only">{t('remote.localOnly')}</p>}
      <ul className="opinions">
        <li>
          <strong>{t('remote.local')}</strong>: {opinionWords(remote.local.probability, threshold, humanThreshold)} {probability(remote.local.probability)}
        </li>
        {remote.providers.map((p) => (
          <li key={p.id} data-ok={p.ok}>
            <strong>{p.name}</strong>: {p.ok && p.probability !== undefined ? `${opinionWords(p.probability, threshold, humanThreshold)} ${probability(p.probability)} (${plural('remote.sent', p.passages)})` : t('remote.notUsed', { error: p.error ?? '' })}
          </li>
        ))}
      </ul>
    </section>
  );
}
