import type { Messages } from './catalogue.ts';

// Typed against the English keys: a missing or extra key is a compile error.
// French typography: a no-break space before « : », a narrow one before « ? ! ; ».
export const fr: Messages = {
  'common.brand': 'OUTSCALE Marketplace',
  'common.skipToContent': 'Aller au contenu',
  'common.homeLink': 'OUTSCALE Marketplace, accueil',
  'common.primaryNav': 'Principale',
  'common.languageSwitch': 'Language / Langue',
  'common.language.en': 'English',
  'common.language.fr': 'Français',
  'common.footer.tagline': 'Une place de marché ouverte pour les logiciels du cloud OUTSCALE.',
  'common.footer.status': 'État du service',

  'health.checking': 'Vérification de l’état des services…',
  'health.operational': 'Tous les services sont opérationnels',
  'health.operationalDetails': 'Version {version} · base de données {latencyMs} ms',
  'health.degraded': 'Service dégradé\u00a0: la base de données est indisponible',
  'health.degradedDetails': 'La navigation peut échouer jusqu’à son retour. Version {version}.',
  'health.unreachable': 'Service injoignable',
  'health.unreachableDetails': 'Impossible de joindre la place de marché. Vérifiez votre connexion.',

  'buyer.portalLabel': 'Catalogue',
  'buyer.documentTitle': 'OUTSCALE Marketplace — des logiciels pour votre cloud OUTSCALE',
  'buyer.nav.sell': 'Vendre sur la place de marché',
  'buyer.nav.signIn': 'Se connecter',
  'buyer.nav.signUp': 'Créer une organisation',
  'buyer.hero.eyebrow': 'Catalogue de logiciels pour le cloud souverain',
  'buyer.hero.title': 'Des logiciels pour votre cloud OUTSCALE, prêts à déployer',
  'buyer.hero.lead':
    'Trouvez des images machine et des services managés d’éditeurs de confiance, estimez leur coût et souscrivez depuis votre organisation en quelques clics.',
  'buyer.search.label': 'Rechercher dans le catalogue',
  'buyer.search.placeholder': 'Produit, éditeur ou technologie',
  'buyer.search.submit': 'Rechercher',
  'buyer.search.shortcuts': 'Catégories populaires',
  'buyer.category.operating-systems': 'Systèmes d’exploitation',
  'buyer.category.databases': 'Bases de données',
  'buyer.category.security': 'Sécurité',
  'buyer.category.devops': 'DevOps',
  'buyer.category.data-analytics': 'Données et analytique',
  'buyer.category.networking': 'Réseau',
  'buyer.offer.title': 'Ce que vous trouvez dans le catalogue',
  'buyer.offer.lead':
    'Deux types de produits, souscrits depuis votre organisation et facturés selon leur offre.',
  'buyer.offer.omi.title': 'Produits OMI',
  'buyer.offer.omi.body':
    'Des images machine OUTSCALE préparées par leurs éditeurs. Souscrivez, et l’image est partagée avec vos comptes OUTSCALE dans la région choisie, prête à être lancée.',
  'buyer.offer.omi.pricing': 'À l’heure, gratuite, avec votre propre licence ou par abonnement',
  'buyer.offer.managed.title': 'Produits managés',
  'buyer.offer.managed.body':
    'Des services que l’éditeur exploite et maintient pour vous. Souscrivez depuis le catalogue et retrouvez contacts, documents et étapes de démarrage au même endroit.',
  'buyer.offer.managed.pricing': 'Abonnement avec engagement, facturation mensuelle ou annuelle',
  'buyer.regions.title': 'Disponible dans deux régions',
  'buyer.regions.lead':
    'Chaque produit indique où il s’exécute. Vous choisissez la région au moment de souscrire.',
  'buyer.region.cloudgouv-eu-west-1': 'Cloud souverain en France, qualifié SecNumCloud',
  'buyer.region.eu-west-2': 'Cloud public en France',
  'buyer.steps.title': 'Comment ça marche',
  'buyer.steps.1.title': 'Créez votre organisation',
  'buyer.steps.1.body':
    'Inscrivez-vous avec votre compte OUTSCALE\u00a0; vos collègues rejoignent la même organisation.',
  'buyer.steps.2.title': 'Comparez et estimez',
  'buyer.steps.2.body':
    'Consultez les offres et versions de chaque produit, et estimez le coût pour vos types de VM.',
  'buyer.steps.3.title': 'Souscrivez et lancez',
  'buyer.steps.3.body':
    'Les images sont partagées avec les comptes que vous choisissez\u00a0; lancez-les comme les vôtres.',
  'buyer.sell.title': 'Publiez vos logiciels sur la place de marché',
  'buyer.sell.body':
    'Touchez les clients OUTSCALE avec vos images machine et vos services managés, et suivez vos abonnés.',
  'buyer.sell.cta': 'Ouvrir l’espace vendeur',

  'seller.portalLabel': 'Espace vendeur',
  'seller.documentTitle': 'Connexion — espace vendeur OUTSCALE Marketplace',
  'seller.nav.catalog': 'Parcourir le catalogue',
  'seller.pitch.eyebrow': 'Pour les éditeurs',
  'seller.pitch.title': 'Proposez vos logiciels aux clients OUTSCALE',
  'seller.pitch.point1': 'Publiez des versions OMI dans cloudgouv-eu-west-1 et eu-west-2',
  'seller.pitch.point2':
    'Proposez une tarification à l’heure, gratuite, avec votre propre licence ou par abonnement',
  'seller.pitch.point3': 'Suivez qui souscrit à chaque offre, et depuis quand',
  'seller.signIn.title': 'Connexion à l’espace vendeur',
  'seller.signIn.lead':
    'Utilisez l’adresse e-mail et le mot de passe de votre compte sur la place de marché.',
  'seller.signIn.email': 'Adresse e-mail',
  'seller.signIn.password': 'Mot de passe',
  'seller.signIn.forgotPassword': 'Mot de passe oublié\u202f?',
  'seller.signIn.submit': 'Se connecter',
  'seller.signIn.noAccount': 'Nouveau sur la place de marché\u202f?',
  'seller.signIn.signUp': 'Créer une organisation',
  'seller.signIn.error.emailRequired': 'Saisissez votre adresse e-mail.',
  'seller.signIn.error.emailInvalid': 'Saisissez une adresse e-mail comme nom@entreprise.fr.',
  'seller.signIn.error.passwordRequired': 'Saisissez votre mot de passe.',
  'seller.signIn.notAvailableTitle': 'La connexion ouvre avec la mise en service des comptes',
  'seller.signIn.notAvailableBody':
    'Merci de votre intérêt. Les comptes vendeurs ne sont pas encore ouverts\u00a0; vous pourrez vous connecter ici dès qu’ils le seront.',
};
