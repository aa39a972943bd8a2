/**
 * Values computed from a text, remembered per text up to a bound: registries repeat the same names,
 * units and descriptions thousands of times, and the bound keeps a huge input from holding them all.
 * Callers must not mutate what `get` returns.
 */
export class TextCache<V> {
  private readonly values = new Map<string, V>();

  constructor(
    private readonly compute: (text: string) => V,
    private readonly limit = 200_000,
  ) {}

  get(text: string): V {
    let value = this.values.get(text);
    if (value === undefined) {
      value = this.compute(text);
      if (this.values.size < this.limit) this.values.set(text, value);
    }
    return value;
  }
}
