// One entity: its names per language and script, articles per day, the entities it appears with, recent articles and
// what it was quoted saying.
import {h, direction} from './dom.js';
import {get} from './api.js';
import {t, ui, number, dateTime, languageName, countryName} from './i18n.js';
import {articleCard, entityLink, failure, go, section, titled} from './parts.js';
import {dayChart} from './chart.js';

export function entity(view, id) {
  Promise.all([get('/entities/' + encodeURIComponent(id), {lang: ui}), get('/facets', {entity: id, size: 1, lang: ui})]).then(([e, facets]) => {
    const names = Object.entries(e.names || {});
    titled(e.name);
    view.replaceChildren(h('div', {class: 'columns entity'},
      h('div', {class: 'main'},
        h('h1', {dir: 'auto', id: 'entity-name'}, h('bdi', {}, e.name)),
        h('p', {class: 'meta'}, e.type, e.country ? [' · ', h('a', {href: go('/search', {country: e.country})}, countryName(e.country))] : null,
          ' · ', h('code', {id: 'entity-id'}, e.id)),
        h('p', {class: 'meta'}, t('mentions', number(e.mentions)), ' · ', t('articles', number(e.articles)), ' · ',
          t('firstSeen') + ' ', dateTime(e.firstSeen), ' · ', t('lastSeen') + ' ', dateTime(e.lastSeen)),
        dayChart(facets.days, t('mentionsOverTime')),
        h('p', {}, h('a', {href: go('/search', {entity: e.id})}, t('search') + ' →')),
        section(t('recent'), h('ol', {class: 'cards'}, (e.recentArticles || []).map(articleCard))),
        e.quotations && e.quotations.length ? section(t('quotations'), h('ul', {class: 'plain'}, e.quotations.map(q =>
          h('li', {}, h('blockquote', {dir: 'auto'}, q.quote),
            h('a', {href: go('/article/' + encodeURIComponent(q.articleId)), class: 'muted'}, t('textOf')))))) : null),
      h('aside', {class: 'side'},
        section(t('names'), h('dl', {class: 'names'}, names.map(([language, list]) => [
          h('dt', {}, languageName(language)),
          list.map(name => h('dd', {lang: language, dir: direction(language)}, name))]))),
        e.coOccurring && e.coOccurring.length ? section(t('coOccurring'), h('p', {class: 'tags'},
          e.coOccurring.map(other => entityLink(other, t('articles', other.mentions))))) : null)));
    view.setAttribute('aria-busy', 'false');
  }).catch(error => { view.replaceChildren(failure(error)); view.setAttribute('aria-busy', 'false'); });
}
