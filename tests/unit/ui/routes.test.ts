import { describe, expect, it } from 'vitest';
import { DEFAULT_SECTION, parseRoute, recordHash, routeHash } from '../../../lib/ui/routes';

describe('dashboard routes', () => {
  it.each([
    ['', { section: DEFAULT_SECTION, path: [] }],
    ['#', { section: DEFAULT_SECTION, path: [] }],
    ['#/', { section: DEFAULT_SECTION, path: [] }],
    ['#/records', { section: 'records', path: [] }],
    ['#/records/', { section: 'records', path: [] }],
    ['#/Settings/platforms', { section: 'settings', path: ['platforms'] }],
    ['#settings/general', { section: 'settings', path: ['general'] }],
    ['#/audit/run/42', { section: 'audit', path: ['run', '42'] }],
  ])('reads %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('writes a record address any id survives, and reads it back', () => {
    for (const id of ['0d6f3c1e-8a9b-4c2d-9e1f-123456789abc', 'a/b c?d#e%f', 'ümlaut·id']) {
      const hash = recordHash(id);
      expect(hash.startsWith('#/records/')).toBe(true);
      expect(hash.slice('#/records/'.length)).not.toMatch(/[/#? ]/);
      expect(parseRoute(hash)).toEqual({ section: 'records', path: [id] });
    }
  });

  it('keeps a malformed escape as written rather than failing', () => {
    expect(parseRoute('#/records/%E0%A4%A')).toEqual({ section: 'records', path: ['%E0%A4%A'] });
  });
});
