import { describe, expect, it } from 'vitest';
import { glossaryViolations } from './glossary.ts';

describe('glossaryViolations', () => {
  it('finds a synonym the glossary rules out, at a word start only', () => {
    expect(glossaryViolations('Produits managés par le vendeur')).toEqual(['managé']);
    expect(glossaryViolations('Bienvenue sur la place de marché')).toEqual(['place de marché']);
    expect(glossaryViolations('Produits infogérés')).toEqual([]);
  });

  it('allows a ruled-out word inside a phrase where it is right', () => {
    expect(glossaryViolations('Une offre abonnement est facturée au mois.')).toEqual([]);
    expect(glossaryViolations('Votre abonnement est actif.')).toEqual(['abonnement']);
  });
});
