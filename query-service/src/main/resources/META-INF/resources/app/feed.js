// Live feed: the newest stored articles, then every article as it is stored (the SSE stream). While the reader is
// scrolled down, new articles wait behind an "N new" button instead of moving the page.
import {h} from './dom.js';
import {get, articleStream} from './api.js';
import {t, ui} from './i18n.js';
import {articleCard, failure} from './parts.js';

const FIRST_PAGE = 30;
const KEEP = 300;

export function feed(view) {
  const list = h('ol', {class: 'cards feed', 'aria-label': t('feed')});
  /** Articles held back while the reader is scrolled down, by id (one stored again replaces itself). */
  const waiting = new Map();
  const more = h('button', {type: 'button', class: 'new-marker', hidden: true, onclick: () => {
    flush();
    window.scrollTo(0, 0);
    const first = list.querySelector('.card .title');
    if (first) first.focus(); // the button is gone: the reader goes on at the newest article
  }});
  const status = h('p', {class: 'status', role: 'status'}, t('live'));
  view.replaceChildren(h('h1', {}, t('feed')), status, more, list);

  const shown = new Map();
  function put(article, atTop) {
    const card = articleCard(article);
    const old = shown.get(article.id);
    if (old) {
      old.replaceWith(card); // stored again with a newer enrichment: same place, new tags
    } else if (atTop) {
      list.prepend(card);
    } else {
      list.append(card);
    }
    shown.set(article.id, card);
    while (list.children.length > KEEP) {
      shown.delete(list.lastElementChild.dataset.id);
      list.lastElementChild.remove();
    }
  }
  function reading() {
    return window.scrollY > 40;
  }
  function flush() {
    for (const article of waiting.values()) put(article, true);
    waiting.clear();
    more.hidden = true;
    status.textContent = t('live');
  }
  function arrived(article) {
    if (shown.has(article.id) || !reading()) {
      put(article, !shown.has(article.id)); // a new version of one on screen is updated where it is
      return;
    }
    waiting.delete(article.id);
    waiting.set(article.id, article);
    while (waiting.size > KEEP) waiting.delete(waiting.keys().next().value);
    more.textContent = t('newArticles', waiting.size);
    more.hidden = false;
    status.textContent = t('paused');
  }
  const onScroll = () => { if (!reading() && waiting.size) flush(); };
  window.addEventListener('scroll', onScroll, {passive: true});

  // The first page is asked for once the stream is open: the stream's start is fixed before its response begins, so
  // whatever is stored between the two comes over the stream (an article in both is shown once).
  const source = articleStream({tags: 'true', lang: ui});
  const early = new Map();
  let listed = false;
  let asked = false;
  source.addEventListener('article', event => {
    const article = JSON.parse(event.data);
    if (listed) arrived(article); else early.set(article.id, article);
  });
  function firstPage() {
    if (asked) return;
    asked = true;
    get('/articles', {limit: FIRST_PAGE, tags: 'true', lang: ui}).then(page => {
      for (const article of page.items) put(article, false);
      listed = true;
      for (const article of early.values()) arrived(article);
      early.clear();
      view.setAttribute('aria-busy', 'false');
      performance.mark('khabar:feed-rendered');
    }).catch(error => { view.append(failure(error)); view.setAttribute('aria-busy', 'false'); });
  }
  source.addEventListener('open', () => {
    status.textContent = waiting.size ? t('paused') : t('live');
    firstPage();
  });
  source.addEventListener('error', () => {
    status.textContent = t('reconnecting');
    firstPage(); // no stream: the newest articles all the same
  });

  return () => {
    source.close();
    window.removeEventListener('scroll', onScroll);
  };
}
