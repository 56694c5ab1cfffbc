// "Ask AI about this field", beside our offline explanation in the side panel. Shown only when the
// user switched the assistant on. The answer streams into a polite live region, marked as the AI's,
// and is rendered as React text only (no markup is ever interpreted: the model's text stays text).
import { useEffect, useRef, useState } from 'react';
import { askExplain, explainBody, type AssistantLang, type ExplainQuestion } from '@/lib/assistant/client';
import { failureMessage } from '@/lib/assistant/failures';
import { readSettings, watchSettings, type AssistantSettings } from '@/lib/assistant/settings';
import { ASSISTANT_TEXTS, uiLangOf } from './i18n';
import { ownValuesReader, type ReadOwnValues } from './own-values';
import './assistant.css';

type Phase = 'idle' | 'preparing' | 'streaming' | 'done' | 'stopped' | 'failed';

export interface AssistantAnswerDeps {
  ask?: typeof askExplain;
  readOwnValues?: ReadOwnValues;
}

interface Props {
  label: string;
  /** The page's own help texts for the field (plain text). */
  help: readonly string[];
  portalId: string | null;
  fieldKey?: string | null;
  /** The panel's language (de, en, fr or de-simple): the answer's language and our texts'. */
  lang: string;
  deps?: AssistantAnswerDeps;
}

/** The settings, kept current when the options page switches the assistant; null until read. */
function useAssistantSettings(): AssistantSettings | null {
  const [settings, setSettings] = useState<AssistantSettings | null>(null);
  useEffect(() => {
    let live = true;
    void readSettings().then((s) => live && setSettings(s));
    const unwatch = watchSettings(setSettings);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}

/** Help texts without empties, repeats, or mere repeats of the label (as PageHelpList shows them). */
function helpText(label: string, help: readonly string[]): string {
  const kept = [...new Set(help.map((h) => h.trim()))].filter((h) => h !== '' && h !== label && h !== `${label} *`);
  return kept.join('\n');
}

export function AssistantAnswer({ label, help, portalId, fieldKey = null, lang, deps }: Props) {
  const settings = useAssistantSettings();
  const t = ASSISTANT_TEXTS[uiLangOf(lang)];
  const [phase, setPhase] = useState<Phase>('idle');
  const [answer, setAnswer] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [sent, setSent] = useState<ReturnType<typeof explainBody> | null>(null);
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []); // the field closed: stop asking

  if (!settings?.enabled) return null;
  const active = settings;

  async function ask() {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setPhase('preparing');
    setAnswer('');
    setNotice(null);
    const own = await (deps?.readOwnValues ?? ownValuesReader())().catch(() => ({ kind: 'unavailable' as const }));
    if (controller.signal.aborted) return;
    if (own.kind !== 'ready') {
      setPhase('failed');
      setNotice(own.kind === 'locked' ? t.vaultLocked : t.vaultUnavailable);
      return;
    }
    const question: ExplainQuestion = { label, help: helpText(label, help), portalId, lang: lang as AssistantLang, fieldKey };
    setSent(explainBody(question, own.values));
    setPhase('streaming');
    for await (const event of (deps?.ask ?? askExplain)(question, own.values, active, controller.signal)) {
      if (event.kind === 'text') setAnswer((previous) => previous + event.text);
      else if (event.kind === 'done') setPhase('done');
      else if (event.kind === 'stopped') setPhase('stopped');
      else {
        setPhase('failed');
        setNotice(failureMessage(event.failure, uiLangOf(lang)));
      }
    }
    if (running.current === controller) running.current = null;
  }

  const busy = phase === 'preparing' || phase === 'streaming';
  const langTag = lang === 'de-simple' ? 'de' : lang;
  return (
    <div className="detail assistant" data-testid="assistant">
      {busy ? (
        <button type="button" className="assistant-stop" onClick={() => running.current?.abort()}>
          {t.stop}
        </button>
      ) : phase !== 'done' ? (
        <button type="button" className="assistant-ask" onClick={() => void ask()}>
          {phase === 'idle' ? t.ask : t.askAgain}
        </button>
      ) : null}
      <div className="assistant-live" aria-live="polite" aria-busy={busy} data-testid="assistant-answer">
        {(answer !== '' || phase === 'streaming') && (
          <div className="assistant-reply">
            <p className="assistant-mark">
              <span className="badge badge-ai">{t.aiMark}</span> <span className="assistant-caveat">{t.aiCaveat}</span>
            </p>
            {answer === '' ? (
              <p className="assistant-waiting">{t.answering}</p>
            ) : (
              // React text: whatever the model writes, nothing in it is parsed as markup.
              <p className="assistant-text" lang={langTag} data-testid="assistant-text">
                {answer}
              </p>
            )}
          </div>
        )}
        {phase === 'stopped' && <p className="assistant-stopped">{t.stopped}</p>}
        {phase === 'failed' && notice && (
          <p className="assistant-error" data-testid="assistant-error">
            {notice}
          </p>
        )}
      </div>
      {sent && (
        <details className="assistant-sent">
          <summary>{t.sentHeading}</summary>
          <dl>
            {[sent.fieldLabel, sent.helpText || '–', sent.portalId, sent.language].map((value, i) => (
              <div key={t.sentTerms[i]}>
                <dt>{t.sentTerms[i]}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </div>
  );
}
