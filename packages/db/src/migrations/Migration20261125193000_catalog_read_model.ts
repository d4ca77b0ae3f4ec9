import { Migration } from '@mikro-orm/migrations';

// Written by hand: the catalog's read model. What a search needs of a product's offers, versions and
// copies is kept on the product row by PostgreSQL itself, so a search reads `product` alone instead of
// aggregating three tables for every matching product. Triggers on every table it derives from refresh
// the product they touch; `mp_refresh_catalog()` recomputes every product (after a bulk load with
// triggers off, or to repair).
export class Migration20261125193000_catalog_read_model extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "product" add column "catalog_visible" boolean not null default false, add column "catalog_offer_types" text[] not null default '{}', add column "catalog_regions" text[] not null default '{}', add column "catalog_latest_versions" jsonb null;`,
    );
    // In the catalog: published, and for an OMI product once a version is available. Its offer types,
    // the regions where an available version has an available copy, and per such region the latest
    // available version (by publication date).
    this.addSql(`create or replace function mp_product_catalog(p_product uuid)
      returns table (visible boolean, offer_types text[], regions text[], latest_versions jsonb)
      language sql stable as $$
        select
          p.state = 'published' and (p.kind = 'managed'
            or exists (select 1 from version v where v.product_id = p.id and v.state = 'available')),
          array(select distinct o.type::text from offer o where o.product_id = p.id order by 1),
          array(select distinct c.region::text from version v join image_copy c on c.version_id = v.id
            where v.product_id = p.id and v.state = 'available' and c.state = 'available' order by 1),
          (select jsonb_agg(jsonb_build_object('region', lv.region, 'version', lv.name) order by lv.region)
            from (select distinct on (c.region) c.region, v.name
              from version v join image_copy c on c.version_id = v.id
              where v.product_id = p.id and v.state = 'available' and c.state = 'available'
              order by c.region, v.published_at desc, v.id) lv)
        from product p where p.id = p_product
      $$;`);
    // Locks the product first: once the lock is granted, the next statement sees what the transaction
    // that held it committed (read committed), so two transactions changing two copies of one product
    // cannot each write a catalog missing the other's change. Writes only the catalog_* columns, and only
    // when they change, so the product's own trigger (on state and kind) never fires from here.
    this.addSql(`create or replace function mp_refresh_product_catalog(p_product uuid) returns void
      language plpgsql as $$
      begin
        if p_product is null then return; end if;
        perform 1 from product where id = p_product for no key update;
        update product p set catalog_visible = c.visible, catalog_offer_types = c.offer_types,
            catalog_regions = c.regions, catalog_latest_versions = c.latest_versions
          from mp_product_catalog(p_product) c
          where p.id = p_product
            and (p.catalog_visible, p.catalog_offer_types, p.catalog_regions, p.catalog_latest_versions)
              is distinct from (c.visible, c.offer_types, c.regions, c.latest_versions);
      end $$;`);
    this.addSql(`create or replace function mp_refresh_catalog() returns bigint language sql as $$
        with changed as (
          update product p set catalog_visible = c.visible, catalog_offer_types = c.offer_types,
              catalog_regions = c.regions, catalog_latest_versions = c.latest_versions
            from product q cross join lateral mp_product_catalog(q.id) c
            where p.id = q.id
              and (p.catalog_visible, p.catalog_offer_types, p.catalog_regions, p.catalog_latest_versions)
                is distinct from (c.visible, c.offer_types, c.regions, c.latest_versions)
            returning 1)
        select count(*) from changed
      $$;`);

    // A row-level trigger per table; an update fires only when a column the catalog reads is set.
    const trigger = (table: string, columns: string, productOf: (row: 'old' | 'new') => string) => {
      this.addSql(`create or replace function mp_${table}_refresh_catalog() returns trigger
        language plpgsql as $$
        begin
          if tg_op <> 'INSERT' then perform mp_refresh_product_catalog(${productOf('old')}); end if;
          if tg_op = 'INSERT' then
            perform mp_refresh_product_catalog(${productOf('new')});
          elsif tg_op = 'UPDATE' and ${productOf('new')} is distinct from ${productOf('old')} then
            perform mp_refresh_product_catalog(${productOf('new')});
          end if;
          return null;
        end $$;`);
      this.addSql(`create trigger ${table}_refresh_catalog after insert or delete or update of ${columns}
        on "${table}" for each row execute function mp_${table}_refresh_catalog();`);
    };
    trigger('offer', 'product_id, type', (row) => `${row}.product_id`);
    trigger('version', 'product_id, state, name, published_at', (row) => `${row}.product_id`);
    trigger(
      'image_copy',
      'version_id, region, state',
      (row) => `(select v.product_id from version v where v.id = ${row}.version_id)`,
    );
    // The product's own: only its state and kind change its catalog, and an insert starts it.
    this.addSql(`create or replace function mp_product_refresh_catalog() returns trigger
      language plpgsql as $$
      begin
        perform mp_refresh_product_catalog(new.id);
        return null;
      end $$;`);
    this.addSql(`create trigger product_refresh_catalog after insert or update of state, kind
      on "product" for each row execute function mp_product_refresh_catalog();`);

    this.addSql('select mp_refresh_catalog();');
    this.addSql(
      `create index "product_catalog_index" on "product" ("published_at" desc) where state = 'published' and catalog_visible;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists product_refresh_catalog on "product";');
    this.addSql('drop trigger if exists offer_refresh_catalog on "offer";');
    this.addSql('drop trigger if exists version_refresh_catalog on "version";');
    this.addSql('drop trigger if exists image_copy_refresh_catalog on "image_copy";');
    this.addSql('drop function if exists mp_product_refresh_catalog();');
    this.addSql('drop function if exists mp_offer_refresh_catalog();');
    this.addSql('drop function if exists mp_version_refresh_catalog();');
    this.addSql('drop function if exists mp_image_copy_refresh_catalog();');
    this.addSql('drop function if exists mp_refresh_catalog();');
    this.addSql('drop function if exists mp_refresh_product_catalog(uuid);');
    this.addSql('drop function if exists mp_product_catalog(uuid);');
    this.addSql('drop index if exists "product_catalog_index";');
    this.addSql(
      `alter table "product" drop column "catalog_visible", drop column "catalog_offer_types", drop column "catalog_regions", drop column "catalog_latest_versions";`,
    );
  }
}
