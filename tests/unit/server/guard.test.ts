// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createResultCache } from '../../../lib/server/cache';
import { allowedHostsFor, bearerToken, clientAddress, hostAllowed, hostName, isJsonContentType, matchToken, originKind } from '../../../lib/server/guard';
import { createLogThrottle, createRateLimiter } from '../../../lib/server/rate-limit';

describe('request guards', () => {
  it.each([
    ['127.0.0.1:8787', '127.0.0.1'],
    ['LOCALHOST', 'localhost'],
    ['[::1]:8787', '::1'],
    ['evil.example:80', 'evil.example'],
    ['a b', undefined],
    ['', undefined],
  ])('reads the host name of %j', (header, name) => {
    expect(hostName(header)).toBe(name);
  });

  it('allows loopback names and listed names only', () => {
    expect(hostAllowed('127.0.0.2:1', [])).toBe(true);
    expect(hostAllowed('localhost', [])).toBe(true);
    expect(hostAllowed(undefined, [])).toBe(false);
    expect(hostAllowed('attacker.example', [])).toBe(false);
    expect(hostAllowed('127.0.0.1.attacker.example', [])).toBe(false);
    expect(hostAllowed('Assay.Internal:443', ['assay.internal'])).toBe(true);
  });

  it('answers for the address it listens on, unless that is every interface', () => {
    expect(allowedHostsFor({ host: '192.0.2.10', allowedHosts: ['a.example'] })).toEqual(['a.example', '192.0.2.10']);
    expect(hostAllowed('192.0.2.10:8787', allowedHostsFor({ host: '192.0.2.10', allowedHosts: [] }))).toBe(true);
    expect(allowedHostsFor({ host: '0.0.0.0', allowedHosts: [] })).toEqual([]);
    expect(allowedHostsFor({ host: '::', allowedHosts: ['b.example'] })).toEqual(['b.example']);
  });

  it.each([
    [undefined, 'none'],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop', 'extension'],
    ['moz-extension://0b9c9a2e-6c1a-4a8e-9d6e-3f1f5f0c2b7a', 'extension'],
    ['https://example.com', 'web'],
    ['null', 'web'],
    ['chrome-extension://id.evil.example', 'web'],
  ])('tells where %j comes from: %s', (origin, kind) => {
    expect(originKind(origin)).toBe(kind);
  });

  it('accepts JSON with or without a charset, nothing else', () => {
    expect(isJsonContentType('application/json')).toBe(true);
    expect(isJsonContentType('Application/JSON; charset=utf-8')).toBe(true);
    expect(isJsonContentType('text/plain')).toBe(false);
    expect(isJsonContentType('application/jsonx')).toBe(false);
    expect(isJsonContentType(undefined)).toBe(false);
  });

  it('matches tokens exactly, whatever their length, and says which', () => {
    const tokens = ['first-token-0123456789', 'second-token-0123456789'];
    expect(matchToken('second-token-0123456789', tokens)).toBe(1);
    expect(matchToken('second-token-012345678', tokens)).toBe(-1);
    expect(matchToken('second-token-01234567890', tokens)).toBe(-1);
    expect(matchToken('', tokens)).toBe(-1);
    expect(matchToken('first-token-0123456789', [])).toBe(-1);
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeUndefined();
  });

  it('takes the client from the socket unless a proxy is trusted, then from the proxy’s own entry', () => {
    expect(clientAddress('127.0.0.1', '9.9.9.9', false)).toBe('127.0.0.1');
    expect(clientAddress('10.0.0.1', '9.9.9.9, 203.0.113.7', true)).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.1', undefined, true)).toBe('10.0.0.1');
  });
});

describe('the result cache', () => {
  it('stays within its byte budget, dropping the least recently used', () => {
    const cache = createResultCache(1_000, 100);
    for (let i = 0; i < 10; i++) cache.set(`k${i}`, 'x'.repeat(198));
    expect(cache.bytes).toBeLessThanOrEqual(1_000);
    expect(cache.size).toBe(5);
    expect(cache.get('k4')).toBeUndefined();
    expect(cache.get('k5')).toBeDefined();
    cache.set('k10', 'y'.repeat(198)); // k5 was just used: k6 goes
    expect(cache.get('k5')).toBeDefined();
    expect(cache.get('k6')).toBeUndefined();
  });

  it('counts bytes, not characters, and keeps nothing larger than the budget', () => {
    const cache = createResultCache(1_000, 100);
    cache.set('small', 'ok');
    cache.set('wide', '語'.repeat(400)); // 1,200 bytes in UTF-8
    expect(cache.get('wide')).toBeUndefined();
    expect(cache.get('small')).toBe('ok');
    expect(cache.bytes).toBe('small'.length + 2);
  });

  it('is bounded by entries too, and can be turned off', () => {
    const cache = createResultCache(1_000_000, 2);
    cache.set('a', '1');
    cache.set('b', '2');
    cache.set('c', '3');
    expect([cache.get('a'), cache.size]).toEqual([undefined, 2]);
    const off = createResultCache(1_000_000, 0);
    off.set('a', '1');
    expect(off.size).toBe(0);
  });
});

describe('rate limits and log throttling', () => {
  it('refills continuously and can be asked without spending', () => {
    let t = 0;
    const limit = createRateLimiter(2, () => t);
    expect(limit.waitFor('c')).toBe(0);
    expect([limit.take('c').ok, limit.take('c').ok, limit.take('c').ok]).toEqual([true, true, false]);
    expect(limit.waitFor('c')).toBe(30);
    t += 30_000;
    expect(limit.waitFor('c')).toBe(0);
    expect(limit.take('c').ok).toBe(true);
  });

  it('logs a key at most once an interval, then says how many it left out', () => {
    let t = 0;
    const throttle = createLogThrottle(60_000, () => t);
    expect(throttle('a')).toEqual({ log: true, suppressed: 0 });
    for (let i = 0; i < 99; i++) expect(throttle('a')).toEqual({ log: false });
    expect(throttle('b')).toEqual({ log: true, suppressed: 0 });
    t += 60_000;
    expect(throttle('a')).toEqual({ log: true, suppressed: 99 });
  });
});
