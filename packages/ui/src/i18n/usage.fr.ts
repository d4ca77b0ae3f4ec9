import type { usageEn } from './usage.en.ts';

// Typed against the English keys of the usage pages: a missing or extra key is a compile error.
export const usageFr: { readonly [K in keyof typeof usageEn]: string } = {
  'usage.range.legend': 'Mois affichés',
  'usage.range.from': 'Du mois',
  'usage.range.to': 'Au mois',
  'usage.chart.table': 'Les chiffres du graphique en tableau',
  'usage.chart.summary': '{title}, de {from} à {to}. Le tableau ci-dessous en donne les chiffres.',
  'usage.month': 'Mois',
  'usage.vmHours': 'Heures de VM',
  'usage.total': 'Total',
  'usage.downloadCsv': 'Télécharger en CSV',
  'usage.statements': 'Relevés mensuels (PDF)',
  'usage.statement': 'Relevé de {month}',
  'usage.binding':
    'Ces chiffres viennent de la mesure horaire de la Marketplace ; la facture d’OUTSCALE fait foi.',
  'usage.empty.range': 'Rien n’a été mesuré de {from} à {to}.',

  'usage.spend.nav': 'Dépenses',
  'usage.spend.title': 'Dépenses',
  'usage.spend.lead':
    'Ce que coûtent les souscriptions de votre organisation, par produit, compte OUTSCALE et mois, le logiciel à côté des VM sur lesquelles il tourne.',
  'usage.spend.chart': 'Coût du logiciel et des VM par mois',
  'usage.spend.software': 'Logiciel',
  'usage.spend.vm': 'VM',
  'usage.spend.table': 'Dépenses par produit, compte et mois',
  'usage.spend.product': 'Produit',
  'usage.spend.account': 'Compte OUTSCALE',
  'usage.spend.empty.body':
    'Quand des VM tournent à partir des OMI des produits auxquels vous êtes abonnés, leurs heures et leurs coûts apparaissent ici, comptés chaque heure.',
  'usage.spend.prices': 'Les coûts des VM suivent le catalogue public des prix d’OUTSCALE du {dates}.',
  'usage.spend.priceDate': '{date} ({region})',

  'usage.revenue.nav': 'Revenus',
  'usage.revenue.title': 'Revenus',
  'usage.revenue.lead':
    'Ce que vos produits ont rapporté, par produit, offre, acheteur et mois, d’après les heures de VM de vos acheteurs.',
  'usage.revenue.chart': 'Revenus par mois et par produit',
  'usage.revenue.table': 'Revenus par produit, offre, acheteur et mois',
  'usage.revenue.product': 'Produit',
  'usage.revenue.offer': 'Offre',
  'usage.revenue.buyer': 'Acheteur',
  'usage.revenue.amount': 'Revenu',
  'usage.revenue.otherProducts': 'Autres produits',
  'usage.revenue.empty.body':
    'Quand des acheteurs font tourner des VM à partir des OMI de vos produits, les revenus apparaissent ici, comptés chaque heure.',
  'usage.revenue.dashboard': 'Revenus',
  'usage.revenue.thisMonth': 'Ce mois-ci',
  'usage.revenue.lastMonth': 'Le mois dernier',
  'usage.revenue.activeSubscriptions': 'Souscriptions actives',
  'usage.revenue.open': 'Voir les revenus',

  'usage.operator.title': 'Revenus par vendeur',
  'usage.operator.lead': 'Ce que les produits de chaque vendeur ont rapporté par mois, d’après la mesure.',
  'usage.operator.seller': 'Vendeur',
  'usage.operator.empty': 'Aucun vendeur n’a eu de revenus de {from} à {to}.',
};
