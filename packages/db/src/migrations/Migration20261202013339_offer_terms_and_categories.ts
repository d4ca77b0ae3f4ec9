import { Migration } from '@mikro-orm/migrations';

// Frozen here, not read from @marketplace/domain: this migration must do tomorrow what it did today.
// Free-text categories are matched once lowercased, without accents and with anything but letters and
// digits as one space ("Sécurité", "security" and "Cyber-sécurité"... all become `security`).
const CATEGORY_WORDS: Record<string, string[]> = {
  'operating-systems': [
    'operating systems',
    'operating system',
    'os',
    'systemes d exploitation',
    'systeme d exploitation',
    'linux',
    'windows',
    'unix',
    'debian',
    'ubuntu',
    'red hat',
    'rhel',
    'centos',
    'rocky linux',
    'almalinux',
  ],
  security: [
    'security',
    'securite',
    'cybersecurity',
    'cyber security',
    'cybersecurite',
    'cyber securite',
    'firewall',
    'pare feu',
    'hardening',
    'durcissement',
  ],
  databases: [
    'databases',
    'database',
    'db',
    'base de donnees',
    'bases de donnees',
    'sgbd',
    'sql',
    'nosql',
    'postgresql',
    'postgres',
    'mysql',
    'mariadb',
    'mongodb',
    'redis',
  ],
  networking: [
    'networking',
    'network',
    'networks',
    'reseau',
    'reseaux',
    'vpn',
    'load balancer',
    'load balancing',
    'dns',
    'cdn',
    'proxy',
  ],
  'storage-backup': [
    'storage backup',
    'storage',
    'stockage',
    'backup',
    'backups',
    'sauvegarde',
    'sauvegardes',
    'stockage et sauvegarde',
    'object storage',
    'archivage',
  ],
  'development-tools': [
    'development tools devops',
    'development tools',
    'developer tools',
    'dev tools',
    'development',
    'developpement',
    'outils de developpement',
    'outils de developpement et devops',
    'devops',
    'ci cd',
    'cicd',
    'git',
  ],
  containers: ['containers', 'container', 'conteneurs', 'conteneur', 'kubernetes', 'k8s', 'docker'],
  monitoring: [
    'monitoring',
    'supervision',
    'observability',
    'observabilite',
    'logging',
    'logs',
    'journalisation',
    'metrics',
    'alerting',
  ],
  'data-analytics': [
    'data analytics',
    'data',
    'analytics',
    'donnees',
    'analytique',
    'donnees et analytique',
    'big data',
    'bi',
    'business intelligence',
    'data science',
  ],
  'ai-machine-learning': [
    'ai machine learning',
    'ai',
    'ia',
    'artificial intelligence',
    'intelligence artificielle',
    'machine learning',
    'ml',
    'apprentissage automatique',
    'ia et apprentissage automatique',
    'deep learning',
    'llm',
  ],
  'business-applications': [
    'business applications',
    'business application',
    'business',
    'applications metier',
    'application metier',
    'erp',
    'crm',
    'collaboration',
    'productivity',
    'productivite',
    'e commerce',
    'ecommerce',
    'cms',
  ],
  other: ['other', 'others', 'autres', 'autre', 'divers', 'misc', 'miscellaneous'],
};

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

// Written by hand: offers gain their description, target and recommended VMs (OUTSCALE's offer form);
// products' free-text categories become the marketplace's slugs (packages/domain catalog/categories.ts).
export class Migration20261202013339_offer_terms_and_categories extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "offer" add column "description" jsonb not null default '{"en": "", "fr": ""}', add column "target" varchar(20) not null default 'all', add column "recommended_vms" jsonb not null default '[]';`,
    );
    // Every existing offer is for all buyers (the default above). Drafts may stay incomplete; offers of a
    // product buyers have seen (published, or published then unpublished) stay complete: their
    // description is the product's short description, and their recommended VMs the valid OUTSCALE VM
    // types they are priced on or the product recommended (at most 10, in that order), else one
    // tinav6.c2r4p2 (v6, 2 vCPUs, 4 GiB, high), the smallest type the demo catalog prices.
    this.addSql(`update "offer" o set "description" = jsonb_build_object(
        'en', coalesce(p.short_description->>'en', ''), 'fr', coalesce(p.short_description->>'fr', ''))
      from "product" p where p.id = o.product_id and p.state <> 'draft';`);
    this.addSql(`update "offer" o set "recommended_vms" = coalesce((
        select jsonb_agg(jsonb_build_object('cpuGeneration', 'v' || g, 'vCpus', c, 'memoryGiB', r,
            'performance', case f when '1' then 'highest' when '2' then 'high' else 'medium' end) order by ord)
        from (
          select m[1]::int g, m[2]::int c, m[3]::int r, m[4] f, min(ord) ord
          from (
            select regexp_match(trim(t.vm_type), '^tinav([0-9]{1,2})[.]c([0-9]{1,4})r([0-9]{1,5})p([123])$') m, t.ord
            from (
              select e->>'vmType' vm_type, x.ord from jsonb_array_elements(
                case when o.terms->>'type' = 'hourly' then o.terms->'prices' else '[]'::jsonb end) with ordinality x(e, ord)
              union all
              select v, 1000 + y.ord from unnest(p.recommended_vm_types) with ordinality y(v, ord)
            ) t
          ) parsed
          where m is not null and m[1]::int between 3 and 7 and m[2]::int between 1 and 78
            and m[3]::int between 1 and 1039 and m[3]::int <= 16 * m[2]::int
          group by 1, 2, 3, 4
          order by min(ord) limit 10
        ) vm),
        '[{"cpuGeneration": "v6", "vCpus": 2, "memoryGiB": 4, "performance": "high"}]'::jsonb)
      from "product" p where p.id = o.product_id and p.state <> 'draft' and p.kind = 'omi';`);
    this.addSql(
      `alter table "offer" alter column "description" drop default, alter column "recommended_vms" drop default;`,
    );

    // Categories: known words become their slug (each slug once, in the order first named); unknown words
    // are dropped, and a product that had categories but none known gets \`other\`.
    const words = Object.entries(CATEGORY_WORDS)
      .flatMap(([slug, list]) =>
        [slug.replaceAll('-', ' '), ...list].map((word) => `(${quote(word)}, ${quote(slug)})`),
      )
      .join(', ');
    this.addSql(`with words(word, slug) as (select distinct on (word) word, slug from (values ${words}) v(word, slug))
      update "product" p set "categories" = coalesce((
          select array_agg(s.slug order by s.first) from (
            select w.slug, min(c.ord) first
            from unnest(p.categories) with ordinality c(word, ord)
            join words w on w.word = trim(regexp_replace(lower(mp_unaccent(c.word)), '[^a-z0-9]+', ' ', 'g'))
            group by w.slug
          ) s),
          '{other}')
        where cardinality(p.categories) > 0;`);
  }

  override async down(): Promise<void> {
    // The free-text categories are not kept: going down leaves the slugs, which are valid free text.
    this.addSql(
      `alter table "offer" drop column "description", drop column "target", drop column "recommended_vms";`,
    );
  }
}
