// The panel's language: the UI messages and the explanations follow it.
import type { Catalog, UiLang } from '../i18n';
import type { PanelSlice } from '../store';

export interface LangSlice {
  lang: UiLang;
  /** True once the user picked a language (kept across portals); otherwise the portal decides. */
  langChosen: boolean;
  /** The chosen language's messages, loaded from the extension's _locales; null until loaded. */
  catalog: Catalog | null;
  setLang(lang: UiLang, catalog: Catalog | null, chosen: boolean): void;
}

export const createLangSlice: PanelSlice<LangSlice> = (set) => ({
  lang: 'de',
  langChosen: false,
  catalog: null,
  setLang: (lang, catalog, langChosen) => set({ lang, catalog, langChosen }),
});
