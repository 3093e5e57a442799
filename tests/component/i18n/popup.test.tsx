import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScanStatus, TabRecord } from '../../../lib/messaging/protocol';
import { initialPopupState } from '../../../lib/ui/popup-slice';
import { usePopupStore } from '../../../lib/ui/stores';
import type { ImageRecord, ScanRecord } from '../../../lib/schema/record';
import { record } from '../fixtures';
import { pseudoIndonesian, unmarked } from '../i18n-check';

const sendMessage = vi.fn();
vi.mock('../../../lib/messaging/send', () => ({ sendMessage: (...args: unknown[]) => sendMessage(...args) }));
vi.mock('../../../lib/messaging/receive', () => ({ onMessages: () => () => undefined }));
const { App: Popup } = await import('../../../entrypoints/popup/App');

const image: ImageRecord = {
  id: 'i1',
  url: 'https://cdn.example/hero.jpg',
  alt: 'Hero',
  width: 400,
  height: 300,
  provenance: { verdict: 'ai-generated', summary: 'SUMMARY', evidence: [{ source: 'c2pa', strength: 'strong', finding: 'f', details: {} }], sha256: 'a'.repeat(64), mimeType: 'image/jpeg', bytes: 10 },
};
const idle = (tabId = 7): ScanStatus => ({ tabId, stage: 'idle', done: 0, total: 0 });
const tab = (over: Partial<TabRecord> = {}): TabRecord => ({ url: 'https://client.example/report', title: 'Quarterly report', record: null, platform: null, status: idle(), highlightsVisible: true, ...over });
let restore: () => void;
beforeEach(() => {
  sendMessage.mockReset();
  usePopupStore.setState(initialPopupState);
  window.history.replaceState(null, '', '/popup.html?tabId=7');
  restore = pseudoIndonesian();
});
afterEach(() => restore());

describe('popup: every word from the catalogue', () => {
  it('with a record', async () => {
    const base = record();
    sendMessage.mockResolvedValueOnce(tab({ record: { ...base, images: [image] } }));
    const { container } = render(<Popup />);
    await screen.findByTestId('provenance-badge');
    for (const summary of container.querySelectorAll('summary')) await userEvent.click(summary);
    expect(unmarked(container, ['Quarterly report', 'Hero', 'SUMMARY', 'Assay'])).toEqual([]);
  });
});
