import { describe, expect, it } from 'vitest';
import { closeStorageToContentScripts } from '../../../lib/settings/access-level';

describe('closing storage.local to content scripts', () => {
  it('asks for trusted contexts only', async () => {
    const calls: unknown[] = [];
    const local = { setAccessLevel: async (options: unknown) => void calls.push(options) };
    expect(await closeStorageToContentScripts(local, () => undefined)).toBe('closed');
    expect(calls).toEqual([{ accessLevel: 'TRUSTED_CONTEXTS' }]);
  });

  it('logs a refusal instead of swallowing it', async () => {
    const logged: unknown[][] = [];
    const refusal = new Error('Access level can only be set from a trusted context');
    const local = {
      setAccessLevel: async () => {
        throw refusal;
      },
    };
    expect(await closeStorageToContentScripts(local, (...args) => void logged.push(args))).toBe('failed');
    expect(logged).toEqual([[expect.stringMatching(/setAccessLevel failed.*readable by content scripts/), refusal]]);
  });

  it('is not an error where the browser has no access levels', async () => {
    const logged: unknown[] = [];
    expect(await closeStorageToContentScripts({}, (m) => void logged.push(m))).toBe('unsupported');
    expect(logged).toEqual([]);
  });
});
