import { Link } from '@tanstack/react-router';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { CardPage } from './layout.tsx';

/** A page that only says something: not found, not allowed, could not load. */
export function MessagePage({ title, body, testId }: { title: string; body: string; testId: string }) {
  const { t } = useI18n();
  return (
    <CardPage title={title}>
      <div data-testid={testId} className="mk-message-page">
        <p>{body}</p>
        <p>
          <Link className="mk-button mk-button--primary" to="/">
            {t('common.backHome')}
          </Link>
        </p>
      </div>
    </CardPage>
  );
}

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <MessagePage testId="not-found" title={t('common.notFound.title')} body={t('common.notFound.body')} />
  );
}
