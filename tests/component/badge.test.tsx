import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProvenanceBadge, weightiestPassages } from '../../components/ProvenanceBadge';
import { ScanProgress, stageText } from '../../components/ScanProgress';
import { VERDICTS, segment } from './fixtures';

describe('ProvenanceBadge', () => {
  it.each([
    ['human', 'Likely human', /written by a person/],
    ['unsure', 'Unsure', /points neither way clearly: it leans machine-written \(probability 0\.78\)/],
    ['mixed', 'Mixed', /42% of the judged words/],
    ['ai', 'Likely AI', /90% of the judged words/],
  ] as const)('shows the %s verdict with what it means and its spelled-out probability', (which, title, meaning) => {
    const { verdict, segments } = VERDICTS[which];
    render(<ProvenanceBadge verdict={verdict} segments={segments} />);
    const badge = screen.getByTestId('provenance-badge');
    expect(badge).toHaveAttribute('data-label', which);
    expect(screen.getByRole('region', { name: `Verdict: ${title}` })).toBe(badge);
    expect(badge.querySelector('.badge-label')).toHaveTextContent(title);
    expect(badge).toHaveTextContent(meaning);
    expect(badge).toHaveTextContent(`Probability that this text is machine-written: ${verdict.probability.toFixed(2)}`);
    expect(badge).not.toHaveTextContent(/\d+% AI-written/);
    expect(badge).toHaveTextContent(`${verdict.passages} passages scanned`);
    expect(badge).toHaveTextContent('Detectors: Assay local detector 0.1.0');
  });

  it('shows an AI share only where passages are labelled AI: an Unsure or human verdict claims no share', () => {
    for (const which of ['human', 'unsure'] as const) {
      const { verdict, segments } = VERDICTS[which];
      const { unmount } = render(<ProvenanceBadge verdict={verdict} segments={segments} />);
      expect(screen.getByTestId('provenance-badge')).not.toHaveTextContent(/% AI|of the judged words/);
      unmount();
    }
  });

  it('states both thresholds, so the probability can be read against them', () => {
    render(<ProvenanceBadge verdict={VERDICTS.unsure.verdict} segments={VERDICTS.unsure.segments} />);
    expect(screen.getByTestId('provenance-badge')).toHaveTextContent('(Likely AI from 0.99; Likely human up to 0.10)');
  });

  it('shows "Not enough text" with the reason instead of a probability', () => {
    const { verdict, segments } = VERDICTS.unknown;
    render(<ProvenanceBadge verdict={verdict} segments={segments} />);
    const badge = screen.getByTestId('provenance-badge');
    expect(badge).toHaveAttribute('data-label', 'unknown');
    expect(badge).toHaveTextContent('Not enough text');
    expect(badge).toHaveTextContent(/needs 50/);
    expect(badge).not.toHaveTextContent(/Probability that this text/);
  });

  it('lists the passages that weigh most, with their reasons in plain words', () => {
    const { verdict, segments } = VERDICTS.mixed;
    render(<ProvenanceBadge verdict={verdict} segments={segments} />);
    expect(screen.getByRole('heading', { name: 'Passages that weigh most' })).toBeInTheDocument();
    expect(screen.getByText(/phrases typical of chat assistants/)).toBeInTheDocument();
  });

  it('says what the verdict does not cover, and a passage whose text the record did not keep', () => {
    const verdict = { ...VERDICTS.mixed.verdict, omitted: { passages: 70_000, chars: 48_000_000, frames: 2, images: 12 } };
    const kept = segment({ id: 'k', label: 'ai', probability: 0.999, text: '', textHash: 'b'.repeat(64) });
    render(<ProvenanceBadge verdict={verdict} segments={[kept]} />);
    const notes = screen.getAllByTestId('coverage-note').map((n) => n.textContent);
    expect(notes).toEqual([
      expect.stringMatching(/^Not judged: 70,000 passages \(about 48,000,000 characters\) after the first 2,000,000 characters or 20,000 passages.*never “Likely human”/),
      'Not read: 2 frames of this page come from another site, whose text the browser does not let Assay read.',
      'Not read: 12 more images past the first 60 of the page.',
    ]);
    expect(screen.getByText(/Text not kept in this record/)).toHaveAttribute('title', `SHA-256 ${'b'.repeat(64)}`);
  });

  it('renders scanned text as text, never as markup', () => {
    const hostile = segment({ id: 'x', label: 'ai', probability: 0.999, text: '<img src=x onerror="alert(1)">' });
    const { container } = render(<ProvenanceBadge verdict={VERDICTS.ai.verdict} segments={[hostile]} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)">')).toBeInTheDocument();
  });
});

describe('weightiestPassages', () => {
  it('prefers AI-labelled passages by weight, else the judged ones nearest the line', () => {
    expect(weightiestPassages(VERDICTS.ai.segments).map((s) => s.id)).toEqual(['a1', 'a2']);
    expect(weightiestPassages(VERDICTS.human.segments).map((s) => s.id)).toEqual(['h1', 'h2']);
    expect(weightiestPassages(VERDICTS.unsure.segments).map((s) => s.id)).toEqual(['n1', 'n2']);
    expect(weightiestPassages(VERDICTS.unknown.segments)).toEqual([]);
  });
});

describe('ScanProgress', () => {
  it('reports the stage and passage counts on an accessible progress bar', () => {
    render(<ScanProgress status={{ stage: 'detecting', done: 120, total: 900 }} />);
    const bar = screen.getByRole('progressbar', { name: 'Scan progress' });
    expect(Number(bar.getAttribute('aria-valuenow'))).toBeGreaterThan(10);
    expect(Number(bar.getAttribute('aria-valuenow'))).toBeLessThan(98);
    expect(screen.getByText('Scoring passages 120 / 900…')).toBeInTheDocument();
  });
  it.each([
    ['extracting', 'Reading the page…'],
    ['storing', 'Saving the record…'],
  ] as const)('names the %s stage', (stage, text) => {
    expect(stageText({ stage, done: 0, total: 0 })).toBe(text);
  });
});
