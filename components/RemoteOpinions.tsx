import type { RemoteSummary } from '../lib/schema/record';
import { probability } from './format';
import { labelText, opinionWords } from '../lib/report/labels';

/**
 * Every remote classifier's answer beside the local verdict, and plainly when none could be used. Each
 * provider's probability is worded in the same bands as the local detector's (lib/report/labels.ts).
 */
export function RemoteOpinions({ remote, threshold, humanThreshold }: { remote: RemoteSummary; threshold: number; humanThreshold?: number }) {
  return (
    <section className="remote" aria-label="Second opinions">
      <h3>Second opinions</h3>
      {remote.localOnly && <p className="muted local-only">Local verdict only: no remote classifier could be used.</p>}
      <ul className="opinions">
        <li>
          <strong>Assay local detector</strong>: {labelText(remote.local.label)} {probability(remote.local.probability)}
        </li>
        {remote.providers.map((p) => (
          <li key={p.id} data-ok={p.ok}>
            <strong>{p.name}</strong>: {p.ok && p.probability !== undefined ? `${opinionWords(p.probability, threshold, humanThreshold)} ${probability(p.probability)} (${p.passages} passage${p.passages === 1 ? '' : 's'} sent)` : `not used — ${p.error}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
