import DataLoader from 'dataloader';

export type LoaderFactory<K, V> = () => DataLoader<K, V>;

/**
 * The DataLoaders of one request. A factory function is its own key, so a feature declares a loader once
 * (`readonly statesById = () => new DataLoader(...)`) and every resolver in the request shares its batch and cache.
 */
export class RequestLoaders {
  private readonly loaders = new Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>();

  get<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(factory as LoaderFactory<unknown, unknown>);
    if (!loader) {
      loader = factory() as DataLoader<unknown, unknown>;
      this.loaders.set(factory as LoaderFactory<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Orders batch results like the keys DataLoader asked for; a missing key resolves to null. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const index = new Map(rows.map((row) => [keyOf(row), row] as const));
  return keys.map((key) => index.get(key) ?? null);
}

/**
 * Rows grouped under the keys DataLoader asked for, keeping row order; a key with no rows gets an empty list. One
 * pass over the rows, rather than a scan of all of them per key.
 */
export function groupByKeys<K, R, V = R>(
  keys: readonly K[],
  rows: readonly R[],
  keyOf: (row: R) => K,
  toValue: (row: R) => V = (row) => row as unknown as V,
): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(toValue(row));
    else groups.set(key, [toValue(row)]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}
