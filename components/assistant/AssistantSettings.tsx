// The options page's assistant section: what is sent and what never is, the proxy's address and
// token, and the switch. Switching on asks the browser for the proxy's origin as an optional host
// permission, from the click itself (permissions.request needs the user's gesture); if the user
// declines, the assistant stays off. Switching off turns it off first, then gives the permission back.
import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import {
  assistantSettings,
  checkProxyUrl,
  permissionPatternOf,
  readSettings,
  watchSettings,
  type AssistantSettings as Settings,
  type ProxyUrlProblem,
} from '@/lib/assistant/settings';
import { ASSISTANT_TEXTS, type AssistantUiLang } from './i18n';
import './assistant.css';

type Notice = { kind: 'denied' | 'missing'; origin: string } | null;

interface TextFieldProps {
  id: string;
  name: string;
  type: 'url' | 'password';
  label: string;
  hint: string;
  problem: string | null;
  value: string;
  disabled: boolean;
  onChange: (value: string) => void;
}

/** A labelled input with its hint and, when wrong, the sentence saying why (WCAG 3.3.1, 3.3.2). */
function TextField({ id, name, type, label, hint, problem, value, disabled, onChange }: TextFieldProps) {
  return (
    <div className="assistant-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        inputMode={type === 'url' ? 'url' : undefined}
        autoComplete="off"
        spellCheck={false}
        value={value}
        disabled={disabled}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-hint ${id}-problem` : `${id}-hint`}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={`${id}-hint`} className="assistant-hint">{hint}</p>
      {problem && <p id={`${id}-problem`} className="assistant-problem">{problem}</p>}
    </div>
  );
}

function originOf(url: string): string {
  const checked = checkProxyUrl(url);
  return checked.ok ? checked.url.origin : url;
}

export function AssistantSettings({ lang }: { lang: AssistantUiLang }) {
  const t = ASSISTANT_TEXTS[lang];
  const ids = { url: useId(), token: useId(), switch: useId() };
  const [settings, setSettings] = useState<Settings | null>(null);
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<ProxyUrlProblem | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void readSettings().then(async (loaded) => {
      if (!live) return;
      setSettings(loaded);
      setUrl(loaded.proxyUrl);
      setToken(loaded.token ?? '');
      const checked = checkProxyUrl(loaded.proxyUrl);
      if (loaded.enabled && checked.ok) {
        const granted = await browser.permissions.contains({ origins: [permissionPatternOf(checked.url)] }).catch(() => false);
        if (live && !granted) setNotice({ kind: 'missing', origin: checked.url.origin });
      }
    });
    const unwatch = watchSettings(setSettings);
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  /** Runs inside the click: the permission request must be the first thing it does. */
  function switchOn() {
    const checked = checkProxyUrl(url);
    if (!checked.ok) {
      setProblem(checked.problem);
      return;
    }
    setProblem(null);
    setNotice(null);
    setBusy(true);
    const next: Settings = { enabled: true, proxyUrl: checked.url.href, ...(token.trim() ? { token: token.trim() } : {}) };
    browser.permissions
      .request({ origins: [permissionPatternOf(checked.url)] })
      .catch(() => false)
      .then(async (granted) => {
        if (!granted) return setNotice({ kind: 'denied', origin: checked.url.origin });
        await assistantSettings.setValue(next);
        setSettings(next);
        setUrl(next.proxyUrl);
      })
      .finally(() => setBusy(false));
  }

  async function switchOff() {
    if (!settings) return;
    setBusy(true);
    setNotice(null);
    const off: Settings = { ...settings, enabled: false };
    await assistantSettings.setValue(off); // off first: nothing can be sent from here on
    setSettings(off);
    const checked = checkProxyUrl(settings.proxyUrl);
    if (checked.ok) await browser.permissions.remove({ origins: [permissionPatternOf(checked.url)] }).catch(() => false);
    setBusy(false);
  }

  const enabled = settings?.enabled ?? false;
  return (
    <section className="assistant-settings" aria-labelledby="assistant-heading" data-testid="assistant-settings">
      <h2 id="assistant-heading">{t.title}</h2>
      <p>{t.intro}</p>
      <div className="assistant-consent" data-testid="assistant-consent">
        <p>{t.consentSentHeading}</p>
        <ul>{t.consentSent.map((item) => <li key={item}>{item}</li>)}</ul>
        <p>{t.consentNeverHeading}</p>
        <ul>{t.consentNever.map((item) => <li key={item}>{item}</li>)}</ul>
        <p>{t.consentHow}</p>
      </div>
      <TextField
        id={ids.url}
        name="assistant-proxy-url"
        type="url"
        label={t.proxyUrl}
        hint={t.proxyUrlHint}
        problem={problem ? t.urlProblems[problem] : null}
        value={url}
        disabled={enabled || busy}
        onChange={(value) => {
          setUrl(value);
          setProblem(null);
        }}
      />
      <TextField id={ids.token} name="assistant-token" type="password" label={t.token} hint={t.tokenHint} problem={null} value={token} disabled={enabled || busy} onChange={setToken} />
      <div className="assistant-switch">
        <input
          id={ids.switch}
          name="assistant-enabled"
          type="checkbox"
          role="switch"
          checked={enabled}
          disabled={busy || settings === null}
          onChange={(e) => (e.target.checked ? switchOn() : void switchOff())}
        />
        <label htmlFor={ids.switch}>{t.switchLabel}</label>
      </div>
      <p className="assistant-state" role="status" data-testid="assistant-state">
        {busy ? t.working : enabled ? t.stateOn.replace('{origin}', originOf(settings?.proxyUrl ?? '')) : t.stateOff}
      </p>
      {enabled && <p className="assistant-hint">{t.lockedWhileOn}</p>}
      {notice && (
        <p className="assistant-notice-error" role="alert" data-testid="assistant-notice">
          {(notice.kind === 'denied' ? t.denied : t.permissionMissing).replace('{origin}', notice.origin)}
        </p>
      )}
    </section>
  );
}
