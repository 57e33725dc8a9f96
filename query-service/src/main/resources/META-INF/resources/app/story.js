// Stories: the list, most recently active first, and one story with its reports grouped by language on a timeline.
import {h, direction} from './dom.js';
import {get} from './api.js';
import {t, ui, number, dateTime, day, languageName, countryName} from './i18n.js';
import {failure, go, section, titled} from './parts.js';

export function stories(view, params) {
  const cursor = params.get('cursor');
  get('/stories', {lang: ui, limit: 20, cursor: cursor || undefined, minArticles: params.get('minArticles') || undefined}).then(page => {
    view.replaceChildren(h('h1', {}, t('allStories')),
      page.items.length ? h('ol', {class: 'cards'}, page.items.map(st => h('li', {class: 'card'},
        h('a', {class: 'title', href: go('/story/' + encodeURIComponent(st.id)), dir: 'auto'}, h('bdi', {}, st.label)),
        h('p', {class: 'meta'}, st.languages.map(languageName).join(', '), ' · ',
          t('storySize', number(st.articleCount), number(st.memberCount)), ' · ', day(st.firstSeen), ' – ', day(st.lastSeen)))))
        : h('p', {}, t('none')),
      h('nav', {class: 'pages'}, cursor ? h('a', {href: '#/stories'}, t('first')) : null,
        page.nextCursor ? h('a', {href: go('/stories', {cursor: page.nextCursor}), rel: 'next'}, t('next')) : null));
    view.setAttribute('aria-busy', 'false');
  }).catch(error => { view.replaceChildren(failure(error)); view.setAttribute('aria-busy', 'false'); });
}

export function story(view, id) {
  get('/stories/' + encodeURIComponent(id), {lang: ui}).then(st => {
    const s = st.story;
    titled(s.label);
    view.replaceChildren(h('div', {class: 'columns story'},
      h('div', {class: 'main'},
        h('h1', {dir: 'auto', id: 'story-label'}, h('bdi', {}, s.label)),
        h('p', {class: 'meta'}, t('storyLanguages') + ': ', s.languages.map(languageName).join(', '), ' · ',
          t('storySize', number(s.articleCount), number(s.memberCount)), ' · ', dateTime(s.firstSeen), ' – ', dateTime(s.lastSeen)),
        h('h2', {}, t('members')),
        h('div', {class: 'timeline'}, Object.entries(st.members).map(([language, members]) =>
          h('section', {class: 'lane', dataset: {language}},
            h('h3', {}, languageName(language), ' (' + number(members.length) + ')'),
            h('ol', {class: 'plain'}, members.map(m => h('li', {class: m.duplicate ? 'member copy' : 'member'},
              h('time', {datetime: m.publishedAt}, dateTime(m.publishedAt)), ' ',
              h('a', {href: go('/article/' + encodeURIComponent(m.id)), lang: language, dir: direction(language)},
                m.title || m.source || m.id),
              m.duplicate ? h('span', {class: 'badge'}, t('copy')) : null,
              m.linkedTo ? h('span', {class: 'muted'}, ' · ' + t('linkedTo', m.linkedTo.slice(0, 8),
                m.similarity === undefined ? '' : number(m.similarity))) : null))))))),
      h('aside', {class: 'side'},
        section(t('entities'), h('p', {class: 'tags'}, st.entities.map(e =>
          h('a', {class: 'chip entity type-' + e.type, href: go('/entity/' + encodeURIComponent(e.id)), dir: 'auto'},
            h('bdi', {}, e.name), ' ', h('span', {class: 'n'}, number(e.articles)))))),
        st.countries.length ? section(t('countries'), h('p', {class: 'tags'}, st.countries.map(c =>
          h('a', {class: 'chip', href: go('/search', {country: c})}, countryName(c))))) : null,
        h('p', {}, h('a', {href: go('/search', {story: s.id})}, t('search') + ' →')))));
    view.setAttribute('aria-busy', 'false');
  }).catch(error => { view.replaceChildren(failure(error)); view.setAttribute('aria-busy', 'false'); });
}
