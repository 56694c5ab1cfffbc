// Known portal or not (components/sidepanel/trust.ts): exact https origins only.
import { describe, expect, it } from 'vitest';
import { originPattern, trustOf } from '@/components/sidepanel/trust';

describe('trustOf', () => {
  it('knows a portal by its exact https origin, on any of its paths', () => {
    const t = trustOf('https://videx.diplo.de/videx/hilfe');
    expect(t.kind === 'known' && t.portal.id).toBe('de-videx');
  });
  it.each([
    ['http://videx.diplo.de/videx/', 'http://videx.diplo.de'],
    ['https://videx.diplo.de.evil.example/videx/', 'https://videx.diplo.de.evil.example'],
    ['https://videx-diplo.de/videx/', 'https://videx-diplo.de'],
    ['https://videx.diplo.de:8443/videx/', 'https://videx.diplo.de:8443'],
    ['https://user:pw@videx.diplo.de/videx/', 'https://videx.diplo.de'],
  ])('calls %s an unknown site (%s)', (url, origin) => {
    expect(trustOf(url)).toEqual({ kind: 'unknown', origin });
  });
  it('has nothing to say about browser pages and files', () => {
    for (const url of ['chrome://newtab/', 'about:blank', 'file:///tmp/a.html', null, 'not a url']) expect(trustOf(url)).toEqual({ kind: 'none' });
  });
});

describe('originPattern', () => {
  it('asks for exactly one origin', () => {
    expect(originPattern('https://www.example.org/a/b?c#d')).toBe('https://www.example.org/*');
    expect(originPattern('http://localhost:8080/x')).toBe('http://localhost:8080/*');
    expect(originPattern('chrome://settings')).toBeNull();
  });
});
