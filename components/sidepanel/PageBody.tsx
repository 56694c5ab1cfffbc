// The panel's body for each state of the page: every empty state says what to do next.
import type { ReactNode } from 'react';
import { AnalyseSite } from './AnalyseSite';
import { usePanel, useT } from './context';
import { FieldGuide } from './FieldGuide';
import { FillPreview } from '@/components/fill/FillPreview';
import { VaultNotice } from './VaultNotice';

function EmptyState({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <section className="empty-state" aria-labelledby="empty-heading" data-testid={testId}>
      <h2 id="empty-heading">{title}</h2>
      {children}
    </section>
  );
}

/** The page's state first, then what the vault's state means (beside a form, the fill preview says it). */
export function PageBody() {
  const page = usePanel((s) => s.page);
  if (page.status === 'ready' && page.report.fields.length > 0) {
    return (
      <>
        <FillPreview report={page.report} />
        <FieldGuide report={page.report} />
      </>
    );
  }
  return (
    <>
      <PageState />
      <VaultNotice />
    </>
  );
}

function PageState() {
  const t = useT();
  const page = usePanel((s) => s.page);
  switch (page.status) {
    case 'loading':
      return (
        <p role="status" className="loading">
          {t('page_loading')}
        </p>
      );
    case 'no-tab':
    case 'restricted':
      return (
        <EmptyState title={t('restricted_title')} testId="empty-restricted">
          <p>{t('restricted_text')}</p>
        </EmptyState>
      );
    case 'not-responding':
      return (
        <EmptyState title={t('not_responding_title')} testId="empty-not-responding">
          <p>{t('not_responding_text')}</p>
        </EmptyState>
      );
    case 'unknown-site':
      return <AnalyseSite origin={page.origin} />;
    case 'ready':
      if (page.report.fields.length === 0) {
        return (
          <EmptyState title={t('no_form_title')} testId="empty-no-form">
            <p>{t('no_form_text')}</p>
          </EmptyState>
        );
      }
      return (
        <>
          <FillPreview report={page.report} />
          <FieldGuide report={page.report} />
        </>
      );
  }
}
