import { useI18n } from '../i18n/I18nProvider.tsx';
import { CardPage } from '../pages/layout.tsx';
import { SignInForm } from './SignInForm.tsx';

/** The plain sign-in page; a portal may frame the same form its own way (the seller portal's pitch). */
export function SignInPage() {
  const { t } = useI18n();
  return (
    <CardPage title={t('signIn.title')} lead={t('signIn.lead')}>
      <SignInForm />
    </CardPage>
  );
}
