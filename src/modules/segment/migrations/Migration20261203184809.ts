import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261203184809 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "segment_member" drop constraint if exists "segment_member_segment_id_customer_id_unique";`
    )
    this.addSql(
      `alter table if exists "segment" drop constraint if exists "segment_handle_unique";`
    )
    this.addSql(
      `create table if not exists "segment" ("id" text not null, "handle" text not null, "name" text not null, "description" text not null default '', "status" text check ("status" in ('active', 'inactive')) not null default 'active', "rule" jsonb not null, "is_predefined" boolean not null default false, "member_count" integer not null default 0, "computed_at" timestamptz null, "compute_duration_ms" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "segment_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_segment_handle_unique" ON "segment" ("handle") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_segment_deleted_at" ON "segment" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_segment_status" ON "segment" ("status") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "segment_customer_fact" ("id" text not null, "email" text null, "first_name" text null, "last_name" text null, "has_account" boolean not null default false, "registered_at" timestamptz not null, "is_deleted" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "segment_customer_fact_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_segment_customer_fact_deleted_at" ON "segment_customer_fact" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_segment_customer_fact_registered_at" ON "segment_customer_fact" ("registered_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "segment_file" ("id" text not null, "file_id" text not null, "name" text not null, "url" text not null, "mime_type" text not null, "size" integer not null, "display_in_portal" boolean not null default false, "uploaded_by" text null, "segment_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "segment_file_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_segment_file_segment_id" ON "segment_file" ("segment_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_segment_file_deleted_at" ON "segment_file" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "segment_history" ("id" text not null, "actor_id" text null, "action" text not null, "details" jsonb null, "segment_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "segment_history_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_segment_history_segment_id" ON "segment_history" ("segment_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_segment_history_deleted_at" ON "segment_history" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_segment_history_segment_id_created_at" ON "segment_history" ("segment_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "segment_member" ("id" text not null, "customer_id" text not null, "segment_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "segment_member_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_segment_member_segment_id" ON "segment_member" ("segment_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_segment_member_deleted_at" ON "segment_member" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_segment_member_segment_id_customer_id_unique" ON "segment_member" ("segment_id", "customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_segment_member_customer_id" ON "segment_member" ("customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_segment_member_segment_id_created_at_customer_id" ON "segment_member" ("segment_id", "created_at", "customer_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "segment_order_fact" ("id" text not null, "customer_id" text null, "placed_at" timestamptz not null, "total" numeric not null, "currency_code" text not null, "is_canceled" boolean not null default false, "is_draft" boolean not null default false, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "segment_order_fact_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_segment_order_fact_deleted_at" ON "segment_order_fact" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_segment_order_fact_placed" ON "segment_order_fact" ("customer_id", "placed_at") WHERE is_canceled = false AND is_draft = false AND deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "segment_file" add constraint "segment_file_segment_id_foreign" foreign key ("segment_id") references "segment" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "segment_history" add constraint "segment_history_segment_id_foreign" foreign key ("segment_id") references "segment" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "segment_member" add constraint "segment_member_segment_id_foreign" foreign key ("segment_id") references "segment" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "segment_file" drop constraint if exists "segment_file_segment_id_foreign";`
    )

    this.addSql(
      `alter table if exists "segment_history" drop constraint if exists "segment_history_segment_id_foreign";`
    )

    this.addSql(
      `alter table if exists "segment_member" drop constraint if exists "segment_member_segment_id_foreign";`
    )

    this.addSql(`drop table if exists "segment" cascade;`)

    this.addSql(`drop table if exists "segment_customer_fact" cascade;`)

    this.addSql(`drop table if exists "segment_file" cascade;`)

    this.addSql(`drop table if exists "segment_history" cascade;`)

    this.addSql(`drop table if exists "segment_member" cascade;`)

    this.addSql(`drop table if exists "segment_order_fact" cascade;`)
  }
}
