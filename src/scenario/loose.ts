/**
 * Reading a value that may not have the scenario's shape. The meaning checks run even when zod
 * found shape errors, so an author sees every problem in one pass; these accessors make a wrong
 * shape read as "absent" instead of throwing.
 */
export type Obj = Readonly<Record<string, unknown>>;

export const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const field = (o: unknown, key: string): unknown =>
  isObj(o) && Object.hasOwn(o, key) ? o[key] : undefined;

export const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export const int = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) ? v : undefined;

export const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;

/** Own keys of an object, or none. */
export const keys = (v: unknown): string[] => (isObj(v) ? Object.keys(v) : []);
