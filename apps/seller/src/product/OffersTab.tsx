import type { OfferType, ProductKind } from '@marketplace/domain';
import { FormProblem, useI18n, useSchemaForm, useToastWhile } from '@marketplace/ui';
import { productOffersForm } from '@marketplace/validators';
import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { OfferFields } from '../offers/OfferFields.tsx';
import { emptyOffer, type OfferDraft, offerDraftFrom, offerInputOf } from '../offers/offer-draft.ts';
import type { Product } from '../selling/api.ts';
import { useSaveProduct } from './useSaveProduct.ts';

type OffersValues = { kind: ProductKind; offers: OfferDraft[] };
/** The offers as typed, checked by the shared schema (the server's offer input and the domain's rules). */
const offersSchema = productOffersForm as unknown as z.ZodType<
  z.output<typeof productOffersForm>,
  OffersValues
>;

/**
 * The offers of the product's pricing mode. Once published, an offer keeps its type, target and rates
 * and stays; its texts and recommended VMs may change, and offers of the same mode may be added.
 */
export function OffersTab({ product }: { product: Product }) {
  const { t } = useI18n();
  const { save, pending } = useSaveProduct(product.id);
  const published = product.state !== 'draft';
  const fromProduct = () =>
    product.offers.map((offer) => offerDraftFrom({ ...offer, type: offer.type as OfferType }));
  const form = useSchemaForm(offersSchema, { kind: product.kind, offers: fromProduct() });
  const drafts = form.values.offers;
  const setDrafts = (offers: OfferDraft[]) => form.setValue('offers', offers);
  // Once saved, new offers have their IDs: the form starts again from what was saved, so that the next
  // save changes them instead of adding them twice. Reloads that change no offer (copies followed
  // live) keep what is being typed.
  const savedIds = product.offers.map((o) => o.id).join(' ');
  const draftsOf = useRef(savedIds);
  useEffect(() => {
    if (savedIds === draftsOf.current) return;
    draftsOf.current = savedIds;
    form.reset({ kind: product.kind, offers: fromProduct() });
  });
  const [saved, setSaved] = useState(false);
  const problemRef = useRef<HTMLDivElement>(null);
  const mode: OfferType | undefined = drafts[0]?.type;
  /** A saved offer of a published product: on sale, so it stays, with its rates. */
  const isFixed = (draft: OfferDraft) => published && draft.id !== undefined;

  useToastWhile(saved, t('common.saved'));

  const submit = form.submit(async (checked) => {
    setSaved(false);
    try {
      await save({ offers: checked.offers.map(offerInputOf) });
      setSaved(true);
    } catch (error) {
      form.fail(error);
      problemRef.current?.focus();
    }
  });

  return (
    <form className="mk-form" noValidate onSubmit={submit} aria-busy={pending}>
      <FormProblem ref={problemRef} problem={form.problem} />
      {published && <p className="mk-notice mk-notice--info">{t('seller.offers.fixed')}</p>}
      {mode ? (
        <p>{t('seller.offers.lead', { mode: t(`seller.offerType.${mode}`) })}</p>
      ) : (
        <p className="mk-muted">{t('seller.offers.none')}</p>
      )}
      {drafts.map((draft, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: offers are edited in place, by position
        <fieldset key={index} className="mk-fieldset sp-offer-box">
          <legend className="mk-label">{t('seller.offers.offer', { number: index + 1 })}</legend>
          <OfferFields
            draft={draft}
            path={`offers.${index}`}
            kind={product.kind}
            form={form}
            fixed={isFixed(draft)}
            onChange={(next) => setDrafts(drafts.map((d, i) => (i === index ? next : d)))}
          />
          {!isFixed(draft) && drafts.length > 1 && (
            <button
              type="button"
              className="mk-button mk-button--danger-ghost mk-button--small"
              onClick={() => setDrafts(drafts.filter((_, i) => i !== index))}
            >
              {t('seller.offers.remove', { number: index + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      <div className="mk-actions">
        {/* Without a first offer the mode is chosen here; after, new offers share it. */}
        <button
          type="button"
          className="mk-button mk-button--secondary"
          onClick={() => setDrafts([...drafts, emptyOffer(mode ?? 'free')])}
        >
          {t('seller.offers.add')}
        </button>
        <button className="mk-button mk-button--primary" type="submit" disabled={pending}>
          {t('seller.offers.save')}
        </button>
      </div>
    </form>
  );
}
