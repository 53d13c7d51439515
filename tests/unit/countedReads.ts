// Work counted, not timed: a view of an object that counts every property read on it and on everything
// reached through it. Reads grow with the work a function does, on any machine and under any load.

export interface ReadCounter {
  reads: number;
}

/** `value` seen through a proxy that adds one to `counter.reads` per property read, however deep. */
export function countingReads<T extends object>(
  value: T,
  counter: ReadCounter,
  seen = new WeakMap<object, object>(),
): T {
  const known = seen.get(value);
  if (known) return known as T;
  const proxy = new Proxy(value, {
    get(target, key, receiver) {
      counter.reads++;
      const read: unknown = Reflect.get(target, key, receiver);
      // A Date's methods refuse a proxy as `this`; its fields are not what grows with the input anyway.
      return read !== null && typeof read === 'object' && !(read instanceof Date)
        ? countingReads(read, counter, seen)
        : read;
    },
  });
  seen.set(value, proxy);
  return proxy;
}

/** How many reads `work` makes of the input `make(size)` gives it. */
export function readsFor<T extends object>(
  make: (size: number) => T,
  size: number,
  work: (input: T) => unknown,
): number {
  const counter: ReadCounter = { reads: 0 };
  work(countingReads(make(size), counter));
  return counter.reads;
}
