import { readFileSync } from 'node:fs';
import { get_dmmf } from '@prisma/prisma-schema-wasm';

/** Prisma's own reading of schema.prisma (the DMMF), through its WebAssembly schema engine. */
export interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'object' | 'enum';
  type: string;
  isList: boolean;
  isRequired: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationOnDelete?: string;
}
export interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  primaryKey: { fields: string[] } | null;
}
export interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  dbName?: string | null;
  fields: { name: string; sortOrder?: 'asc' | 'desc' }[];
}
export interface Datamodel {
  models: DmmfModel[];
  enums: { name: string; dbName: string | null; values: { name: string }[] }[];
  indexes: DmmfIndex[];
}

export function readDatamodel(schemaPath = 'prisma/schema.prisma'): Datamodel {
  const schema = readFileSync(schemaPath, 'utf8');
  return JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', schema]] })))
    .datamodel;
}
