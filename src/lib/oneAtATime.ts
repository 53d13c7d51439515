// The build renders four pages at once (astro.config.mjs). Two outputs hold every office at once – the data
// feed and the bundle of vCards, tens of megabytes each at 25,000 offices with what it takes to make them –
// and rendered together they raised the build's peak memory (1,549 against 1,450 MB in one run each). They
// take turns.

let queue: Promise<unknown> = Promise.resolve();

/** `make`, run once every output queued before it has been made (whether it succeeded or not). */
export function oneLargeOutputAtATime<T>(make: () => Promise<T>): Promise<T> {
  const made = queue.then(make, make);
  queue = made.catch(() => undefined);
  return made;
}
