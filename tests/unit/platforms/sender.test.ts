import { describe, expect, it } from 'vitest';
import { checkPlatformSender } from '../../../entrypoints/background/platforms';
import { platformOfUrl } from '../../../lib/platforms/registry';
import type { Deliverable } from '../../../lib/schema/deliverable';

const message = (kind: Deliverable['source']['kind'], url: string): Deliverable => ({ source: { kind, url, title: 't' }, segments: [] });

describe('platformOfUrl', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox', 'gmail'],
    ['https://mail.google.com:8443/mail/u/0/', 'gmail'],
    ['https://outlook.office.com/mail/inbox/id/AAQk', 'outlook'],
    ['https://outlook.live.com/mail/0/', 'outlook'],
    ['https://outlook.office365.com/mail/', 'outlook'],
    ['https://docs.google.com/document/d/1abc/edit', 'docs'],
    ['https://www.figma.com/design/abc', 'figma'],
    ['https://embed.figma.com/design/abc', 'figma'],
    ['http://mail.google.com/', undefined],
    ['https://mail.google.com.evil.example/', undefined],
    ['https://evil.example/mail.google.com', undefined],
    ['not a url', undefined],
  ])('%s → %s', (url, id) => {
    expect(platformOfUrl(url)).toBe(id);
  });
});

describe('checkPlatformSender: a content script may only file its own platform’s messages', () => {
  it('accepts a Gmail message from a Gmail tab', () => {
    expect(checkPlatformSender(message('gmail', 'https://mail.google.com/mail/u/0/#all/18d5'), 'https://mail.google.com/mail/u/0/#inbox/FM')).toBeUndefined();
  });
  it.each([
    ['another platform’s kind', message('outlook', 'https://mail.google.com/x'), 'https://mail.google.com/mail/u/0/', /cannot send a outlook/],
    ['a page kind', message('page', 'https://mail.google.com/x'), 'https://mail.google.com/mail/u/0/', /cannot send a page/],
    ['another origin', message('gmail', 'https://evil.example/x'), 'https://mail.google.com/mail/u/0/', /does not belong/],
    ['a non-platform tab', message('gmail', 'https://mail.google.com/x'), 'https://evil.example/', /not a platform/],
    ['no tab', message('gmail', 'https://mail.google.com/x'), undefined, /No tab/],
    ['a Docs record from Gmail', message('docs', 'https://mail.google.com/x'), 'https://mail.google.com/mail/u/0/', /cannot send a docs/],
    ['anything from Figma (the background reads Figma itself)', message('figma', 'https://www.figma.com/design/K'), 'https://www.figma.com/design/K0123456789/x', /read by Assay itself/],
    ['a bad address', message('gmail', 'nope'), 'https://mail.google.com/mail/u/0/', /no valid address/],
  ])('refuses %s', (_, deliverable, tabUrl, error) => {
    expect(checkPlatformSender(deliverable, tabUrl)).toMatch(error);
  });
});
