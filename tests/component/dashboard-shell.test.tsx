import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppShell } from '../../components/dashboard/shell/AppShell';
import { Icon } from '../../components/dashboard/shell/icons';
import { PageHeader } from '../../components/dashboard/shell/layout';
import type { DashboardSection, SectionProps } from '../../components/dashboard/shell/section';

/** Sections made for the test: the shell knows nothing of the real ones. */
function screenFor(title: string) {
  return function Screen({ path }: SectionProps) {
    return (
      <>
        <PageHeader title={title} />
        <p data-testid="path">{path.join('|')}</p>
        <button type="button">Inside {title}</button>
      </>
    );
  };
}
const SECTIONS: DashboardSection[] = [
  { id: 'one', title: 'First', icon: <Icon name="records" />, component: screenFor('First'), badge: { useCount: () => 3, describe: (n) => `${n} things` } },
  { id: 'two', title: 'Second', short: '2nd', icon: <Icon name="audit" />, component: screenFor('Second'), planned: true },
  { id: 'three', title: 'Third', icon: <Icon name="settings" />, component: screenFor('Third') },
];

function at(hash: string) {
  window.history.replaceState(null, '', `/options.html${hash}`);
}
const nav = () => screen.getByRole('navigation', { name: 'Dashboard' });
const link = (name: RegExp) => within(nav()).getByRole('link', { name });
/** Moves to a fragment as the address bar, back and forward do: the hash changes, then `hashchange`. */
async function goTo(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

beforeEach(() => at(''));

describe('the dashboard shell', () => {
  it('has landmarks, opens on the first section and gives an empty address its fragment in place', () => {
    const before = window.history.length;
    render(<AppShell sections={SECTIONS} />);
    expect(screen.getByRole('banner')).toContainElement(nav());
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('heading', { level: 1, name: 'First' }));
    expect(link(/^First/)).toHaveAttribute('aria-current', 'page');
    expect(link(/^Second/)).not.toHaveAttribute('aria-current');
    expect(window.location.hash).toBe('#/one');
    expect(window.history.length).toBe(before);
    expect(document.title).toBe('First · Assay dashboard');
  });

  it('lists every section as a link to its own address, with its count and what "Soon" means', () => {
    render(<AppShell sections={SECTIONS} />);
    const links = within(nav()).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#/one', '#/two', '#/three']);
    expect(link(/^First/)).toHaveAccessibleName('First (3 things)');
    expect(link(/^Second/)).toHaveAccessibleName('Second (not available in this build yet)');
    expect(link(/^Third/)).toHaveAccessibleName('Third');
  });

  it('shows the section named by the address at start, with the segments under it', () => {
    at('#/three/a/b%2Fc');
    render(<AppShell sections={SECTIONS} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Third' })).toBeInTheDocument();
    expect(screen.getByTestId('path')).toHaveTextContent('a|b/c');
    expect(link(/^Third/)).toHaveAttribute('aria-current', 'page');
  });

  it('moves by click: address, current item, heading and window title follow; focus goes to the new heading', async () => {
    const user = userEvent.setup();
    render(<AppShell sections={SECTIONS} />);
    await user.click(screen.getByRole('button', { name: 'Inside First' }));
    await user.click(link(/^Third/));
    expect(window.location.hash).toBe('#/three');
    expect(link(/^Third/)).toHaveAttribute('aria-current', 'page');
    expect(link(/^First/)).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('heading', { level: 1, name: 'Third' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1, name: 'First' })).toBeNull();
    expect(document.title).toBe('Third · Assay dashboard');
  });

  it('follows the address when it changes outside (back, forward, a link from the popup), focusing the heading', async () => {
    render(<AppShell sections={SECTIONS} />);
    screen.getByRole('button', { name: 'Inside First' }).focus();
    await goTo('#/two');
    expect(screen.getByRole('heading', { level: 1, name: 'Second' })).toHaveFocus();
    await goTo('#/one');
    expect(screen.getByRole('heading', { level: 1, name: 'First' })).toHaveFocus();
    expect(link(/^First/)).toHaveAttribute('aria-current', 'page');
  });

  it('works from the keyboard: skip link, Tab through the items, Enter to open, arrows between items', async () => {
    const user = userEvent.setup();
    render(<AppShell sections={SECTIONS} />);
    await user.tab();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: /^Assay/ })).toHaveFocus();
    await user.tab();
    expect(link(/^First/)).toHaveFocus();
    await user.tab();
    expect(link(/^Second/)).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(window.location.hash).toBe('#/two');
    expect(screen.getByRole('heading', { level: 1, name: 'Second' })).toBeInTheDocument();
    // Moving along the navigation keeps the focus there; the new section is announced instead.
    expect(link(/^Second/)).toHaveFocus();
    expect(await screen.findByText('Second shown')).toBeInTheDocument();

    await user.keyboard('{ArrowDown}');
    expect(link(/^Third/)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(link(/^First/)).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(link(/^Third/)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(link(/^First/)).toHaveFocus();
    await user.keyboard('{End}');
    expect(link(/^Third/)).toHaveFocus();
    // Arrows only move the focus; the section changes on Enter.
    expect(window.location.hash).toBe('#/two');
  });

  it('the skip link moves focus into the main content without changing the address', async () => {
    const user = userEvent.setup();
    render(<AppShell sections={SECTIONS} />);
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
    expect(window.location.hash).toBe('#/one');
  });

  it('says so when the address names no section, with a way back', async () => {
    at('#/nowhere');
    const user = userEvent.setup();
    render(<AppShell sections={SECTIONS} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Nothing here' })).toBeInTheDocument();
    expect(within(nav()).queryByRole('link', { current: 'page' })).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Go to First' }));
    expect(screen.getByRole('heading', { level: 1, name: 'First' })).toBeInTheDocument();
  });
});
