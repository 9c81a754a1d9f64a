import { Contract } from '../../support/contract-sessions';
import { TestApp } from '../../support/test-app';

/** One documented input of an operation. */
export interface Input {
  name: string;
  in: 'body' | 'query' | 'path' | 'header';
  /** `mixed`: several types are documented (oneOf); `binary`: a multipart file. */
  type: 'string' | 'number' | 'boolean' | 'mixed' | 'binary';
  required: boolean;
  /** A plausible value: the documented example, the first enum value, or a default of the type. */
  sample: unknown;
}

/** One operation of /docs-json, reduced to what the fuzz needs. */
export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** The documented path, with `{param}` placeholders. */
  path: string;
  contract: Contract;
  /** The operation takes a token (a security scheme, or vcode's body field `token`). */
  needsToken: boolean;
  contentTypes: string[];
  multipart: boolean;
  /** A request body is documented. */
  hasBody: boolean;
  inputs: Input[];
  id: string;
}

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  oneOf?: Schema[];
  example?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
}
interface RawOperation {
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema; example?: unknown }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
interface OpenApi {
  paths: Record<string, Record<string, RawOperation>>;
  components: { schemas: Record<string, Schema> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** The tag of each contract's operations; the files download belongs to the users surface. */
const CONTRACT_OF_TAG: Record<string, Contract> = {
  v2: 'v2',
  venus: 'venus',
  users: 'users',
  files: 'users',
  infinite: 'infinite',
  'oauth-v1': 'oauth-v1',
  vcode: 'vcode',
};

/** Process-level endpoints the document does not describe and no contract owns; nothing here to fuzz. */
export const NOT_DOCUMENTED = ['/health', '/metrics', '/docs'];

function typeOf(schema: Schema): Input['type'] {
  if (schema.format === 'binary') return 'binary';
  if (schema.oneOf) return 'mixed';
  if (schema.type === 'number' || schema.type === 'integer') return 'number';
  if (schema.type === 'boolean') return 'boolean';
  if (!schema.type && schema.enum?.every((value) => typeof value === 'number')) return 'number';
  return 'string';
}

function sampleOf(schema: Schema, type: Input['type']): unknown {
  if (schema.example !== undefined && schema.example !== null && schema.example !== '') return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.oneOf) return sampleOf(schema.oneOf[0], typeOf(schema.oneOf[0]));
  return type === 'number' ? 1 : type === 'boolean' ? true : 'fuzz';
}

function input(name: string, where: Input['in'], schema: Schema, required: boolean): Input {
  const type = typeOf(schema);
  return { name, in: where, type, required, sample: sampleOf(schema, type) };
}

/** Every operation the running app documents, with its inputs. */
export async function loadOperations(t: TestApp): Promise<Operation[]> {
  const document = (await t.http.get('/docs-json').expect(200)).body as OpenApi;
  const deref = (schema: Schema): Schema => (schema.$ref ? document.components.schemas[schema.$ref.split('/').pop()!] : schema);
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const raw = item[method];
      if (!raw) continue;
      const tag = raw.tags?.[0] ?? '';
      const contract = CONTRACT_OF_TAG[tag];
      if (!contract) throw new Error(`${method.toUpperCase()} ${path}: tag "${tag}" belongs to no known contract; teach the fuzz about it`);
      const inputs: Input[] = (raw.parameters ?? []).map((parameter) =>
        input(parameter.name, parameter.in as Input['in'], { example: parameter.example, ...(parameter.schema ?? {}) }, Boolean(parameter.required)),
      );
      const content = raw.requestBody?.content ?? {};
      const contentTypes = Object.keys(content);
      const bodySchema = contentTypes.length ? deref(content[contentTypes[0]].schema) : undefined;
      for (const [name, property] of Object.entries(bodySchema?.properties ?? {})) {
        inputs.push(input(name, 'body', deref(property), bodySchema?.required?.includes(name) ?? false));
      }
      const bodyToken = contract === 'vcode' && inputs.some((entry) => entry.in === 'body' && entry.name === 'token');
      operations.push({
        method,
        path,
        contract,
        needsToken: Boolean(raw.security?.length) || bodyToken,
        contentTypes,
        multipart: contentTypes.includes('multipart/form-data'),
        hasBody: contentTypes.length > 0,
        inputs,
        id: `${method.toUpperCase()} ${path}`,
      });
    }
  }
  return operations;
}
