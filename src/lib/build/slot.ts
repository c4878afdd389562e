/**
 * A value shared by the module graphs of one process. During `astro build` (and in the dev server)
 * the content loader, the integrations and the pages' data layer are separate module instances, so
 * what they hand over to each other lives on `globalThis`, under a registered symbol.
 */
export interface ProcessSlot<T> {
  get(): T | undefined;
  set(value: T | undefined): void;
}

export function processSlot<T>(name: string): ProcessSlot<T> {
  const key = Symbol.for(`news-timeline.${name}`);
  const holder = globalThis as Record<symbol, T | undefined>;
  return {
    get: () => holder[key],
    set: (value) => {
      holder[key] = value;
    },
  };
}
