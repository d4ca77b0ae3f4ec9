import { countsLicences, type OfferType, type Region } from '@marketplace/domain';
import {
  apiProblem,
  ContentPage,
  FieldErrorList,
  FormProblem,
  Link,
  Loading,
  type Me,
  MessagePage,
  nextCursor,
  pagedItems,
  RequireAccount,
  Section,
  ShowMore,
  useI18n,
  useSchemaForm,
  useTRPC,
} from '@marketplace/ui';
import { type SubscribeFormValues, subscribeForm } from '@marketplace/validators';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useRef } from 'react';
import type { z } from 'zod';
import { licenceLink, type ProductPage } from '../buying/api.ts';
import { EstimateFields } from '../product/EstimateFields.tsx';
import { EstimateOutcome } from '../product/EstimatePanel.tsx';
import { initialChoice } from '../product/estimate-choice.ts';
import { OfferTerms } from '../product/OfferTerms.tsx';
import { RegionSelect } from '../product/RegionSelect.tsx';
import { useEstimate } from '../product/useEstimate.ts';
import { DuplicateNotice } from './DuplicateNotice.tsx';

export function SubscribePage({ id }: { id: string }) {
  return <RequireAccount audience="member">{(me) => <Subscribe id={id} me={me} />}</RequireAccount>;
}

function Subscribe({ id, me }: { id: string; me: Me }) {
  const { t, language } = useI18n();
  const trpc = useTRPC();
  const product = useQuery({ ...trpc.catalog.product.queryOptions({ id, language }), retry: false });
  if (product.isError) {
    return (
      <MessagePage
        testId="product-not-found"
        title={t('buy.product.notFound.title')}
        body={product.error.message}
      />
    );
  }
  if (!product.data) return <Loading />;
  const organization = me.organization;
  if (!organization?.types.includes('buyer') || !me.account.roles.includes('user')) {
    return (
      <MessagePage
        testId="not-allowed"
        title={t('buy.subscribe.notBuyer.title')}
        body={t('buy.subscribe.notBuyer.body')}
      />
    );
  }
  if (organization.state !== 'validated') {
    return (
      <MessagePage
        testId="not-validated"
        title={t('buy.subscribe.pending.title')}
        body={t('buy.subscribe.pending.body')}
      />
    );
  }
  return <SubscribeForm product={product.data} />;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Regions where the product has an OMI to share now. */
const regionsOf = (product: ProductPage): Region[] =>
  product.regions.filter((r) => product.versions.some((v) => v.regions.includes(r)));

function SubscribeForm({ product }: { product: ProductPage }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const regions = regionsOf(product);
  const licence = product.licence;
  // The procedure's own rules (`subscriptionsCreateInput`), field by field, worded by the error map.
  const schema = useMemo(() => subscribeForm({ licence: Boolean(licence) }), [licence]);
  const form = useSchemaForm(schema as unknown as z.ZodType<z.output<typeof schema>, SubscribeFormValues>, {
    ...initialChoice(product),
    region: regions[0] ?? 'cloudgouv-eu-west-1',
    outscaleAccountIds: [],
    startDate: today(),
    reserve: true,
    licenceAccepted: false,
  } satisfies SubscribeFormValues);
  const problemRef = useRef<HTMLDivElement>(null);
  const values = form.values;
  const accounts = values.outscaleAccountIds;
  const offer = product.offers.find((o) => o.id === values.offerId);
  // A page of accounts at a time: an organization with many linked accounts shows more on demand.
  const available = useInfiniteQuery(
    trpc.subscriptions.accounts.infiniteQueryOptions(
      { region: values.region },
      { getNextPageParam: nextCursor },
    ),
  );
  const availableAccounts = pagedItems(available.data);
  const estimate = useEstimate(product, values);
  const create = useMutation(trpc.subscriptions.create.mutationOptions());
  const licenceHref = licence ? licenceLink(licence) : null;
  const scheduled = offer?.type === 'subscription';

  const onSubmit = form.submit(async ({ startDate, ...output }) => {
    try {
      const { id: subscriptionId } = await create.mutateAsync({
        productId: product.id,
        ...output,
        ...(scheduled && startDate ? { startDate } : {}),
        // The version shown: if the agreement changed meanwhile, the server refuses (CONFLICT).
        ...(product.licenceVersion ? { licenceVersion: product.licenceVersion } : {}),
      });
      await queryClient.invalidateQueries(trpc.subscriptions.list.pathFilter());
      await navigate({ to: '/subscriptions', search: { created: subscriptionId } });
    } catch (error) {
      form.fail(error, RESERVATION_FIELDS);
      problemRef.current?.focus();
      if (apiProblem(error).code === 'CONFLICT' && product.licence) {
        // Perhaps a newer agreement: shown to be read and accepted again.
        form.setValue('licenceAccepted', false);
        await queryClient.invalidateQueries(trpc.catalog.product.pathFilter());
      }
    }
  });

  const offerTypeNote = (type: OfferType | undefined) =>
    type === 'hourly' || type === 'subscription'
      ? t(`buy.subscribe.sharing.${type}`)
      : t('buy.subscribe.sharing.public');

  const chooseOffer = (o: ProductPage['offers'][number]) => {
    const commitment = o.type === 'hourly' ? values.commitment : 'on_demand';
    form.setValue('offerId', o.id);
    form.setValue('commitment', commitment);
    if (!countsLicences(o.type, commitment)) form.setValue('licences', '');
  };
  const accountsField = 'outscaleAccountIds';
  const accountErrors = form.errorsOf(accountsField);
  const licenceField = form.field('licenceAccepted');
  const reserveField = form.field('reserve');

  return (
    <ContentPage title={t('buy.subscribe.title', { product: product.name })} lead={t('buy.subscribe.lead')}>
      <form className="mk-form bp-subscribe" onSubmit={onSubmit} noValidate data-testid="subscribe-form">
        <FormProblem ref={problemRef} problem={form.problem} />
        <DuplicateNotice
          {...{ accounts, problem: form.problem, productId: product.id, offerId: values.offerId }}
          region={values.region}
          startsOn={scheduled ? values.startDate : today()}
        />
        <Section title={t('buy.subscribe.offer')}>
          <fieldset className="mk-fieldset">
            <legend className="mk-visually-hidden">{t('buy.subscribe.offer')}</legend>
            {product.offers.map((o) => (
              <label key={o.id} className="mk-choice bp-offer-choice">
                <input
                  type="radio"
                  name={form.idOf('offerId')}
                  checked={values.offerId === o.id}
                  onChange={() => chooseOffer(o)}
                />
                <span>
                  <strong>{o.title || t(`buy.offerType.${o.type}`)}</strong>
                  <OfferTerms offer={o} />
                </span>
              </label>
            ))}
          </fieldset>
          <p className="mk-muted">{offerTypeNote(offer?.type)}</p>
        </Section>

        <Section title={t('buy.subscribe.where')}>
          <RegionSelect
            id={form.idOf('region')}
            regions={regions}
            value={values.region}
            onChange={(region) => {
              form.setValue('region', region);
              form.setValue('outscaleAccountIds', []);
            }}
            after={<FieldErrorList id={form.errorIdOf('region')} errors={form.errorsOf('region')} />}
          />
          <fieldset
            className="mk-fieldset"
            aria-describedby={[
              form.idOf('accounts-hint'),
              accountErrors.length ? form.errorIdOf(accountsField) : '',
            ]
              .filter(Boolean)
              .join(' ')}
            aria-invalid={accountErrors.length > 0 || undefined}
            data-testid="accounts"
          >
            <legend className="mk-label">{t('buy.subscribe.accounts')}</legend>
            <p id={form.idOf('accounts-hint')} className="mk-field__hint">
              {t('buy.subscribe.accounts.hint')}
            </p>
            {!availableAccounts ? (
              <Loading shape="text" />
            ) : availableAccounts.length === 0 ? (
              <p className="mk-notice mk-notice--warning">
                {t('buy.subscribe.accounts.none', { region: values.region })}
              </p>
            ) : (
              availableAccounts.map((account, index) => (
                <label key={account.accountId} className="mk-choice">
                  <input
                    type="checkbox"
                    ref={index === 0 ? form.register(accountsField) : undefined}
                    value={account.accountId}
                    checked={accounts.includes(account.accountId)}
                    onChange={(e) => {
                      const checked = e.currentTarget.checked;
                      form.setValue(
                        accountsField,
                        checked
                          ? [...accounts, account.accountId]
                          : accounts.filter((a) => a !== account.accountId),
                      );
                    }}
                  />
                  <code>{account.accountId}</code>{' '}
                  {account.own
                    ? t('buy.subscribe.accounts.own')
                    : (account.label ?? t('buy.subscribe.accounts.linked'))}
                </label>
              ))
            )}
            <ShowMore list={available} testId="more-accounts" />
            <FieldErrorList id={form.errorIdOf(accountsField)} errors={accountErrors} />
          </fieldset>
          {scheduled && (
            <div className="mk-field">
              <label className="mk-label" htmlFor={form.idOf('startDate')}>
                {t('buy.subscribe.startDate')}
              </label>
              <input className="mk-input" type="date" min={today()} {...form.field('startDate')} />
              <FieldErrorList id={form.errorIdOf('startDate')} errors={form.errorsOf('startDate')} />
            </div>
          )}
        </Section>

        <Section title={t('buy.subscribe.vms')} lead={t('buy.subscribe.vms.lead')}>
          <label className="mk-choice">
            <input type="checkbox" {...reserveField} />
            {t('buy.subscribe.vms.record')}
          </label>
          {values.reserve && (
            <>
              <EstimateFields product={product} form={form} fixed={{ offer: true, region: true }} />
              <div aria-live="polite">
                <EstimateOutcome estimate={estimate} />
              </div>
            </>
          )}
        </Section>

        {licence && (
          <Section title={t('buy.product.licence')}>
            {product.licenceVersion && (
              <p className="mk-muted" data-testid="licence-version">
                {t('buy.subscribe.licenceVersion', { version: product.licenceVersion })}
              </p>
            )}
            {licenceHref ? (
              <p>
                <a href={licenceHref} target="_blank" rel="noopener noreferrer">
                  {t('buy.product.readLicence')}
                </a>
              </p>
            ) : (
              <div className="bp-licence bp-prose">{licence}</div>
            )}
            <label className="mk-choice">
              <input type="checkbox" {...licenceField} />
              {t('buy.subscribe.acceptLicence')}
            </label>
            <FieldErrorList
              id={form.errorIdOf('licenceAccepted')}
              errors={form.errorsOf('licenceAccepted')}
            />
          </Section>
        )}

        <div className="mk-form__footer">
          <button type="submit" className="mk-button mk-button--primary" disabled={create.isPending}>
            {create.isPending ? t('buy.subscribe.confirming') : t('buy.subscribe.confirm')}
          </button>
          <Link to="/products/$id" params={{ id: product.id }}>
            {t('buy.subscribe.cancel')}
          </Link>
        </div>
      </form>
    </ContentPage>
  );
}

/** The server names the reservation's fields by their path in its input; the form, by its own. */
const RESERVATION_FIELDS = {
  'reservation.vmType': 'vmType',
  'reservation.vmCount': 'vmCount',
  'reservation.commitment': 'commitment',
  'reservation.licences': 'licences',
};
