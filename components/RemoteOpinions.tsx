import type { RemoteSummary } from '../lib/store/schema';
import { probability } from './format';

const word = (p: number, threshold: number) => (p >= threshold ? 'likely AI' : p <= 0.5 ? 'likely human' : 'unsure');

/** Every remote classifier's answer beside the local verdict, and plainly when none could be used. */
export function RemoteOpinions({ remote, threshold }: { remote: RemoteSummary; threshold: number }) {
  return (
    <section className="remote" aria-label="Second opinions">
      <h3>Second opinions</h3>
      {remote.localOnly && <p className="muted local-only">Local verdict only: no remote classifier could be used.</p>}
      <ul className="opinions">
        <li>
          <strong>Assay local detector</strong>: {word(remote.local.probability, threshold)} {probability(remote.local.probability)}
        </li>
        {remote.providers.map((p) => (
          <li key={p.id} data-ok={p.ok}>
            <strong>{p.name}</strong>: {p.ok && p.probability !== undefined ? `${word(p.probability, threshold)} ${probability(p.probability)} (${p.passages} passages sent)` : `not used — ${p.error}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
