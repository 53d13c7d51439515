// Synthetic offices for the directory benchmark: never part of the real site. Poland has about 2,500
// social welfare centres (one per municipality); this makes that many plausible-looking entries,
// spread over the voivodeships as municipalities are, each marked as synthetic in its name.
// Usage: node scripts/synthetic-offices.mjs 2500 > /tmp/offices.yaml
import { stringify } from 'yaml';
import { byLocale } from '../src/lib/locales.ts';

/** Municipalities (gminy) per voivodeship, the weights for spreading the entries. */
const municipalities = {
  dolnośląskie: 169,
  'kujawsko-pomorskie': 144,
  lubelskie: 213,
  lubuskie: 82,
  łódzkie: 177,
  małopolskie: 182,
  mazowieckie: 314,
  opolskie: 71,
  podkarpackie: 160,
  podlaskie: 118,
  pomorskie: 123,
  śląskie: 167,
  świętokrzyskie: 102,
  'warmińsko-mazurskie': 116,
  wielkopolskie: 226,
  zachodniopomorskie: 113,
};

const hours = [
  'Mo-Fr 07:30-15:30; PH off',
  'Mo 08:00-17:00; Tu-Fr 07:30-15:30; PH off',
  'Mo-Th 07:30-15:30; Fr 07:30-14:00; PH off',
  'Mo,We,Fr 08:00-16:00; Tu,Th 09:00-17:00; PH off',
];

const syllables = [
  'bro',
  'cha',
  'dą',
  'gor',
  'ka',
  'łę',
  'mi',
  'no',
  'pia',
  'rze',
  'sko',
  'ście',
  'to',
  'wi',
  'żyn',
  'lu',
];

/** A small deterministic generator, so every run benchmarks the same data. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticOffices(count, seed = 2500) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const digits = (n) => Array.from({ length: n }, () => Math.floor(next() * 10)).join('');
  const total = Object.values(municipalities).reduce((a, b) => a + b, 0);
  const voivodeships = Object.entries(municipalities).flatMap(([name, weight]) =>
    Array.from({ length: Math.max(1, Math.round((weight / total) * count)) }, () => name),
  );
  return Array.from({ length: count }, (_, i) => {
    const city =
      pick(syllables).toUpperCase().slice(0, 1) + pick(syllables).slice(1) + pick(syllables) + pick(syllables);
    const number = i + 1;
    return {
      id: `synthetic-${number}`,
      programmes: ['post-penitentiary'],
      // Every language of content/locales.yaml: Polish, and the English name for the others.
      name: byLocale((locale) =>
        locale === 'pl'
          ? `Ośrodek Pomocy Społecznej w miejscowości ${city} (dane syntetyczne nr ${number})`
          : `Social welfare centre in ${city} (synthetic data no. ${number})`,
      ),
      contactPerson: `Osoba Testowa ${number}`,
      address: {
        street: `ul. Testowa ${1 + Math.floor(next() * 120)}`,
        postalCode: `${digits(2)}-${digits(3)}`,
        city,
        voivodeship: voivodeships[i % voivodeships.length],
      },
      geo: { lat: Number((49.1 + next() * 5.6).toFixed(5)), lon: Number((14.2 + next() * 9.8).toFixed(5)) },
      phones: [{ number: `00 ${digits(3)} ${digits(2)} ${digits(2)}`, kind: 'voice' }],
      emails: [`ops${number}@example.org`],
      openingHours: pick(hours),
      lastChecked: '2026-11-23',
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(stringify(syntheticOffices(Number(process.argv[2] ?? 2500))));
}
