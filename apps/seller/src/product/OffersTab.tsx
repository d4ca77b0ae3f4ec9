import { type OfferType, sharesPricingMode } from '@marketplace/domain';
import { type ApiProblem, apiProblem, FormProblem, useI18n, useToastWhile } from '@marketplace/ui';
import { type FormEvent, useRef, useState } from 'react';
import { useFieldMessages } from '../offers/messages.ts';
import { OfferFields } from '../offers/OfferFields.tsx';
import { emptyOffer, type OfferDraft, offerDraftFrom, offersFromDrafts } from '../offers/offer-draft.ts';
import type { Product } from '../selling/api.ts';
import { useSaveProduct } from './useSaveProduct.ts';

/**
 * The offers of the product's pricing mode. Once published, an offer keeps its type, target and rates
 * and stays; its texts and recommended VMs may change, and offers of the same mode may be added.
 */
export function OffersTab({ product }: { product: Product }) {
  const { t } = useI18n();
  const { save, pending } = useSaveProduct(product.id);
  const fieldMessages = useFieldMessages();
  const published = product.state !== 'draft';
  const fromProduct = () =>
    product.offers.map((offer) => offerDraftFrom({ ...offer, type: offer.type as OfferType }));
  const [drafts, setDrafts] = useState<OfferDraft[]>(fromProduct);
  // Once saved, new offers have their IDs: the form starts again from what was saved, so that the next
  // save changes them instead of adding them twice. Reloads that change no offer (copies followed
  // live) keep what is being typed.
  const savedIds = product.offers.map((o) => o.id).join(' ');
  const [draftsOf, setDraftsOf] = useState(savedIds);
  if (savedIds !== draftsOf) {
    setDraftsOf(savedIds);
    setDrafts(fromProduct());
  }
  const [attempted, setAttempted] = useState(false);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const mode: OfferType | undefined = drafts[0]?.type;
  const checked = offersFromDrafts(drafts);
  const messages = fieldMessages(attempted ? checked.errors : {}, problem?.fieldErrors);
  /** A saved offer of a published product: on sale, so it stays, with its rates. */
  const isFixed = (draft: OfferDraft) => published && draft.id !== undefined;

  useToastWhile(saved, t('common.saved'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    setSaved(false);
    setProblem(null);
    if (Object.keys(checked.errors).length > 0 || !sharesPricingMode(drafts.map((d) => d.type))) return;
    try {
      await save({ offers: checked.offers });
      setSaved(true);
    } catch (error) {
      setProblem(apiProblem(error));
      problemRef.current?.focus();
    }
  };

  return (
    <form className="mk-form" noValidate onSubmit={submit} aria-busy={pending}>
      <FormProblem ref={problemRef} problem={problem} />
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
            index={index}
            kind={product.kind}
            messages={messages}
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
