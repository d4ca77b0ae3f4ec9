import { describe, expect, it } from 'vitest';
import {
  allowedImageOwners,
  isOwnershipRefusal,
  judgeSourceImage,
  notYourImage,
  type SourceImageFacts,
} from './image-ownership.ts';

const SELLER = '200000000011';
const LINKED = '200000000012';
const OTHER_SELLER = '200000000021';
const DISTRIBUTION = '100000000001';

const facts = (overrides: Partial<SourceImageFacts>): SourceImageFacts => ({
  imageId: 'ami-12345678',
  region: 'cloudgouv-eu-west-1',
  organizationAccountIds: [SELLER, LINKED],
  distributionAccountIds: [DISTRIBUTION, '100000000002'],
  distributionAccountId: DISTRIBUTION,
  asSeller: { ownerId: SELLER, state: 'available' },
  asMarketplace: { ownerId: SELLER, state: 'available' },
  ...overrides,
});

describe('whose OMI a version may publish', () => {
  it('accepts an available image of the home or a linked account, shared with the marketplace', () => {
    expect(judgeSourceImage(facts({}))).toEqual({ ok: true, ownerId: SELLER });
    const linked = { ownerId: LINKED, state: 'available' };
    expect(judgeSourceImage(facts({ asSeller: linked, asMarketplace: linked }))).toEqual({
      ok: true,
      ownerId: LINKED,
    });
  });

  it('refuses another seller’s image the seller can see, with the neutral message', () => {
    const other = { ownerId: OTHER_SELLER, state: 'available' };
    const verdict = judgeSourceImage(facts({ asSeller: other, asMarketplace: other }));
    expect(verdict).toMatchObject({ ok: false, reason: 'other_owner', ownerId: OTHER_SELLER });
    if (verdict.ok) throw new Error('accepted');
    expect(verdict.message).toEqual(notYourImage('ami-12345678', 'cloudgouv-eu-west-1'));
  });

  it('refuses the marketplace’s own image, even when the seller’s accounts include its ID', () => {
    const copy = { ownerId: DISTRIBUTION, state: 'available' };
    const verdict = judgeSourceImage(
      facts({ organizationAccountIds: [SELLER, DISTRIBUTION], asSeller: copy, asMarketplace: copy }),
    );
    expect(verdict).toMatchObject({ ok: false, reason: 'marketplace_owner' });
    expect(allowedImageOwners([SELLER, DISTRIBUTION, SELLER], [DISTRIBUTION])).toEqual([SELLER]);
  });

  it('says the same for an image nobody sees and for one only the marketplace sees', () => {
    const unknown = judgeSourceImage(facts({ asSeller: undefined, asMarketplace: undefined }));
    const others = judgeSourceImage(
      facts({ asSeller: undefined, asMarketplace: { ownerId: OTHER_SELLER, state: 'available' } }),
    );
    expect(unknown).toMatchObject({ ok: false, reason: 'not_found', ownerId: null });
    expect(others).toMatchObject({ ok: false, reason: 'other_owner', ownerId: OTHER_SELLER });
    if (unknown.ok || others.ok) throw new Error('accepted');
    expect(unknown.message).toEqual(others.message);
    expect(JSON.stringify(unknown.message)).not.toContain(DISTRIBUTION);
    expect(unknown.message.fr).toContain('ami-12345678');
  });

  it('never takes the marketplace’s view as proof of ownership', () => {
    const verdict = judgeSourceImage(facts({ asSeller: undefined }));
    expect(verdict).toMatchObject({ ok: false, reason: 'not_found' });
  });

  it('tells an organization without an account in the region to link one', () => {
    const verdict = judgeSourceImage(
      facts({ organizationAccountIds: [], asSeller: undefined, asMarketplace: undefined }),
    );
    expect(verdict).toMatchObject({ ok: false, reason: 'not_found' });
    if (verdict.ok) throw new Error('accepted');
    expect(verdict.message.en).toContain('Your organization has no OUTSCALE account in cloudgouv-eu-west-1');
    expect(verdict.message.en).not.toContain(DISTRIBUTION);
  });

  it('names the seller’s accounts whose keys OUTSCALE refused', () => {
    const verdict = judgeSourceImage(facts({ asSeller: undefined, unreadableAccountIds: [LINKED] }));
    expect(verdict).toMatchObject({ ok: false, reason: 'keys_refused' });
    if (verdict.ok) throw new Error('accepted');
    expect(verdict.message.en).toContain(LINKED);
    expect(verdict.message.en).not.toContain(DISTRIBUTION);
  });

  it('tells the owner to share its image with the distribution account, then to wait for it', () => {
    const unshared = judgeSourceImage(facts({ asMarketplace: undefined }));
    expect(unshared).toMatchObject({ ok: false, reason: 'not_shared' });
    if (unshared.ok) throw new Error('accepted');
    expect(unshared.message.en).toContain(`share it with account ${DISTRIBUTION}`);
    expect(unshared.message.fr).toContain(`partagez-la avec le compte ${DISTRIBUTION}`);
    const pending = judgeSourceImage(facts({ asMarketplace: { ownerId: SELLER, state: 'pending' } }));
    expect(pending).toMatchObject({ ok: false, reason: 'not_available' });
  });

  it('reports to the operator only what is not proved the organization’s own', () => {
    expect(
      ['not_found', 'other_owner', 'marketplace_owner', 'keys_refused'].every((r) =>
        isOwnershipRefusal(r as never),
      ),
    ).toBe(true);
    expect(isOwnershipRefusal('not_shared')).toBe(false);
    expect(isOwnershipRefusal('not_available')).toBe(false);
  });
});
