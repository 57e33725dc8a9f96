// Countries shaded by how many articles (of the current filters) are about them. Geometry: Natural Earth 1:110m from
// the world-atlas package, drawn with d3-geo's Equal Earth projection; everything is served by this service.
import {h, s, script} from './dom.js';
import {get} from './api.js';
import {t, ui, number} from './i18n.js';
import {failure, go} from './parts.js';
import {filtersOf} from './search.js';

const SHADES = 5;

async function libraries() {
  await script('/webjars/d3-array/3.2.4/dist/d3-array.min.js');
  await script('/webjars/d3-geo/3.1.1/dist/d3-geo.min.js');
  await script('/vendor/topojson-client/topojson-client.min.js');
}

export function map(view, params) {
  const filters = filtersOf(params);
  Promise.all([libraries(), get('/facets', {...filters, size: 100, lang: ui}), get('/countries', {lang: ui}),
    fetch('/vendor/world-atlas/countries-110m.json').then(r => r.json())]).then(([, facets, countries, world]) => {
    const numericToCode = new Map(countries.items.map(c => [c.numeric, c]));
    const counts = new Map(facets.countries.map(c => [c.value, c.articles]));
    const max = Math.max(1, ...counts.values());
    const shade = n => n ? 1 + Math.min(SHADES - 1, Math.floor(SHADES * Math.log1p(n) / Math.log1p(max + 0.001))) : 0;
    const shapes = window.topojson.feature(world, world.objects.countries);
    const width = 960, height = 500;
    const projection = window.d3.geoEqualEarth().fitSize([width, height], shapes);
    const path = window.d3.geoPath(projection);
    const svg = s('svg', {viewBox: `0 0 ${width} ${height}`, class: 'world', role: 'group', 'aria-label': t('mapTitle')},
      shapes.features.map(f => {
        const country = numericToCode.get(f.id);
        const code = country ? country.code : '';
        const n = counts.get(code) || 0;
        const name = country ? country.name : f.properties.name;
        const label = name + ': ' + (n ? t('articles', number(n)) : t('noArticles'));
        const shape = s('path', {d: path(f), class: 'country shade-' + shade(n), dataset: {code, count: String(n)}});
        return n ? s('a', {href: go('/search', {...filters, country: [code]}), 'aria-label': label}, s('title', {}, label), shape)
          : s('g', {}, s('title', {}, label), shape);
      }));
    const legend = h('p', {class: 'legend'}, t('mapLegend') + ': ', [...Array(SHADES + 1).keys()].map(i =>
      h('span', {class: 'swatch shade-' + i, title: String(i)})), ' 0 – ' + number(max));
    const table = h('details', {class: 'map-table'}, h('summary', {}, t('mapTable')), h('table', {},
      h('tbody', {}, facets.countries.map(c => h('tr', {},
        h('th', {scope: 'row'}, (countries.items.find(x => x.code === c.value) || {name: c.value}).name),
        h('td', {}, number(c.articles)))))));
    view.replaceChildren(h('h1', {}, t('mapTitle')), h('figure', {class: 'map'}, svg), legend, table);
    view.setAttribute('aria-busy', 'false');
  }).catch(error => { view.replaceChildren(failure(error)); view.setAttribute('aria-busy', 'false'); });
}
