// The page's own hints for a field, beside ours: sanitized page markup (./sanitize.ts) or text,
// marked as the page's words in the page's language.
import type { PageHelp } from '@/lib/detect/help';
import { useT } from './context';
import { sanitizePageHelp } from './sanitize';

interface Props {
  items: readonly PageHelp[];
  /** The field's label: a hint that only repeats it says nothing new. */
  label: string;
  pageUrl: string;
  lang?: string;
}

export function PageHelpList({ items, label, pageUrl, lang }: Props) {
  const t = useT();
  const shown = items.filter((h) => h.text !== label && `${h.text} *` !== label);
  if (shown.length === 0) return null;
  return (
    <div className="detail page-help" data-testid="page-help">
      <p className="detail-label">{t('page_help_label')}</p>
      <ul lang={lang || undefined}>
        {shown.map((h, i) =>
          h.html ? (
            // Page markup, hostile by default: only ever through DOMPurify with our allow-list.
            <li key={i} dangerouslySetInnerHTML={{ __html: sanitizePageHelp(h.html, pageUrl) }} />
          ) : (
            <li key={i}>{h.text}</li>
          ),
        )}
      </ul>
    </div>
  );
}
