// The top of the panel: who we are, where the citizen is (known portal or not), language, vault.
import { usePanel, usePanelStore, useT } from './context';
import { LANG_NAMES, UI_LANGS, isUiLang } from './i18n';
import { setLanguage } from './actions';
import { trustOf } from './trust';
import { Icon } from './Icon';
import { VaultStatus } from './VaultStatus';

function TrustLine() {
  const t = useT();
  const { tabUrl, lang } = usePanel((s) => ({ tabUrl: s.tabUrl, lang: s.lang }));
  const trust = trustOf(tabUrl);
  if (trust.kind === 'none') return null;
  const known = trust.kind === 'known';
  return (
    <p className={known ? 'trust trust-known' : 'trust trust-unknown'} data-testid="trust" data-trust={trust.kind}>
      <span className="trust-icon">
        <Icon name={known ? 'check' : 'alert'} />
      </span>
      {known ? (
        <span>
          {t('trust_known')} <strong>{trust.portal.name[lang === 'de-simple' ? 'de' : lang]}</strong>
          <span className="trust-origin">{trust.origin.replace(/^https:\/\//, '')}</span>
        </span>
      ) : (
        <span>
          {t('trust_unknown')} <strong>{trust.origin}</strong>
        </span>
      )}
    </p>
  );
}

function LanguageSwitch() {
  const t = useT();
  const store = usePanelStore();
  const lang = usePanel((s) => s.lang);
  return (
    <div className="lang-switch">
      <label htmlFor="panel-language">
        <Icon name="globe" /> {t('language_label')}
      </label>
      <select
        id="panel-language"
        value={lang}
        onChange={(event) => {
          if (isUiLang(event.target.value)) void setLanguage(store, event.target.value, true);
        }}
      >
        {UI_LANGS.map((code) => (
          <option key={code} value={code} lang={LANG_NAMES[code].tag}>
            {LANG_NAMES[code].name}
          </option>
        ))}
      </select>
    </div>
  );
}

export function PanelHeader() {
  return (
    <header className="panel-header">
      <div className="header-row">
        <h1>Formlotse</h1>
        <LanguageSwitch />
      </div>
      <TrustLine />
      <VaultStatus />
    </header>
  );
}
