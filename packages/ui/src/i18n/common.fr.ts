import type { commonEn } from './common.en.ts';

// Typed against the English keys: a missing or extra key is a compile error.
// French typography: a no-break space before « : », a narrow one before « ? ! ; ».
export const commonFr: { readonly [K in keyof typeof commonEn]: string } = {
  'common.brand': 'OUTSCALE Marketplace',
  'common.skipToContent': 'Aller au contenu',
  'common.homeLink': 'OUTSCALE Marketplace, accueil',
  'common.primaryNav': 'Principale',
  'common.languageSwitch': 'Language / Langue',
  'common.language.en': 'English',
  'common.language.fr': 'Français',
  'common.footer.tagline': 'La Marketplace ouverte des logiciels du cloud OUTSCALE.',
  'common.footer.status': 'État du service',

  'common.loading': 'Chargement…',
  'common.cancel': 'Annuler',
  'common.save': 'Enregistrer',
  'common.saved': 'Enregistré.',
  'common.edit': 'Modifier',
  'common.delete': 'Supprimer',
  'common.actions': 'Actions',
  'common.showMore': 'Afficher plus',
  'common.backHome': 'Retour à l’accueil',
  'common.notFound.title': 'Page introuvable',
  'common.notFound.body':
    'Il n’y a pas de page à cette adresse. Elle a peut-être changé, ou le lien est mal saisi.',
  'common.notAllowed.title': 'Vous ne pouvez pas ouvrir cette page',
  'common.notAllowed.body':
    'Votre compte n’a pas l’accès nécessaire à cette page. Adressez-vous à l’administrateur de votre organisation si vous pensez qu’il le devrait.',
  'common.loadError.title': 'Cette page n’a pas pu se charger',
  'common.loadError.body':
    'Impossible de joindre la Marketplace. Vérifiez votre connexion et rechargez la page.',

  'nav.signIn': 'Se connecter',
  'nav.signUp': 'Créer une organisation',

  'menu.label': 'Menu du compte',
  'menu.profile': 'Profil',
  'menu.organization': 'Organisation',
  'menu.accounts': 'Comptes',
  'menu.outscaleAccounts': 'Comptes OUTSCALE',
  'menu.operator': 'Opérateur\u00a0: organisations',
  'menu.signOut': 'Se déconnecter',

  'banner.pending.title': '{name} attend sa validation.',
  'banner.pending.body':
    'L’équipe OUTSCALE Marketplace vérifie chaque nouvelle organisation. D’ici là, vous pouvez tout préparer, mais pas encore publier ni souscrire.',
  'banner.rejected.title': '{name} n’a pas été validée.',
  'banner.rejected.reason': 'Motif\u00a0: {reason}',
  'banner.rejected.body': 'Contactez l’équipe OUTSCALE Marketplace pour faire réexaminer la décision.',

  'form.problem.network': 'Impossible de joindre la Marketplace. Vérifiez votre connexion et réessayez.',

  'password.new': 'Nouveau mot de passe',
  'password.current': 'Mot de passe actuel',
  'password.confirmation': 'Confirmez le nouveau mot de passe',
  'password.rules.title': 'Votre mot de passe doit contenir\u00a0:',
  'password.rules.met': '(fait)',
  'password.rules.unmet': '(manquant)',
  'password.rule.length': 'au moins 12 caractères',
  'password.rule.lower': 'une lettre minuscule',
  'password.rule.upper': 'une lettre majuscule',
  'password.rule.digit': 'un chiffre',
  'password.rule.special': 'un caractère spécial (par exemple #, -, @ ou *)',

  'role.admin': 'Administrateur',
  'role.user': 'Utilisateur',
  'role.operator': 'Opérateur de la plateforme',
  'organization.type.buyer': 'Acheteur',
  'organization.type.seller': 'Partenaire vendeur',
  'organization.state.pending_validation': 'En attente de validation',
  'organization.state.validated': 'Validée',
  'organization.state.rejected': 'Refusée',

  'signIn.title': 'Connexion',
  'signIn.lead': 'Utilisez l’adresse e-mail et le mot de passe de votre compte sur la Marketplace.',
  'signIn.email': 'Adresse e-mail',
  'signIn.password': 'Mot de passe',
  'signIn.forgotPassword': 'Mot de passe oublié\u202f?',
  'signIn.submit': 'Se connecter',
  'signIn.noAccount': 'Nouveau sur la Marketplace\u202f?',
  'signIn.signUp': 'Créer une organisation',
  'signIn.already': 'Vous êtes connecté en tant que {email}.',
  'signIn.totp.title': 'Authentification à deux facteurs',
  'signIn.totp.lead':
    'Ouvrez votre application d’authentification et saisissez le code à 6 chiffres affiché pour OUTSCALE Marketplace.',
  'signIn.totp.code': 'Code d’authentification',
  'signIn.totp.submit': 'Vérifier et se connecter',
  'signIn.totp.back': 'Utiliser un autre compte',

  'signUp.title': 'Créer votre organisation',
  'signUp.lead':
    'Vous en devenez le premier administrateur. Nous vérifions le compte OUTSCALE de l’organisation avec ses clés d’accès, puis envoyons à l’adresse de ce compte un lien pour définir votre mot de passe.',
  'signUp.organizationName': 'Nom de l’organisation',
  'signUp.types': 'L’organisation est',
  'signUp.types.hint':
    'Un acheteur souscrit aux produits\u202f; un partenaire vendeur les publie. Choisissez les deux si vous faites les deux.',
  'signUp.terms': 'J’accepte les conditions générales d’utilisation d’OUTSCALE Marketplace.',
  'signUp.submit': 'Créer l’organisation',
  'signUp.submitting': 'Vérification des clés…',
  'signUp.haveAccount': 'Vous avez déjà un compte\u202f?',
  'signUp.signIn': 'Se connecter',
  'signUp.done.title': 'Consultez votre messagerie',
  'signUp.done.body':
    'Nous avons envoyé un lien pour définir votre mot de passe à {email}, l’adresse du compte OUTSCALE. Il est valable 24 heures.',
  'signUp.done.validation':
    'L’équipe OUTSCALE Marketplace validera ensuite votre organisation. Vous pouvez vous connecter et tout préparer en attendant.',
  'signUp.done.signIn': 'Aller à la connexion',

  'keys.help.title': 'Avant de commencer',
  'keys.help.where':
    'Trouvez ou créez la clé d’accès et la clé secrète dans Cockpit, rubrique Clés d’accès, pour le compte OUTSCALE de cette région.',
  'keys.help.ip':
    'Les règles d’accès à l’API du compte doivent autoriser l’adresse de la Marketplace {ip} sans certificat client (CA)\u00a0: la Marketplace ne peut pas en présenter.',
  'keys.help.encrypted':
    'La clé secrète est stockée chiffrée et ne sert qu’aux opérations de la Marketplace sur le compte.',
  'keys.region': 'Région',
  'keys.region.hint':
    'Chaque organisation a besoin d’un compte dans cloudgouv-eu-west-1 pour utiliser la Marketplace.',
  'keys.accessKey': 'Clé d’accès',
  'keys.secretKey': 'Clé secrète',
  'keys.secretKey.hint': 'Affichée une seule fois dans Cockpit à la création de la clé.',

  'forgot.title': 'Réinitialiser votre mot de passe',
  'forgot.lead':
    'Saisissez l’adresse e-mail de votre compte sur la Marketplace. Nous vous enverrons un lien pour choisir un nouveau mot de passe.',
  'forgot.submit': 'Envoyer le lien',
  'forgot.sent.title': 'Consultez votre messagerie',
  'forgot.sent.body':
    'Si un compte existe pour cette adresse, nous lui avons envoyé un lien pour réinitialiser le mot de passe. Le lien est valable 5 minutes.',
  'forgot.backToSignIn': 'Retour à la connexion',

  'passwordLink.set.title': 'Définir votre mot de passe',
  'passwordLink.set.lead': 'Choisissez le mot de passe de votre compte sur la Marketplace.',
  'passwordLink.reset.title': 'Choisir un nouveau mot de passe',
  'passwordLink.reset.lead': 'Votre nouveau mot de passe remplace l’ancien immédiatement.',
  'passwordLink.submit': 'Enregistrer le mot de passe',
  'passwordLink.missingToken':
    'Ce lien est incomplet. Rouvrez le lien de l’e-mail, ou demandez-en un nouveau.',
  'passwordLink.done.title': 'Votre mot de passe est enregistré',
  'passwordLink.done.body':
    'Vous pouvez maintenant vous connecter avec votre adresse e-mail et ce mot de passe.',
  'passwordLink.done.signIn': 'Se connecter',

  'profile.title': 'Profil',
  'profile.lead': 'Votre compte sur la Marketplace et votre façon de vous connecter.',
  'profile.account': 'Votre compte',
  'profile.name': 'Nom',
  'profile.email': 'Adresse e-mail',
  'profile.roles': 'Rôles',
  'profile.password': 'Mot de passe',
  'profile.password.lead':
    'Changer votre mot de passe vous déconnecte sur tous les autres appareils et navigateurs.',
  'profile.password.submit': 'Changer le mot de passe',
  'profile.password.changed': 'Votre mot de passe a été changé. Vos autres sessions sont déconnectées.',

  'totp.title': 'Authentification à deux facteurs',
  'totp.lead':
    'En plus de votre mot de passe, la connexion demande un code d’une application d’authentification sur votre téléphone.',
  'totp.state.on': 'Activée',
  'totp.state.off': 'Désactivée',
  'totp.setup.start': 'Configurer l’authentification à deux facteurs',
  'totp.setup.title': 'Ajoutez la Marketplace à votre application d’authentification',
  'totp.setup.step1':
    'Ouvrez une application d’authentification (comme FreeOTP, Aegis ou Google Authenticator).',
  'totp.setup.step2':
    'Scannez le QR code, ou saisissez le secret affiché sous «\u00a0Impossible de scanner\u202f?\u00a0».',
  'totp.setup.step3': 'Saisissez le code à 6 chiffres affiché par l’application, pour confirmer.',
  'totp.setup.advice':
    'Gardez l’application d’authentification sur un autre appareil que ce navigateur\u00a0: si l’un est perdu ou compromis, l’autre protège encore votre compte.',
  'totp.setup.qrAlt': 'QR code pour ajouter OUTSCALE Marketplace à une application d’authentification',
  'totp.setup.cannotScan': 'Impossible de scanner\u202f?',
  'totp.setup.manual': 'Saisissez ce secret dans votre application, comme clé basée sur le temps\u00a0:',
  'totp.enable.submit': 'Activer l’authentification à deux facteurs',
  'totp.enabled.notice':
    'L’authentification à deux facteurs est activée. La connexion demandera désormais un code.',
  'totp.disable.lead': 'Pour la désactiver, saisissez un code de votre application d’authentification.',
  'totp.disable.submit': 'Désactiver l’authentification à deux facteurs',
  'totp.disabled.notice': 'L’authentification à deux facteurs est désactivée.',

  'organization.title': 'Organisation',
  'organization.details': 'Informations',
  'organization.name': 'Nom',
  'organization.state': 'Statut',
  'organization.types': 'Type',
  'organization.outscaleAccount': 'Compte OUTSCALE',
  'organization.language': 'Langue des e-mails',
  'organization.language.hint':
    'Les e-mails aux membres de l’organisation sont écrits dans cette langue, suivie de l’autre.',
  'organization.createdAt': 'Créée le',
  'organization.validatedAt': 'Validée le',
  'organization.edit': 'Modifier l’organisation',
  'organization.edit.lead':
    'Les administrateurs peuvent renommer l’organisation et choisir la langue de ses e-mails.',

  'accounts.title': 'Comptes',
  'accounts.lead':
    'Les comptes de votre organisation sur la Marketplace. Les administrateurs gèrent les comptes\u202f; les utilisateurs achètent et vendent selon le type de l’organisation.',
  'accounts.eim.title': 'Chaque compte a un utilisateur EIM sur votre compte OUTSCALE',
  'accounts.eim.body':
    'La Marketplace le crée avec un groupe et une politique d’accès, tous nommés avec le préfixe {prefix}. Ne les modifiez ni ne les supprimez à la main, sinon le compte cesse de fonctionner\u202f; supprimer le compte ici les retire.',
  'accounts.list': 'Comptes de l’organisation',
  'accounts.column.name': 'Nom',
  'accounts.column.email': 'E-mail',
  'accounts.column.roles': 'Rôles',
  'accounts.column.password': 'Mot de passe',
  'accounts.column.eim': 'Utilisateur EIM',
  'accounts.you': '(vous)',
  'accounts.password.set': 'Défini',
  'accounts.password.invited': 'Invitation envoyée',
  'accounts.eim.none': 'Aucun',
  'accounts.eim.state.pending': 'En cours de création…',
  'accounts.eim.state.provisioned': 'Provisionné',
  'accounts.eim.state.failed': 'Échec, nouvel essai',
  'accounts.eim.state.deprovisioning': 'En cours de suppression…',
  'accounts.edit.of': 'Modifier {name}',
  'accounts.delete.of': 'Supprimer {name}',
  'accounts.edit.title': 'Modifier {name}',
  'accounts.create.title': 'Ajouter un compte',
  'accounts.create.lead':
    'La personne reçoit un e-mail avec un lien, valable 24 heures, pour définir son mot de passe.',
  'accounts.create.submit': 'Ajouter le compte',
  'accounts.firstName': 'Prénom',
  'accounts.lastName': 'Nom',
  'accounts.email': 'Adresse e-mail',
  'accounts.roles': 'Rôles',
  'accounts.roles.hint':
    'Les administrateurs gèrent les comptes et les comptes OUTSCALE\u202f; les utilisateurs achètent et vendent. Un compte peut avoir les deux.',
  'accounts.created': 'Compte ajouté\u00a0: {email} a reçu un lien pour définir un mot de passe.',
  'accounts.updated': 'Compte {email} modifié\u202f; la personne a été prévenue par e-mail.',
  'accounts.deleted': '{name} a été supprimé et ne peut plus se connecter.',
  'accounts.delete.title': 'Supprimer ce compte\u202f?',
  'accounts.delete.body':
    '{name} ({email}) ne pourra plus se connecter, et son utilisateur EIM sera supprimé.',

  'outscale.title': 'Comptes OUTSCALE',
  'outscale.lead':
    'Chaque OMI à laquelle votre organisation souscrit est partagée automatiquement avec son compte OUTSCALE et avec chaque compte lié, maintenant et pour les souscriptions suivantes.',
  'outscale.home': 'Le compte de l’organisation',
  'outscale.home.lead': 'Le compte avec lequel l’organisation a été créée\u202f; il est toujours inclus.',
  'outscale.accountId': 'ID du compte',
  'outscale.linked': 'Comptes liés',
  'outscale.linked.none': 'Aucun compte lié pour l’instant.',
  'outscale.label': 'Libellé',
  'outscale.label.hint': 'Un nom pour reconnaître le compte (facultatif).',
  'outscale.linkedAt': 'Lié le',
  'outscale.unlink': 'Délier',
  'outscale.unlink.of': 'Délier {label}',
  'outscale.unlink.title': 'Délier ce compte OUTSCALE\u202f?',
  'outscale.unlink.body':
    'Les OMI partagées avec {label} ({accountId}) ne le seront plus\u00a0: les VM déjà lancées continuent de fonctionner, mais aucune nouvelle VM ne pourra en être créée sur ce compte.',
  'outscale.unlinked': '{label} n’est plus lié\u202f; ses partages sont révoqués.',
  'outscale.link.title': 'Lier un compte OUTSCALE',
  'outscale.link.lead':
    'Prouvez le compte avec ses clés. Les comptes OUTSCALE ne sont pas des comptes de la Marketplace\u00a0: personne ne s’y connecte.',
  'outscale.link.submit': 'Lier le compte',
  'outscale.link.submitting': 'Vérification des clés…',
  'outscale.linked.notice': 'Le compte {accountId} est lié.',
  'outscale.seller.lead':
    'Les comptes OUTSCALE d’où viennent vos OMI source\u00a0: chaque version que vous publiez est une OMI détenue par le compte de l’organisation ou par un compte lié, dans la région de la version.{buys, select, yes { Votre organisation achète aussi\u00a0: chaque OMI à laquelle elle souscrit est partagée avec chacun de ces comptes.} other {}}',
  'outscale.seller.home.lead':
    'Le compte avec lequel l’organisation a été créée\u202f; ses OMI peuvent toujours être la source d’une version.',
  'outscale.seller.link.lead':
    'Prouvez le compte avec ses clés\u202f; ses OMI pourront alors être la source de vos versions. Les comptes OUTSCALE ne sont pas des comptes de la Marketplace\u00a0: personne ne s’y connecte.',
  'outscale.seller.unlink.body':
    'Les OMI détenues par {label} ({accountId}) ne peuvent plus être la source d’une nouvelle version\u202f; les versions déjà publiées restent telles quelles.{buys, select, yes { Les OMI auxquelles votre organisation souscrit ne lui sont plus partagées.} other {}}',
  'outscale.seller.unlinked':
    '{label} n’est plus lié\u00a0: ses OMI ne peuvent plus être la source d’une nouvelle version.',

  'operator.title': 'Organisations à valider',
  'operator.lead':
    'Vérifiez chaque nouvelle organisation, puis validez-la (elle pourra publier et souscrire) ou refusez-la avec un motif. Ses administrateurs sont prévenus par e-mail dans les deux cas.',
  'operator.filter': 'Afficher',
  'operator.filter.all': 'Toutes',
  'operator.organizations': 'Organisations',
  'operator.none': 'Aucune organisation ici.',
  'operator.validate': 'Valider',
  'operator.reject': 'Refuser',
  'operator.reject.title': 'Refuser {name}\u202f?',
  'operator.reason': 'Motif',
  'operator.reason.hint': 'Envoyé aux administrateurs de l’organisation (5 à 2\u202f000 caractères).',
  'operator.validated': '{name} est validée.',
  'operator.rejected': '{name} est refusée.',
  'operator.findings': 'OMI sources à examiner',
  'operator.findings.lead':
    'Des versions créées avant que l’OMI source doive appartenir à son vendeur, dont l’OMI source n’appartient à aucun des comptes OUTSCALE de l’organisation vendeuse. Rien n’a été dépublié\u00a0: examinez chaque cas et décidez.',
  'operator.findings.none': 'Aucun constat\u00a0: l’OMI source de chaque version appartient à son vendeur.',
  'operator.findings.organization': 'Vendeur',
  'operator.findings.image': 'OMI source',
  'operator.findings.owner': 'propriété de',
  'operator.findings.foundAt': 'Constaté le',
  'operator.findings.more': 'Afficher plus',
  'operator.findings.reason.not_found': 'Aucun de ses comptes ne la voit',
  'operator.findings.reason.other_owner': 'OMI d’un autre compte',
  'operator.findings.reason.marketplace_owner': 'La copie de la Marketplace',
  'operator.findings.reason.keys_refused': 'Ses clés ont été refusées',
  'operator.findings.reason.not_shared': 'Non partagée avec la Marketplace',
  'operator.findings.reason.not_available': 'Indisponible',

  'home.welcome': 'Bienvenue, {name}',
  'home.welcomeNoName': 'Bienvenue',
  'home.lead': 'Votre espace dans le portail vendeur.',
  'home.profile': 'Votre mot de passe et l’authentification à deux facteurs.',
  'home.organization': 'Les informations et le statut de votre organisation.',
  'home.accounts': 'Les personnes de votre organisation et leurs rôles.',
  'home.outscaleAccounts': 'Les comptes OUTSCALE d’où viennent vos OMI source.',
  'home.operator': 'Valider ou refuser les organisations inscrites.',

  'health.checking': 'Vérification de l’état des services…',
  'health.operational': 'Tous les services sont opérationnels',
  'health.operationalDetails': 'Version {version} · base de données {latencyMs, number} ms',
  'health.degraded': 'Service dégradé\u00a0: la base de données est indisponible',
  'health.degradedDetails': 'La navigation peut échouer jusqu’à son retour. Version {version}.',
  'health.unreachable': 'Service injoignable',
  'health.unreachableDetails': 'Impossible de joindre la Marketplace. Vérifiez votre connexion.',
};
