import { describe, expect, it } from 'vitest';
import { remotePermission } from '../../../lib/settings/remote-permission';

describe('the permission a second opinion needs', () => {
  it('is the provider host alone in Chrome', () => {
    expect(remotePermission('https://api.gptzero.me/*', false)).toEqual({ origins: ['https://api.gptzero.me/*'] });
  });

  it('adds Firefox’s consent to send website content, which the Firefox manifest declares optional', () => {
    expect(remotePermission('https://api.gptzero.me/*', true)).toEqual({ origins: ['https://api.gptzero.me/*'], data_collection: ['websiteContent'] });
  });
});
