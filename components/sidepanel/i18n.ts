// The panel's UI text: browser.i18n messages from public/_locales/<lang>/messages.json. The in-panel
// language switch loads the chosen language's file itself (browser.i18n only speaks the browser's
// language); "Einfache Sprache" is German with the simpler sentences of ./de-simple.json on top.
import { browser } from 'wxt/browser';
import type { PortalDefinition, ExplainLang } from '@/lib/portals/types';
import deSimple from './de-simple.json';

export type UiLang = ExplainLang;
export const UI_LANGS: readonly UiLang[] = ['de', 'en', 'fr', 'de-simple'];

/** Each language's name in itself (the switch lists them so), and its HTML lang tag. */
export const LANG_NAMES: Record<UiLang, { name: string; tag: string }> = {
  de: { name: 'Deutsch', tag: 'de' },
  en: { name: 'English', tag: 'en' },
  fr: { name: 'Français', tag: 'fr' },
  'de-simple': { name: 'Einfache Sprache', tag: 'de' },
};

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalog = Readonly<Record<string, MessageEntry>>;
/** Every message name; German is the default locale, so its file has them all (a unit test checks the others). */
export type MessageName = keyof typeof import('../../public/_locales/de/messages.json');
export type Translate = (name: MessageName, ...substitutions: string[]) => string;

/** chrome.i18n's message format: $name$ placeholders (whose content may use $1…$9), then $1…$9, then $$. */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[]): string {
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  return entry.message
    .replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => placeholders[name.toLowerCase()] ?? whole)
    .replace(/\$\$|\$([1-9])/g, (whole, n?: string) => (n === undefined ? '$' : (substitutions[Number(n) - 1] ?? '')));
}

export function translate(catalog: Catalog | null, name: MessageName, substitutions: readonly string[] = []): string {
  const entry = catalog?.[name];
  if (entry) return formatMessage(entry, substitutions);
  // Before the chosen catalog loaded: the browser's own language.
  return browser.i18n.getMessage(name as Parameters<typeof browser.i18n.getMessage>[0], [...substitutions]) || name;
}

export async function loadCatalog(lang: UiLang, fetchFile: (url: string) => Promise<Response> = (u) => fetch(u)): Promise<Catalog> {
  const base = lang === 'de-simple' ? 'de' : lang;
  const response = await fetchFile(browser.runtime.getURL(`/_locales/${base}/messages.json`));
  if (!response.ok) throw new Error(`messages for ${base}: HTTP ${response.status}`);
  const catalog = (await response.json()) as Catalog;
  return lang === 'de-simple' ? { ...catalog, ...(deSimple as Catalog) } : catalog;
}

/** German for German portals, French for French ones; elsewhere the browser's language if we have it. */
export function defaultLang(portal: Pick<PortalDefinition, 'country'> | null, browserLanguage: string): UiLang {
  if (portal) return portal.country === 'FR' ? 'fr' : 'de';
  const base = browserLanguage.toLowerCase().split(/[-_]/)[0];
  return base === 'en' || base === 'fr' || base === 'de' ? base : 'de';
}

export function isUiLang(value: unknown): value is UiLang {
  return typeof value === 'string' && (UI_LANGS as readonly string[]).includes(value);
}
