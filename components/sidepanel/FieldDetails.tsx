// An open field: what it asks (short first), the page's own hint, the details on demand, why
// Formlotse thinks what it thinks, and whether it is filled.
import type { FieldExplanation } from '@/lib/explain/types';
import { usePanel, useT } from './context';
import { confidenceMessage, evidenceOf, explanationOf, kindOf } from './explain';
import { FieldFill } from './FieldFill';
import type { GuideEntry } from './guide';
import { PageHelpList } from './PageHelpList';
import { AssistantAnswer } from '@/components/assistant/AssistantAnswer';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

function ExplanationMore({ explanation }: { explanation: FieldExplanation }) {
  const t = useT();
  const more: [string, string | null][] = [
    [t('explain_why'), explanation.why],
    [t('explain_where'), explanation.where],
    [t('explain_format'), explanation.format],
    [t('explain_example'), explanation.example],
    [t('explain_mistakes'), explanation.mistakes],
  ];
  return (
    <details className="detail more">
      <summary>{t('explain_more')}</summary>
      <dl>
        {more
          .filter((pair): pair is [string, string] => Boolean(pair[1]))
          .map(([term, text]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{text}</dd>
            </div>
          ))}
      </dl>
      <p className="source">
        <a href={explanation.source} target="_blank" rel="noopener noreferrer">
          {t('explain_source', hostOf(explanation.source))}
        </a>
      </p>
    </details>
  );
}

function Recognition({ entry }: { entry: GuideEntry }) {
  const t = useT();
  const c = entry.classification;
  const why = c ? evidenceOf(c, entry.field, entry.label, t) : null;
  return (
    <div className="detail recognition" data-testid="recognition">
      <p className="detail-label">{t('recognition_label')}</p>
      <p>
        {kindOf(c, t)}
        {c?.key ? ` (${t(confidenceMessage(c.confidence))})` : ''}
      </p>
      {why && <p className="recognition-why">{why.sentence}</p>}
      {why?.evidence && <p className="recognition-why">{why.evidence}</p>}
      {c?.reason && (
        <details className="technical">
          <summary>{t('technical_reason')}</summary>
          <p lang="en">{c.reason}</p>
        </details>
      )}
    </div>
  );
}

interface Props {
  id: string;
  entry: GuideEntry;
  portalId: string | null;
  pageUrl: string;
  offScreen?: boolean;
}

export function FieldDetails({ id, entry, portalId, pageUrl, offScreen = false }: Props) {
  const t = useT();
  const { lang, help } = usePanel((s) => ({ lang: s.lang, help: s.context.help[entry.id] }));
  const explanation = explanationOf(entry.classification, portalId, lang);
  return (
    <div id={id} className="field-details">
      {offScreen && <p className="detail off-screen">{t('field_off_screen')}</p>}
      <p className="detail explanation-what" data-testid="explanation">
        {explanation ? explanation.what : t('explain_none')}
      </p>
      <AssistantAnswer label={entry.label} help={(help ?? []).map((h) => h.text)} portalId={portalId} fieldKey={entry.classification?.key ?? null} lang={lang} />
      <PageHelpList items={help ?? []} label={entry.label} pageUrl={pageUrl} lang={entry.field.lang} />
      {explanation && <ExplanationMore explanation={explanation} />}
      <Recognition entry={entry} />
      <FieldFill fieldId={entry.id} />
    </div>
  );
}
