import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProvenanceBadge } from '../../components/ProvenanceBadge';
import { RemoteOpinions } from '../../components/RemoteOpinions';
import { opinionWords } from '../../lib/report/labels';
import type { RemoteSummary } from '../../lib/schema/record';
import { VERDICTS } from './fixtures';

const THRESHOLD = 0.9855;
const HUMAN = 0.05;

describe('RemoteOpinions', () => {
  it('words the local detector and each provider in the same probability bands, and says what was sent', () => {
    const remote: RemoteSummary = {
      local: { label: 'mixed', probability: 0.48 },
      providers: [
        { id: 'gptzero', name: 'GPTZero', ok: true, probability: 0.995, passages: 6 },
        { id: 'sapling', name: 'Sapling', ok: true, probability: 0.08, passages: 6 },
        { id: 'winston', name: 'Winston AI', ok: false, error: 'Winston AI: wrong key.', passages: 0 },
      ],
      localOnly: false,
    };
    render(<RemoteOpinions remote={remote} threshold={THRESHOLD} humanThreshold={HUMAN} />);
    const items = within(screen.getByRole('region', { name: 'Second opinions' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      // The same bands for the local detector as for every provider: one score, one word (issue 15).
      'Assay local detector: Unsure, could be either 0.48',
      'GPTZero: Likely AI > 0.99 (6 passages sent)',
      'Sapling: Unsure, leans strongly human-written 0.08 (6 passages sent)',
      'Winston AI: not used — Winston AI: wrong key.',
    ]);
    expect(screen.queryByText(/Local verdict only/)).toBeNull();
  });

  it('says plainly when no remote classifier could be used', () => {
    render(<RemoteOpinions remote={{ local: { label: 'human', probability: 0.1 }, providers: [{ id: 'assay', name: 'Assay server', ok: false, error: 'No answer within 2 s.', passages: 0 }], localOnly: true }} threshold={THRESHOLD} />);
    expect(screen.getByText('Local verdict only: no remote classifier could be used.')).toBeVisible();
    expect(screen.getByText(/not used — No answer within 2 s\./)).toBeVisible();
  });

  it.each([
    [0.999, 'Likely AI'],
    [0.9, 'Unsure, leans strongly machine-written'],
    [0.7, 'Unsure, leans machine-written'],
    [0.48, 'Unsure, could be either'],
    [0.2, 'Unsure, leans human-written'],
    [0.08, 'Unsure, leans strongly human-written'],
    [0.05, 'Likely human'],
    [0.01, 'Likely human'],
  ])('words a score of %s "%s", the same bands for every opinion', (p, word) => {
    expect(opinionWords(p, THRESHOLD, HUMAN)).toBe(word);
  });

  it('never says Likely human for a verdict from before the human threshold existed', () => {
    expect(opinionWords(0.001, THRESHOLD)).toBe('Unsure, leans strongly human-written');
  });

  it('names a remote detector with its model in the badge', () => {
    const { verdict, segments } = VERDICTS.mixed;
    const combined = { ...verdict, detectors: [...verdict.detectors, { id: 'gptzero', name: 'GPTZero', version: 'gptzero 2025-01', kind: 'remote' as const }] };
    render(<ProvenanceBadge verdict={combined} segments={segments} />);
    expect(screen.getByTestId('provenance-badge')).toHaveTextContent('Detectors: Assay local detector 0.1.0, GPTZero (gptzero 2025-01)');
  });
});
