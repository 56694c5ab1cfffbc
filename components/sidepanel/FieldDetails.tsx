// An open field: what it asks (short, then more on demand), the page's own hints, why Formlotse
// thinks what it thinks, and whether it is filled.
import type { FieldExplanation } from '@/lib/explain/types';
import type { Classification } from '@/lib/fields/snapshot';
import { usePanel, useT } from './context';
import { confidenceMessage, explanationOf, kindOf, SOURCE_MESSAGE } from './explain';
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

function Explanation({ explanation }: { explanation: FieldExplanation | null }) {
  const t = useT();
  if (!explanation) return <p className="detail explanation-none">{t('explain_none')}</p>;
  const more: [string, string | null][] = [
    [t('explain_why'), explanation.why],
    [t('explain_where'), explanation.where],
    [t('explain_format'), explanation.format],
    [t('explain_example'), explanation.example],
    [t('explain_mistakes'), explanation.mistakes],
  ];
  return (
    <div className="detail explanation">
      <p className="explanation-what" data-testid="explanation">
        {explanation.what}
      </p>
      <details className="more">
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
    </div>
  );
}

function Recognition({ classification }: { classification: Classification | null }) {
  const t = useT();
  return (
    <div className="detail recognition" data-testid="recognition">
      <p className="detail-label">{t('recognition_label')}</p>
      <p>
        {kindOf(classification, t)}
        {classification?.key ? ` (${t(confidenceMessage(classification.confidence))})` : ''}
      </p>
      {classification && (
        <p className="recognition-why">
          {t(SOURCE_MESSAGE[classification.source])}
          {classification.reason && <span className="reason"> ({classification.reason})</span>}
        </p>
      )}
    </div>
  );
}

interface Props {
  id: string;
  entry: GuideEntry;
  portalId: string | null;
  pageUrl: string;
}

export function FieldDetails({ id, entry, portalId, pageUrl }: Props) {
  const { lang, help } = usePanel((s) => ({ lang: s.lang, help: s.context.help[entry.id] }));
  return (
    <div id={id} className="field-details">
      <Explanation explanation={explanationOf(entry.classification, portalId, lang)} />
      <AssistantAnswer label={entry.label} help={(help ?? []).map((h) => h.text)} portalId={portalId} fieldKey={entry.classification?.key ?? null} lang={lang} />
      <PageHelpList items={help ?? []} label={entry.label} pageUrl={pageUrl} lang={entry.field.lang} />
      <Recognition classification={entry.classification} />
      <FieldFill fieldId={entry.id} />
    </div>
  );
}
