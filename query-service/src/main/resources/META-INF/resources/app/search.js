// Search: one box for words and names in any script, facet filters with counts, keyset pages and articles per day.
// The URL holds the whole query, so that a search can be bookmarked and shared.
import {h} from './dom.js';
import {get} from './api.js';
import {t, ui, number, languageName, countryName} from './i18n.js';
import {articleCard, failure, go} from './parts.js';
import {dayChart} from './chart.js';

export const FILTERS = ['q', 'entity', 'language', 'topic', 'country', 'source', 'from', 'to', 'story'];
const MULTI = new Set(['entity', 'language', 'topic', 'country', 'source']);
const FACETS = [['languages', 'language'], ['topics', 'topic'], ['countries', 'country'], ['sources', 'source'],
  ['entities', 'entity']];

/** The filters of a URL's query, as the API takes them. */
export function filtersOf(params) {
  const f = {};
  for (const name of FILTERS) {
    const values = params.getAll(name).filter(v => v !== '');
    if (values.length) f[name] = MULTI.has(name) ? values : values[0];
  }
  return f;
}

function label(facet, value, entry) {
  if (facet === 'language') return languageName(value);
  if (facet === 'country') return countryName(value);
  return entry && entry.label ? entry.label : value;
}

export function search(view, params) {
  const filters = filtersOf(params);
  const cursor = params.get('cursor');
  const input = h('input', {type: 'search', id: 'search-q', name: 'q', value: filters.q || '', dir: 'auto',
    autocomplete: 'off'});
  const from = h('input', {type: 'date', id: 'search-from', value: filters.from || ''});
  const to = h('input', {type: 'date', id: 'search-to', value: filters.to || ''});
  const form = h('form', {role: 'search', class: 'search-form', onsubmit: event => { event.preventDefault(); submit(); }},
    h('label', {for: 'search-q'}, t('searchLabel')), h('div', {class: 'row'}, input,
      h('button', {type: 'submit'}, t('searchButton'))),
    h('div', {class: 'row dates'}, h('label', {for: 'search-from'}, t('from')), from,
      h('label', {for: 'search-to'}, t('to')), to));
  const active = h('div', {class: 'active-filters'});
  const results = h('section', {class: 'results', 'aria-label': t('search')});
  const side = h('aside', {class: 'facets', 'aria-label': t('filters')});
  view.replaceChildren(h('h1', {}, t('search')), form, active, h('div', {class: 'columns'}, results, side));

  async function submit() {
    const text = input.value.trim();
    const next = {...filters, from: from.value, to: to.value};
    delete next.q;
    if (text) {
      // a name of a known entity searches its mentions in every language and script; other text, the words
      const found = await get('/entities', {q: text, limit: 5, lang: ui}).catch(() => ({items: []}));
      const exact = found.items.find(e => e.exact); // the server folds names as its index does
      if (exact) {
        next.entity = [...new Set([...(next.entity || []), exact.id])];
      } else {
        next.q = text;
      }
    }
    location.hash = go('/search', next);
  }

  for (const [name, value] of Object.entries(filters)) {
    for (const v of [].concat(value)) {
      const without = {...filters, [name]: [].concat(value).filter(x => x !== v)};
      active.append(h('a', {class: 'chip active', href: go('/search', without)}, t(name === 'q' ? 'search' : name) + ': ',
        h('bdi', {class: 'filter-value', dataset: {filter: name, value: v}}, name === 'language' ? languageName(v)
          : name === 'country' ? countryName(v) : v),
        h('span', {'aria-hidden': 'true'}, ' ×'), h('span', {class: 'sr-only'}, ' (' + t('removeFilter') + ')')));
    }
  }
  if (Object.keys(filters).length) active.append(h('a', {href: '#/search', class: 'clear'}, t('clear')));

  if (filters.q) {
    get('/entities', {q: filters.q, limit: 5, lang: ui}).then(found => {
      if (found.items.length) {
        active.append(h('p', {class: 'suggest'}, t('namedLike') + ': ', found.items.map(e =>
          h('a', {class: 'chip', href: go('/search', {...filters, q: undefined, entity: [e.id]}), dir: 'auto'},
            h('bdi', {}, e.name)))));
      }
    }).catch(() => {});
  }

  const listParams = {...filters, limit: 20, tags: 'true', lang: ui, cursor: cursor || undefined};
  Promise.all([get('/articles', listParams), get('/facets', {...filters, size: 8, lang: ui})]).then(([page, facets]) => {
    results.replaceChildren(
      h('p', {class: 'count', id: 'result-count'}, t('results', number(facets.total))),
      dayChart(facets.days, t('perDay')),
      page.items.length ? h('ol', {class: 'cards', id: 'results'}, page.items.map(articleCard)) : h('p', {}, t('none')),
      h('nav', {class: 'pages', 'aria-label': t('pages')},
        cursor ? h('a', {href: go('/search', filters)}, t('first')) : null,
        page.nextCursor ? h('a', {href: go('/search', {...filters, cursor: page.nextCursor}), rel: 'next'}, t('next')) : null));
    side.replaceChildren(...FACETS.map(([key, name]) => facetList(facets[key] || [], name, filters)));
    // the chips of chosen entities and topics show their names, not their ids
    for (const chip of active.querySelectorAll('.filter-value')) {
      const list = {entity: facets.entities, topic: facets.topics}[chip.dataset.filter] || [];
      const known = list.find(e => e.value === chip.dataset.value);
      if (known && known.label) chip.textContent = known.label;
    }
    view.setAttribute('aria-busy', 'false');
  }).catch(error => { results.replaceChildren(failure(error)); view.setAttribute('aria-busy', 'false'); });
}

function facetList(entries, name, filters) {
  if (!entries.length) return null;
  const chosen = [].concat(filters[name] || []);
  return h('section', {class: 'facet'}, h('h2', {}, t(name)), h('ul', {},
    entries.map(e => {
      const on = chosen.includes(e.value);
      const next = {...filters, [name]: on ? chosen.filter(v => v !== e.value) : [...chosen, e.value]};
      return h('li', {}, h('a', {href: go('/search', next), class: on ? 'on' : null, 'aria-current': on ? 'true' : null},
        h('bdi', {dir: 'auto'}, label(name, e.value, e)), ' ', h('span', {class: 'n'}, number(e.articles))));
    })));
}

