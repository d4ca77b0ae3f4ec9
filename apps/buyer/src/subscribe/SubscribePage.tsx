import type { OfferType, Region } from '@marketplace/domain';
import {
  type ApiProblem,
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
  useTRPC,
} from '@marketplace/ui';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useId, useRef, useState } from 'react';
import { licenceLink, type ProductPage } from '../buying/api.ts';
import { EstimateFields } from '../product/EstimateFields.tsx';
import { EstimateResult } from '../product/EstimateResult.tsx';
import { type EstimateChoice, estimateInput, initialChoice } from '../product/estimate-choice.ts';
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
  const id = useId();
  const regions = regionsOf(product);
  const [choice, setChoice] = useState<EstimateChoice>(() => ({
    ...initialChoice(product),
    region: regions[0] ?? 'cloudgouv-eu-west-1',
  }));
  const [accounts, setAccounts] = useState<string[]>([]);
  const [startDate, setStartDate] = useState(today);
  const [reserve, setReserve] = useState(true);
  const [accepted, setAccepted] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const offer = product.offers.find((o) => o.id === choice.offerId);
  // A page of accounts at a time: an organization with many linked accounts shows more on demand.
  const available = useInfiniteQuery(
    trpc.subscriptions.accounts.infiniteQueryOptions(
      { region: choice.region },
      { getNextPageParam: nextCursor },
    ),
  );
  const availableAccounts = pagedItems(available.data);
  const estimate = useEstimate(product, choice);
  const create = useMutation(trpc.subscriptions.create.mutationOptions());
  const errorsOf = (field: string) => problem?.fieldErrors[field] ?? [];
  const licence = product.licence;
  const licenceHref = licence ? licenceLink(licence) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const reservation = reserve ? estimateInput(product.id, product.offers, choice) : null;
    try {
      const { id: subscriptionId } = await create.mutateAsync({
        productId: product.id,
        offerId: choice.offerId,
        region: choice.region,
        outscaleAccountIds: accounts,
        ...(offer?.type === 'subscription' ? { startDate } : {}),
        ...(reservation
          ? {
              reservation: {
                vmType: reservation.vmType,
                vmCount: reservation.vmCount,
                commitment: reservation.commitment,
                ...(reservation.licences ? { licences: reservation.licences } : {}),
              },
            }
          : {}),
        licenceAccepted: accepted,
        // The version shown: if the agreement changed meanwhile, the server refuses (CONFLICT).
        ...(product.licenceVersion ? { licenceVersion: product.licenceVersion } : {}),
      });
      await queryClient.invalidateQueries(trpc.subscriptions.list.pathFilter());
      await navigate({ to: '/subscriptions', search: { created: subscriptionId } });
    } catch (error) {
      const found = apiProblem(error);
      setProblem(found);
      problemRef.current?.focus();
      if (found.code === 'CONFLICT' && product.licence) {
        // Perhaps a newer agreement: shown to be read and accepted again.
        setAccepted(false);
        await queryClient.invalidateQueries(trpc.catalog.product.pathFilter());
      }
    }
  };

  const offerTypeNote = (type: OfferType | undefined) =>
    type === 'hourly' || type === 'subscription'
      ? t(`buy.subscribe.sharing.${type}`)
      : t('buy.subscribe.sharing.public');

  return (
    <ContentPage title={t('buy.subscribe.title', { product: product.name })} lead={t('buy.subscribe.lead')}>
      <form className="mk-form bp-subscribe" onSubmit={submit} noValidate>
        <FormProblem ref={problemRef} problem={problem} />
        <DuplicateNotice
          {...{ accounts, problem, productId: product.id, offerId: choice.offerId, region: choice.region }}
          startsOn={offer?.type === 'subscription' ? startDate : today()}
        />
        <Section title={t('buy.subscribe.offer')}>
          <fieldset className="mk-fieldset">
            <legend className="mk-visually-hidden">{t('buy.subscribe.offer')}</legend>
            {product.offers.map((o) => (
              <label key={o.id} className="mk-choice bp-offer-choice">
                <input
                  type="radio"
                  name={`${id}-offer`}
                  checked={choice.offerId === o.id}
                  onChange={() =>
                    setChoice({
                      ...choice,
                      offerId: o.id,
                      commitment: o.type === 'hourly' ? choice.commitment : 'on_demand',
                    })
                  }
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
            id={`${id}-region`}
            regions={regions}
            value={choice.region}
            onChange={(region) => {
              setChoice({ ...choice, region });
              setAccounts([]);
            }}
            after={<FieldErrorList id={`${id}-region-error`} errors={errorsOf('region')} />}
          />
          <fieldset className="mk-fieldset" aria-describedby={`${id}-accounts-hint`} data-testid="accounts">
            <legend className="mk-label">{t('buy.subscribe.accounts')}</legend>
            <p id={`${id}-accounts-hint`} className="mk-field__hint">
              {t('buy.subscribe.accounts.hint')}
            </p>
            {!availableAccounts ? (
              <Loading shape="text" />
            ) : availableAccounts.length === 0 ? (
              <p className="mk-notice mk-notice--warning">
                {t('buy.subscribe.accounts.none', { region: choice.region })}
              </p>
            ) : (
              availableAccounts.map((account) => (
                <label key={account.accountId} className="mk-choice">
                  <input
                    type="checkbox"
                    value={account.accountId}
                    checked={accounts.includes(account.accountId)}
                    onChange={(e) => {
                      const checked = e.currentTarget.checked;
                      setAccounts((list) =>
                        checked ? [...list, account.accountId] : list.filter((a) => a !== account.accountId),
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
            <FieldErrorList id={`${id}-accounts-error`} errors={errorsOf('outscaleAccountIds')} />
          </fieldset>
          {offer?.type === 'subscription' && (
            <div className="mk-field">
              <label className="mk-label" htmlFor={`${id}-start`}>
                {t('buy.subscribe.startDate')}
              </label>
              <input
                id={`${id}-start`}
                className="mk-input"
                type="date"
                min={today()}
                value={startDate}
                onChange={(e) => setStartDate(e.currentTarget.value)}
              />
              <FieldErrorList id={`${id}-start-error`} errors={errorsOf('startDate')} />
            </div>
          )}
        </Section>

        <Section title={t('buy.subscribe.vms')} lead={t('buy.subscribe.vms.lead')}>
          <label className="mk-choice">
            <input type="checkbox" checked={reserve} onChange={(e) => setReserve(e.currentTarget.checked)} />
            {t('buy.subscribe.vms.record')}
          </label>
          {reserve && (
            <>
              <EstimateFields
                product={product}
                choice={choice}
                onChange={setChoice}
                fixed={{ offer: true, region: true }}
              />
              {estimate.isError ? (
                <p className="mk-notice mk-notice--error">{estimate.error.message}</p>
              ) : (
                estimate.data && <EstimateResult estimate={estimate.data} />
              )}
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
              <input
                type="checkbox"
                checked={accepted}
                onChange={(e) => setAccepted(e.currentTarget.checked)}
                aria-describedby={errorsOf('licenceAccepted').length ? `${id}-licence-error` : undefined}
              />
              {t('buy.subscribe.acceptLicence')}
            </label>
            <FieldErrorList id={`${id}-licence-error`} errors={errorsOf('licenceAccepted')} />
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
