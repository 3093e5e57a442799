import { t } from '../../lib/i18n';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabRecord } from '../../lib/messaging/protocol';
import { initialPopupState } from '../../lib/ui/popup-slice';
import { usePopupStore } from '../../lib/ui/stores';
import { record } from './fixtures';

const sendMessage = vi.fn();
vi.mock('../../lib/messaging/send', () => ({ sendMessage: (...args: unknown[]) => sendMessage(...args) }));
vi.mock('../../lib/messaging/receive', () => ({ onMessages: () => () => undefined }));
const { App } = await import('../../entrypoints/popup/App');

function tabRecord(over: Partial<TabRecord> = {}): TabRecord {
  return { url: 'https://client.example/report', title: 'Quarterly report', record: null, platform: null, status: { tabId: 7, stage: 'idle', done: 0, total: 0 }, highlightsVisible: true, ...over };
}

beforeEach(() => {
  fakeBrowser.reset();
  sendMessage.mockReset();
  usePopupStore.setState(initialPopupState);
  window.history.replaceState(null, '', '/popup.html?tabId=7');
});

describe('popup: certificates', () => {
  it('offers Certify and Verify for a scanned page, each opening the dashboard’s Certificates with the record', async () => {
    const user = userEvent.setup();
    const create = vi.spyOn(browser.tabs, 'create');
    sendMessage.mockResolvedValueOnce(tabRecord({ record: record({ id: 'rec-1' }) }));
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Certify…' }));
    expect(create).toHaveBeenLastCalledWith({ url: expect.stringMatching(/\/options\.html\?certify=rec-1#\/certificates$/) });
    await user.click(screen.getByRole('button', { name: 'Verify a certificate…' }));
    expect(create).toHaveBeenLastCalledWith({ url: expect.stringMatching(/\/options\.html\?verify=rec-1#\/certificates$/) });
  });

  it('offers no Certify before a scan, and Certify the draft in Gmail, which has the draft read and scanned first', async () => {
    const user = userEvent.setup();
    const create = vi.spyOn(browser.tabs, 'create');
    sendMessage.mockResolvedValueOnce(tabRecord());
    const { unmount } = render(<App />);
    await screen.findByRole('button', { name: 'Scan this page' });
    expect(screen.queryByRole('button', { name: 'Certify…' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Certify the draft/ })).toBeNull();
    unmount();

    sendMessage.mockImplementation(async (name: string) => (name === 'tab.get' ? tabRecord({ url: 'https://mail.google.com/mail/u/0/#inbox?compose=new', platform: 'gmail' }) : { recordId: 'draft-1' }));
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Certify the draft I am writing' }));
    await waitFor(() => expect(create).toHaveBeenLastCalledWith({ url: expect.stringMatching(/\?certify=draft-1#\/certificates$/) }));
    expect(sendMessage).toHaveBeenCalledWith('certify.draft', { tabId: 7 });
  });

  it('says why when no draft can be read', async () => {
    const user = userEvent.setup();
    sendMessage.mockImplementation(async (name: string) => {
      if (name === 'tab.get') return tabRecord({ url: 'https://outlook.office.com/mail/', platform: 'outlook' });
      throw new Error(t('error.draft.none'));
    });
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Certify the draft I am writing' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/No text being written was found/);
  });
});
