// What the data lets a reader do to reach an office. Said on a page only when it is true of every office.

interface Reachable {
  phones: readonly unknown[];
  emails: readonly unknown[];
}

/**
 * True when none of the offices has a phone number or an e-mail address in our data, so the only way
 * to reach one is to go there during its hours. False for no offices at all: there is nothing to say.
 */
export function onlyInPerson(offices: readonly Reachable[]): boolean {
  return offices.length > 0 && offices.every((office) => office.phones.length === 0 && office.emails.length === 0);
}
