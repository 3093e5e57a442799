import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../entrypoints/options/App';
import type { AuditItem } from '../../lib/audit/schema';
import { createAudit, finishAudit, pendingEntries, storeOutcomes } from '../../lib/store/audits';
import { getDatabase } from '../../lib/store/db';

const db = getDatabase();
const at = (hash: string) => window.history.replaceState(null, '', `/options.html${hash}`);
const nav = () => screen.getByRole('navigation', { name: 'Dashboard' });
const h = (c: string) => c.repeat(64);
const item = (path: string, patch: Partial<AuditItem>): AuditItem => ({ path, bytes: 10, fileHash: h('f'), contentHash: h('a'), state: 'done', aiShare: 0, meta: {}, notes: [], certificate: { status: 'none' }, durationMs: 5, ...patch });

/** A finished audit of page addresses (no bytes to queue), each given its verdict. */
async function auditOf(name: string, now: number, verdicts: [string, Partial<AuditItem>][]) {
  const audit = await createAudit(db, { name, sensitivity: 'cautious', now, inputs: verdicts.map(([path]) => ({ path, origin: 'url' as const })) });
  const pending = await pendingEntries(db, audit.id);
  for (const [i, [path, patch]] of verdicts.entries()) await storeOutcomes(db, pending[i]!, [{ item: item(path, patch) }]);
  await finishAudit(db, audit.id, now + 1000);
  return audit;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await db.transaction('rw', [db.audits, db.auditEntries, db.auditDetails, db.auditFlagged, db.auditQueue], () => Promise.all([db.audits.clear(), db.auditEntries.clear(), db.auditDetails.clear(), db.auditFlagged.clear(), db.auditQueue.clear()]));
});

describe('the Audit section of the dashboard', () => {
  it('is at #/audit: its heading, where to start, and nothing to show yet', async () => {
    at('#/audit');
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Audit' })).toBeInTheDocument();
    expect(await screen.findByText(/No audit yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Start audit/ })).toBeDisabled();
    expect(within(nav()).getByRole('link', { name: /^Audit/ })).toHaveAccessibleName('Audit');
  });

  it('shows the audit its address names, moves the address when another is chosen, and counts Unsure apart', async () => {
    const first = await auditOf('First', 1000, [
      ['https://a.example/one', { label: 'ai', aiShare: 0.9, probability: 0.99 }],
      ['https://a.example/two', { label: 'unsure', probability: 0.5 }],
      ['https://b.example/three', { label: 'human', probability: 0.001 }],
    ]);
    const second = await auditOf('Second', 5000, [['https://c.example/four', { label: 'mixed', aiShare: 0.4, probability: 0.9 }]]);
    at(`#/audit/${first.id}`);
    render(<App />);
    const choose = await screen.findByRole('combobox', { name: /^Audit/ });
    await waitFor(() => expect(choose).toHaveValue(first.id));
    const group = await screen.findByText((_, el) => el?.tagName === 'TH' && /^a\.example/.test(el.textContent ?? ''));
    expect(group).toHaveTextContent('a.example — 2 files: 1 Likely AI, 1 Unsure');
    expect(screen.getAllByTestId('audit-row').map((r) => r.getAttribute('data-verdict'))).toEqual(['ai', 'unsure', 'human']);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Verdict/ }), 'Unsure');
    await waitFor(() => expect(screen.getAllByTestId('audit-row').map((r) => r.getAttribute('data-path'))).toEqual(['https://a.example/two']));

    await userEvent.selectOptions(choose, second.id);
    await waitFor(() => expect(window.location.hash).toBe(`#/audit/${second.id}`));
  });

  it('counts audits not finished in the navigation', async () => {
    const audit = await createAudit(db, { name: 'Open', sensitivity: 'cautious', inputs: [{ path: 'https://a.example/x', origin: 'url' }] });
    at('#/records');
    render(<App />);
    const link = within(nav()).getByRole('link', { name: /^Audit/ });
    await waitFor(() => expect(link).toHaveAccessibleName('Audit (1 audit not finished)'));
    await finishAudit(db, audit.id);
    await waitFor(() => expect(link).toHaveAccessibleName('Audit'));
  });
});
