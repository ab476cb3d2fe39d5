import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/database';
import { readDatamodel, type DmmfField, type DmmfModel } from '../support/dmmf';

/**
 * schema.prisma and prisma/migrations must describe the same database (Prisma's migrate CLI, which
 * would catch drift, cannot run on this project's machines). This applies every migration to an
 * empty database and compares what it built with Prisma's own model of schema.prisma.
 */
const datamodel = readDatamodel();

// Indexes schema.prisma cannot describe (an expression index over a SQL function), written by hand
// in their migration: checked to exist exactly as defined, and left out of the comparison below.
const HAND_WRITTEN_INDEXES: Record<string, string> = {
  articles_title_search_idx:
    'CREATE INDEX articles_title_search_idx ON public.articles USING gin (title_bigrams(title), publication_month(published_at)) WHERE (status = \'PUBLISHED\'::"ArticleStatus")',
  articles_search_idx:
    'CREATE INDEX articles_search_idx ON public.articles USING gin (search_grams, publication_month(published_at)) WHERE (status = \'PUBLISHED\'::"ArticleStatus")',
};
// Columns of a type Prisma knows only as Unsupported(...): not in its model of the schema.
const UNSUPPORTED_COLUMNS = ['articles.search_grams: tsvector?'];
const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
const columnOf = (model: DmmfModel, fieldName: string) => {
  const field = model.fields.find((f) => f.name === fieldName);
  return field?.dbName ?? fieldName;
};

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let client: pg.Client;

beforeAll(async () => {
  database = await createTestDatabase();
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await database.drop();
});

async function rows<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  return (await client.query<T>(sql)).rows;
}

function expectedType(field: DmmfField): string {
  if (field.kind === 'enum') return field.isList ? `_${field.type}` : field.type;
  const native = field.nativeType?.[0];
  const base =
    native === 'Timestamptz'
      ? 'timestamptz'
      : field.type === 'DateTime'
        ? 'timestamp'
        : ((
            {
              String: 'text',
              Int: 'int4',
              BigInt: 'int8',
              Boolean: 'bool',
              Float: 'float8',
              Json: 'jsonb',
              Bytes: 'bytea',
            } as Record<string, string>
          )[field.type] ?? field.type);
  return field.isList ? `_${base}` : base;
}

describe('migrations match schema.prisma', () => {
  it('create exactly the tables of the models', async () => {
    const tables = await rows<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    expect(tables.map((t) => t.table_name).sort()).toEqual(datamodel.models.map(tableOf).sort());
  });

  it('create each column with its type and nullability, and no others', async () => {
    const columns = await rows<{
      table_name: string;
      column_name: string;
      udt_name: string;
      is_nullable: string;
    }>(
      `SELECT table_name, column_name, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    const actual = columns
      .map(
        (c) =>
          `${c.table_name}.${c.column_name}: ${c.udt_name}${c.is_nullable === 'YES' ? '?' : ''}`,
      )
      .sort();
    const expected = datamodel.models
      .flatMap((model) =>
        model.fields
          .filter((field) => field.kind !== 'object')
          // Prisma creates scalar-list columns without NOT NULL.
          .map(
            (field) =>
              `${tableOf(model)}.${field.dbName ?? field.name}: ${expectedType(field)}${field.isRequired && !field.isList ? '' : '?'}`,
          ),
      )
      .concat(UNSUPPORTED_COLUMNS)
      .sort();
    expect(actual).toEqual(expected);
  });

  it('keep search grams in step with the title and body on every write', async () => {
    const triggers = await rows<{ tgname: string }>(
      `SELECT tgname FROM pg_trigger WHERE tgrelid = 'articles'::regclass AND NOT tgisinternal`,
    );
    expect(triggers.map((t) => t.tgname)).toEqual(['articles_search_grams']);
  });

  it('create the enums with their values in order', async () => {
    const values = await rows<{ typname: string; labels: string[] }>(
      `SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
    );
    expect(Object.fromEntries(values.map((v) => [v.typname, v.labels]))).toEqual(
      Object.fromEntries(
        datamodel.enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.name)]),
      ),
    );
  });

  it('create every index, unique constraint and primary key under Prisma’s names', async () => {
    const indexes = await rows<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    const handWritten = indexes.filter((i) => i.indexname in HAND_WRITTEN_INDEXES);
    expect(Object.fromEntries(handWritten.map((i) => [i.indexname, i.indexdef]))).toEqual(
      HAND_WRITTEN_INDEXES,
    );
    const actual = indexes
      .filter((i) => !(i.indexname in HAND_WRITTEN_INDEXES))
      .map((i) => {
        const columns = /\((.*)\)$/.exec(i.indexdef)?.[1]?.replace(/"/g, '') ?? '';
        return `${i.indexname} ${i.indexdef.startsWith('CREATE UNIQUE') ? 'unique' : 'index'} (${columns})`;
      })
      .sort();
    const expected = datamodel.indexes
      .map((index) => {
        const model = datamodel.models.find((m) => m.name === index.model);
        if (!model) throw new Error(`no model ${index.model}`);
        const table = tableOf(model);
        const columns = index.fields.map((f) => columnOf(model, f.name));
        const suffix = index.type === 'id' ? 'pkey' : index.type === 'unique' ? 'key' : 'idx';
        const name =
          index.dbName ??
          (index.type === 'id' ? `${table}_pkey` : `${table}_${columns.join('_')}_${suffix}`);
        const definition = index.fields
          .map((f, i) => `${columns[i]}${f.sortOrder === 'desc' ? ' DESC' : ''}`)
          .join(', ');
        return `${name} ${index.type === 'normal' ? 'index' : 'unique'} (${definition})`;
      })
      .sort();
    expect(actual).toEqual(expected);
  });

  it('create every foreign key with its delete rule', async () => {
    const keys = await rows<{ conname: string; confdeltype: string }>(
      `SELECT conname, confdeltype FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`,
    );
    const rule: Record<string, string> = {
      a: 'NoAction',
      r: 'Restrict',
      c: 'Cascade',
      n: 'SetNull',
      d: 'SetDefault',
    };
    const actual = keys.map((k) => `${k.conname} ${rule[k.confdeltype]}`).sort();
    const expected = datamodel.models
      .flatMap((model) =>
        model.fields
          .filter((f) => f.relationFromFields?.length)
          .map((f) => {
            const columns = (f.relationFromFields ?? []).map((name) => columnOf(model, name));
            const onDelete = f.relationOnDelete ?? (f.isRequired ? 'Restrict' : 'SetNull');
            return `${tableOf(model)}_${columns.join('_')}_fkey ${onDelete}`;
          }),
      )
      .sort();
    expect(actual).toEqual(expected);
  });

  it('record each migration as prisma migrate deploy would', async () => {
    const applied = await rows<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
    }>(`SELECT migration_name, checksum, finished_at FROM _prisma_migrations`);
    expect(applied.length).toBeGreaterThan(0);
    for (const migration of applied) {
      expect(migration.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(migration.finished_at).not.toBeNull();
    }
  });
});
