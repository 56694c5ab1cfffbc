// The assistant's settings: off by default and after anything unexpected; which proxy addresses are
// accepted; the permission pattern and endpoint derived from them.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { assistantSettings, checkProxyUrl, explainUrlOf, parseSettings, permissionPatternOf, readSettings } from '@/lib/assistant/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('are off by default, with no proxy', async () => {
    expect(await readSettings()).toEqual({ enabled: false, proxyUrl: '' });
  });

  it('are kept in storage.local, never storage.sync, and hold only enabled, URL and token', async () => {
    await assistantSettings.setValue({ enabled: true, proxyUrl: 'https://ki.example.de/', token: 'abc' });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    const local = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(local)).toEqual(['assistant-settings']);
    expect(Object.keys(local['assistant-settings'] as object).sort()).toEqual(['enabled', 'proxyUrl', 'token']);
    expect(await readSettings()).toEqual({ enabled: true, proxyUrl: 'https://ki.example.de/', token: 'abc' });
  });

  it.each([
    ['a damaged value', 'yes'],
    ['enabled without a usable URL', { enabled: true, proxyUrl: 'http://ki.example.de' }],
    ['enabled as a string', { enabled: 'true', proxyUrl: 'https://ki.example.de' }],
  ])('read %s as off', (_name, stored) => {
    expect(parseSettings(stored).enabled).toBe(false);
  });
});

describe('proxy URL', () => {
  it.each([
    ['https://ki.example.de', true],
    ['https://ki.example.de:8443/assist/', true],
    ['http://127.0.0.1:8787', true],
    ['http://localhost:8787', true],
    ['http://[::1]:8787', true],
    ['http://ki.example.de', 'insecure'],
    ['http://127.0.0.2:8787', 'insecure'],
    ['ftp://ki.example.de', 'invalid'],
    ['javascript:alert(1)', 'invalid'],
    ['ki.example.de', 'invalid'],
    ['', 'empty'],
    ['https://user:pw@ki.example.de', 'credentials'],
    ['https://ki.example.de/?key=1', 'query'],
  ])('%s → %s', (url, expected) => {
    const checked = checkProxyUrl(url);
    expect(checked.ok ? true : checked.problem).toBe(expected);
  });

  it('asks for the host on any port (Firefox patterns cannot name a port) and posts to /v1/explain under the base', () => {
    const url = new URL('https://ki.example.de:8443/assist');
    expect(permissionPatternOf(url)).toBe('https://ki.example.de/*');
    expect(explainUrlOf(url).href).toBe('https://ki.example.de:8443/assist/v1/explain');
    expect(explainUrlOf(new URL('http://127.0.0.1:8787')).href).toBe('http://127.0.0.1:8787/v1/explain');
  });
});
