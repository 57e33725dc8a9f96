// Pieces several pages share: an article's card, tag chips, loading and error states.
import {h, direction} from './dom.js';
import {query} from './api.js';
import {t, dateTime, languageName} from './i18n.js';

/** A link inside the page: a view's path and its query, built as the API's. */
export function go(path, params) {
  return '#' + path + query(params);
}

export function entityLink(entity, extra) {
  return h('a', {href: go('/entity/' + encodeURIComponent(entity.id)), class: 'chip entity type-' + (entity.type || 'other'),
    dir: 'auto', title: (entity.type || '') + (extra ? ' · ' + extra : '')}, h('bdi', {}, entity.name || entity.id));
}

export function topicLink(topic) {
  return h('a', {href: go('/search', {topic: topic.id}), class: 'chip topic', dir: 'auto',
    title: topic.id + ' · ' + topic.score}, h('bdi', {}, topic.label || topic.id));
}

/** The first line of a snippet, for articles that came without a title. */
function firstLine(snippet) {
  if (!snippet) return null;
  const line = snippet.split('\n').find(l => l.trim()) || '';
  return line.length > 140 ? line.slice(0, 140) + '…' : line;
}

/** An article in a list: title, source, language, time, top entities and topics. */
export function articleCard(a) {
  const language = a.language && a.language.code;
  return h('li', {class: 'card', dataset: {id: a.id}},
    h('a', {class: 'title', href: go('/article/' + encodeURIComponent(a.id)), lang: language || null,
      dir: direction(language)}, a.title || firstLine(a.snippet) || a.id),
    h('p', {class: 'meta'},
      h('bdi', {class: 'source'}, a.source || ''), ' · ',
      h('span', {class: 'language'}, languageName(language)), ' · ',
      h('time', {datetime: a.publishedAt || a.receivedAt}, dateTime(a.publishedAt || a.receivedAt)),
      a.duplicateOf ? [' · ', h('a', {href: go('/article/' + encodeURIComponent(a.duplicateOf)), class: 'copy',
        title: t('copyOf')}, t('copy'))] : null,
      a.story ? [' · ', h('a', {href: go('/story/' + encodeURIComponent(a.story))}, t('story'))] : null),
    a.title && a.snippet ? h('p', {class: 'snippet', lang: language || null, dir: direction(language)}, firstLine(a.snippet)) : null,
    (a.entities && a.entities.length) || (a.topics && a.topics.length)
      ? h('p', {class: 'tags'}, (a.entities || []).map(e => entityLink(e)), (a.topics || []).map(topicLink))
      : null);
}

/** The browser tab's title for a view about one thing. */
export function titled(name) {
  document.title = (name || '') + ' · Khabar';
}

export function loading(view) {
  view.setAttribute('aria-busy', 'true');
  view.replaceChildren(h('p', {class: 'status'}, t('loading')));
}

export function failure(error) {
  return h('p', {class: 'error', role: 'alert'}, t('failed', error.message || String(error)));
}

export function section(title, ...content) {
  return h('section', {class: 'panel'}, h('h2', {}, title), content);
}
