import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WritingHistory } from '../../components/WritingHistory';
import { VERDICTS } from './fixtures';

const { segments } = VERDICTS.mixed;
const flagged = segments.find((s) => s.label === 'ai')!;

describe('WritingHistory', () => {
  it('lists the passages that arrived in one paste, and says what that does and does not mean', () => {
    render(
      <WritingHistory
        segments={segments}
        process={{ available: true, inserts: 412, evidence: [{ segmentId: flagged.id, kind: 'paste', chars: 430, at: Date.UTC(2026, 10, 20, 9, 2), text: flagged.text.slice(0, 300) }] }}
      />,
    );
    const region = screen.getByRole('region', { name: 'Writing history' });
    expect(region).toHaveTextContent('not who wrote it');
    const [item] = within(region).getAllByRole('listitem');
    expect(item).toHaveTextContent(/arrived in one paste of 430 characters/);
    expect(item).toHaveTextContent('also labelled AI by the text');
  });

  it('says when the history was read and nothing stood out', () => {
    render(<WritingHistory segments={segments} process={{ available: true, inserts: 1200, evidence: [] }} />);
    expect(screen.getByRole('region', { name: 'Writing history' })).toHaveTextContent('Read (1,200 edits): no passage arrived in one paste');
  });

  it('says why there is none, instead of guessing', () => {
    render(<WritingHistory segments={segments} process={{ available: false, reason: 'Only people who can edit a document may read its writing history; you have view-only access.', inserts: 0, evidence: [] }} />);
    expect(screen.getByRole('region', { name: 'Writing history' })).toHaveTextContent(/Not available: Only people who can edit.*Assay does not guess\./);
  });
});
