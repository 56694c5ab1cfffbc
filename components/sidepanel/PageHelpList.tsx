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

function HelpText({ help, pageUrl, as: Tag, lang }: { help: PageHelp; pageUrl: string; as: 'p' | 'li'; lang?: string | undefined }) {
  // Page markup, hostile by default: only ever through DOMPurify with our allow-list; else as text.
  if (help.html) return <Tag lang={lang || undefined} dangerouslySetInnerHTML={{ __html: sanitizePageHelp(help.html, pageUrl) }} />;
  return <Tag lang={lang || undefined}>{help.text}</Tag>;
}

export function PageHelpList({ items, label, pageUrl, lang }: Props) {
  const t = useT();
  const shown = items.filter((h) => h.text !== label && `${h.text} *` !== label);
  if (shown.length === 0) return null;
  return (
    <div className="detail page-help" data-testid="page-help">
      <p className="detail-label">{t('page_help_label')}</p>
      {shown.length === 1 ? (
        <HelpText help={shown[0]!} pageUrl={pageUrl} as="p" lang={lang} />
      ) : (
        <ul lang={lang || undefined}>
          {shown.map((h, i) => (
            <HelpText key={i} help={h} pageUrl={pageUrl} as="li" />
          ))}
        </ul>
      )}
    </div>
  );
}
