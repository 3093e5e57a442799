import type { RemoteSummary } from '../lib/schema/record';
import { probability } from './format';
import { labelText } from '../lib/report/labels';

/**
 * A provider's document probability in words. Only a confident score gets a word: between the clear
 * bands it is "unsure", so a 0.48 never reads as a finding either way.
 */
export const opinionWord = (p: number, threshold: number) => (p >= threshold ? 'likely AI' : p <= 0.2 ? 'likely human' : 'unsure');

/** Every remote classifier's answer beside the local verdict, and plainly when none could be used. */
export function RemoteOpinions({ remote, threshold }: { remote: RemoteSummary; threshold: number }) {
  return (
    <section className="remote" aria-label="Second opinions">
      <h3>Second opinions</h3>
      {remote.localOnly && <p className="muted local-only">Local verdict only: no remote classifier could be used.</p>}
      <ul className="opinions">
        <li>
          <strong>Assay local detector</strong>: {labelText(remote.local.label).toLowerCase()} {probability(remote.local.probability)}
        </li>
        {remote.providers.map((p) => (
          <li key={p.id} data-ok={p.ok}>
            <strong>{p.name}</strong>: {p.ok && p.probability !== undefined ? `${opinionWord(p.probability, threshold)} ${probability(p.probability)} (${p.passages} passages sent)` : `not used — ${p.error}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
