import { totpForm } from '@marketplace/validators';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { TextField } from '../form/Field.tsx';
import { FormProblem } from '../form/FormProblem.tsx';
import { type Form, useSchemaForm } from '../form/schema-form.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useTRPC } from '../trpc/context.ts';

/**
 * The QR code is markup made by our server; it is shown as an image (a data: URL), never inserted
 * into the page, so nothing in it can run or style the page.
 */
export function qrImageSource(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** Two-factor authentication: set up (QR code or secret, confirmed by a code), or turn off. */
export function TwoFactorSection({ enabled }: { enabled: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const setup = useMutation(trpc.auth.totp.setup.mutationOptions());
  const enable = useMutation(trpc.auth.totp.enable.mutationOptions());
  const disable = useMutation(trpc.auth.totp.disable.mutationOptions());
  const form = useSchemaForm(totpForm, { code: '' });
  const [notice, setNotice] = useState<'enabled' | 'disabled' | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const setupHeading = useRef<HTMLHeadingElement>(null);
  const secret = setup.data;

  useEffect(() => {
    if (secret) setupHeading.current?.focus();
  }, [secret]);

  const refreshMe = () => queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });

  const submit = form.submit(async ({ code }) => {
    try {
      if (enabled) {
        await disable.mutateAsync({ code });
        setNotice('disabled');
      } else {
        await enable.mutateAsync({ code });
        setup.reset();
        setNotice('enabled');
      }
      form.reset();
      await refreshMe();
    } catch (error) {
      form.fail(error);
      problemRef.current?.focus();
    }
  });

  const status = (
    <div role="status">
      {notice && (
        <p className="mk-notice mk-notice--success" data-testid="totp-notice">
          {notice === 'enabled' ? t('totp.enabled.notice') : t('totp.disabled.notice')}
        </p>
      )}
    </div>
  );

  const state = (
    <p className="mk-totp-state" data-testid="totp-state" data-enabled={enabled}>
      <span className={`mk-badge ${enabled ? 'mk-badge--success' : 'mk-badge--neutral'}`}>
        {enabled ? t('totp.state.on') : t('totp.state.off')}
      </span>
    </p>
  );

  if (enabled) {
    return (
      <div className="mk-stack">
        {status}
        {state}
        <form className="mk-form mk-form--narrow" noValidate onSubmit={submit} aria-busy={disable.isPending}>
          <p>{t('totp.disable.lead')}</p>
          <FormProblem ref={problemRef} problem={form.problem} />
          <CodeField form={form} />
          <button className="mk-button mk-button--secondary" type="submit" disabled={disable.isPending}>
            {t('totp.disable.submit')}
          </button>
        </form>
      </div>
    );
  }

  if (!secret) {
    return (
      <div className="mk-stack">
        {status}
        {state}
        <FormProblem
          problem={setup.error ? { code: null, message: setup.error.message, fieldErrors: {} } : null}
        />
        <p>
          <button
            className="mk-button mk-button--primary"
            type="button"
            onClick={() => {
              setNotice(null);
              setup.mutate();
            }}
            disabled={setup.isPending}
          >
            {t('totp.setup.start')}
          </button>
        </p>
      </div>
    );
  }

  return (
    <div className="mk-stack" data-testid="totp-setup">
      <h3 ref={setupHeading} tabIndex={-1}>
        {t('totp.setup.title')}
      </h3>
      <ol className="mk-steps-list">
        <li>{t('totp.setup.step1')}</li>
        <li>{t('totp.setup.step2')}</li>
        <li>{t('totp.setup.step3')}</li>
      </ol>
      <p className="mk-notice mk-notice--info">{t('totp.setup.advice')}</p>
      <img
        className="mk-qr"
        src={qrImageSource(secret.qrSvg)}
        alt={t('totp.setup.qrAlt')}
        width={200}
        height={200}
      />
      <details className="mk-details-toggle">
        <summary>{t('totp.setup.cannotScan')}</summary>
        <p>{t('totp.setup.manual')}</p>
        <code className="mk-secret" data-testid="totp-secret">
          {secret.secret}
        </code>
      </details>
      <form className="mk-form mk-form--narrow" noValidate onSubmit={submit} aria-busy={enable.isPending}>
        <FormProblem ref={problemRef} problem={form.problem} />
        <CodeField form={form} />
        <div className="mk-actions">
          <button className="mk-button mk-button--primary" type="submit" disabled={enable.isPending}>
            {t('totp.enable.submit')}
          </button>
          <button className="mk-button mk-button--secondary" type="button" onClick={() => setup.reset()}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}

function CodeField({ form }: { form: Form<{ code: string }> }) {
  const { t } = useI18n();
  return (
    <TextField
      form={form}
      name="code"
      label={t('signIn.totp.code')}
      inputMode="numeric"
      autoComplete="one-time-code"
      required
    />
  );
}
