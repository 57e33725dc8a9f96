// One article: its text with mentions, quotations and dates marked from their offsets (never from markup), the
// boilerplate cleaning removed on demand, and its tags, attribution, copies and story beside it.
import {h, direction, outsideLink} from './dom.js';
import {get} from './api.js';
import {t, ui, dateTime, languageName, countryName, number} from './i18n.js';
import {entityLink, topicLink, failure, go, section, titled} from './parts.js';

/** Spans nested as the text has them (a quotation holds mentions); a span crossing another's edge is left out. */
export function nest(length, spans) {
  const root = {start: 0, end: length, children: []};
  const stack = [root];
  const sorted = spans.filter(sp => sp.start >= 0 && sp.end <= length && sp.start < sp.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  for (const span of sorted) {
    while (stack.length > 1 && stack[stack.length - 1].end <= span.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (span.end > parent.end) continue;
    const node = {...span, children: []};
    parent.children.push(node);
    stack.push(node);
  }
  return root;
}

function mark(span, text, children) {
  if (span.kind === 'mention') {
    const about = [span.type, span.entityId, t('evidence') + ': ' + span.evidence,
      t('confidence') + ': ' + Number(span.confidence).toFixed(2)];
    if (span.role) about.push(t('role') + ': ' + [span.role.position, span.role.country].filter(Boolean).join(', '));
    return h('a', {class: 'mention type-' + span.type, href: go('/entity/' + encodeURIComponent(span.entityId)),
      title: about.join(' · '), dataset: {entity: span.entityId, type: span.type, evidence: span.evidence || ''}}, children);
  }
  if (span.kind === 'quotation') {
    return h('span', {class: 'quotation', title: t('quote') + ' (' + span.type + ')' + (span.speakerId ? ' · ' + span.speakerId : ''),
      dataset: {speaker: span.speakerId || ''}}, children);
  }
  if (span.kind === 'date') {
    return h('time', {class: 'date', title: [t('date'), span.type, t('calendar') + ': ' + span.calendar, span.granularity]
      .filter(Boolean).join(' · ')}, children);
  }
  return h('span', {class: 'removed', title: t('removed', span.reason), dataset: {reason: span.reason}}, children);
}

function render(node, text) {
  const out = [];
  let at = node.start;
  for (const child of node.children) {
    if (child.start > at) out.push(text.slice(at, child.start));
    out.push(mark(child, text, render(child, text)));
    at = child.end;
  }
  if (at < node.end) out.push(text.slice(at, node.end));
  return out;
}

export function spansOf(a) {
  const spans = [...(a.spans || [])];
  for (const d of a.dates || []) spans.push({kind: 'date', start: d.start, end: d.end, type: d.kind, calendar: d.calendar, granularity: d.granularity});
  for (const r of a.removed || []) spans.push({kind: 'removed', start: r.start, end: r.end, reason: r.reason});
  return spans;
}

export function article(view, id) {
  get('/articles/' + encodeURIComponent(id), {spans: 'true', lang: ui}).then(a => {
    const language = a.language && a.language.code;
    const dir = direction(language);
    const body = h('div', {class: 'article-text hide-removed', lang: language || null, dir, id: 'article-text'},
      render(nest(a.text.length, spansOf(a)), a.text));
    const toggle = h('button', {type: 'button', 'aria-controls': 'article-text', 'aria-expanded': 'false',
      hidden: !(a.removed && a.removed.length), onclick: () => {
        const showing = body.classList.toggle('hide-removed') === false;
        toggle.setAttribute('aria-expanded', String(showing));
        toggle.textContent = showing ? t('hideRemoved') : t('showRemoved');
      }}, t('showRemoved'));
    const when = a.publication ? a.publication.value : (a.publishedAt || a.receivedAt);
    const heading = a.title || (a.cleanText || a.text).split('\n')[0].slice(0, 160);
    titled(heading);
    view.replaceChildren(h('article', {class: 'columns article'},
      h('div', {class: 'main'},
        h('h1', {lang: language || null, dir}, heading),
        h('p', {class: 'meta'}, h('bdi', {}, a.source || ''), ' · ', languageName(language), ' · ',
          h('time', {datetime: when}, dateTime(when)),
          a.publication ? h('span', {class: 'muted'}, ' (' + t('provenance', a.publication.provenance) + ')') : null,
          a.url ? [' · ', outsideLink(a.url, t('original'))] : null),
        a.duplicateOf ? h('p', {class: 'notice'}, h('a', {href: go('/article/' + encodeURIComponent(a.duplicateOf.id))},
          t('duplicateOf', number(a.duplicateOf.similarity)))) : null,
        a.story ? h('p', {class: 'notice'}, t('story') + ': ', h('a', {href: go('/story/' + encodeURIComponent(a.story.id)),
          id: 'story-link'}, a.story.id)) : null,
        toggle, body),
      h('aside', {class: 'side'},
        a.entities.length ? section(t('entities'), h('p', {class: 'tags'}, a.entities.map(e => entityLink(e, t('mentions', e.mentions))))) : null,
        a.countries.length ? section(t('countries'), h('p', {class: 'tags'}, a.countries.map(c =>
          h('a', {class: 'chip', href: go('/search', {country: c})}, countryName(c))))) : null,
        a.topics.length ? section(t('topics'), h('p', {class: 'tags'}, a.topics.map(topicLink))) : null,
        a.keywords.length ? section(t('keywords'), h('ul', {class: 'plain', lang: language || null, dir},
          a.keywords.map(k => h('li', {}, k.phrase)))) : null,
        a.quotations.length ? section(t('quotations'), h('ul', {class: 'plain'}, a.quotations.map(q =>
          h('li', {}, h('blockquote', {lang: language || null, dir}, q.quote), h('p', {class: 'muted'},
            q.speakerId ? h('a', {href: go('/entity/' + encodeURIComponent(q.speakerId))}, t('by', q.speakerId))
              : t('unknownSpeaker')))))) : null,
        attribution(a, language, dir))));
    view.setAttribute('aria-busy', 'false');
  }).catch(error => { view.replaceChildren(failure(error)); view.setAttribute('aria-busy', 'false'); });
}

function attribution(a, language, dir) {
  const at = a.attribution;
  if (!at) return null;
  const quote = span => h('span', {lang: language || null, dir}, a.text.slice(span.start, span.end));
  const parts = [];
  if (at.headline) parts.push(h('p', {}, quote(at.headline)));
  if (at.lead) parts.push(h('p', {}, t('lead') + ': ', quote(at.lead)));
  for (const credit of at.credits || []) {
    parts.push(h('p', {}, t('credits') + ' (' + credit.role + '): ', h('bdi', {}, credit.name),
      h('span', {class: 'muted'}, ' · ' + t('evidence') + ': ' + credit.evidence)));
  }
  for (const phrase of at.phrases || []) parts.push(h('p', {}, quote(phrase)));
  return parts.length ? section(t('attribution'), parts) : null;
}
