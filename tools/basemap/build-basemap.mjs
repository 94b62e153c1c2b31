// SPDX-License-Identifier: GPL-3.0-or-later
// Builds resources/basemap/basemap.bin, the boundaries the offline map draws, from
// public-domain data on the npm registry:
//   us-atlas 3.0.1    states-10m.json     (US Census Bureau cartographic boundaries, 1:10m)
//   world-atlas 2.0.2 countries-50m.json  (Natural Earth admin-0 countries, 1:50m)
// Usage: npm install && npm run build   (in tools/basemap)
//
// The file keeps TopoJSON's shape (shared arcs, so a border is stored and drawn once) in a
// compact binary form read by core/geo/basemap.cpp:
//   "CABM", u32 version, u32 layer count; then per layer:
//     string name; f64 scaleX, scaleY, translateX, translateY (lon = x * scaleX + translateX)
//     varint arc count; per arc: varint point count, then zigzag-varint deltas x, y
//     varint feature count; per feature: string id, string name, varint polygon count;
//       per polygon: varint ring count; per ring: varint arc count, zigzag-varint arc refs
//       (TopoJSON's: ~i is arc i reversed)
//   strings are a varint byte length and UTF-8. Integers are little-endian.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const output = join(here, '..', '..', 'resources', 'basemap', 'basemap.bin');

const bytes = [];
const u8 = (v) => bytes.push(v & 0xff);
const u32 = (v) => { for (let i = 0; i < 4; ++i) u8(v >>> (8 * i)); };
const f64 = (v) => { const b = Buffer.alloc(8); b.writeDoubleLE(v); for (const x of b) u8(x); };
const varint = (v) => {
  if (v < 0) throw new Error('varint of a negative number');
  while (v >= 0x80) { u8((v & 0x7f) | 0x80); v = Math.floor(v / 128); }
  u8(v);
};
const zigzag = (v) => varint(v >= 0 ? 2 * v : -2 * v - 1);
const string = (s) => { const b = Buffer.from(String(s ?? ''), 'utf8'); varint(b.length); for (const x of b) u8(x); };

function polygonsOf(geometry) {
  if (geometry.type === 'Polygon') return [geometry.arcs];
  if (geometry.type === 'MultiPolygon') return geometry.arcs;
  return []; // null geometries (a few tiny territories)
}

function writeLayer(name, file, objectName) {
  const topology = JSON.parse(readFileSync(join(here, 'node_modules', file), 'utf8'));
  if (!topology.transform) throw new Error(`${file} is not quantized`);
  const { scale, translate } = topology.transform;
  string(name);
  f64(scale[0]); f64(scale[1]); f64(translate[0]); f64(translate[1]);
  varint(topology.arcs.length);
  let points = 0;
  for (const arc of topology.arcs) {
    varint(arc.length);
    for (const [dx, dy] of arc) { zigzag(dx); zigzag(dy); }
    points += arc.length;
  }
  const geometries = topology.objects[objectName].geometries;
  varint(geometries.length);
  for (const g of geometries) {
    string(g.id);
    string(g.properties?.name);
    const polygons = polygonsOf(g);
    varint(polygons.length);
    for (const rings of polygons) {
      varint(rings.length);
      for (const ring of rings) {
        varint(ring.length);
        for (const ref of ring) zigzag(ref);
      }
    }
  }
  console.log(`${name}: ${geometries.length} features, ${topology.arcs.length} arcs, ${points} points`);
}

for (const c of 'CABM') u8(c.charCodeAt(0));
u32(1);
u32(2);
writeLayer('countries', 'world-atlas/countries-50m.json', 'countries');
writeLayer('states', 'us-atlas/states-10m.json', 'states');
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, Buffer.from(bytes));
console.log(`wrote ${output}: ${bytes.length} bytes`);
