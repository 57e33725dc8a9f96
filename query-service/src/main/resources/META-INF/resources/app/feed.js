// Live feed: the newest stored articles, then every article as it is stored (the SSE stream). While the reader is
// scrolled down, new articles wait in a buffer behind an "N new" button instead of moving the page.
import {h} from './dom.js';
import {get, articleStream} from './api.js';
import {t} from './i18n.js';
import {articleCard, failure} from './parts.js';

const FIRST_PAGE = 30;
const KEEP = 300;

export function feed(view) {
  const list = h('ol', {class: 'cards feed', 'aria-label': t('feed')});
  const waiting = [];
  const more = h('button', {type: 'button', class: 'new-marker', hidden: true, onclick: () => { flush(); window.scrollTo(0, 0); }});
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
    for (const article of waiting.splice(0)) put(article, true);
    more.hidden = true;
    status.textContent = t('live');
  }
  function arrived(article) {
    if (reading()) {
      waiting.push(article);
      more.textContent = t('newArticles', waiting.length);
      more.hidden = false;
      status.textContent = t('paused');
    } else {
      put(article, true);
    }
  }
  const onScroll = () => { if (!reading() && waiting.length) flush(); };
  window.addEventListener('scroll', onScroll, {passive: true});

  // the stream first, so that nothing stored between the first page and the stream's start is missed
  const source = articleStream({tags: 'true'});
  const early = [];
  let ready = false;
  source.addEventListener('article', event => {
    const article = JSON.parse(event.data);
    if (ready) arrived(article); else early.push(article);
  });
  source.addEventListener('open', () => { status.textContent = reading() && waiting.length ? t('paused') : t('live'); });
  source.addEventListener('error', () => { status.textContent = t('reconnecting'); });

  get('/articles', {limit: FIRST_PAGE, tags: 'true'}).then(page => {
    for (const article of page.items) put(article, false);
    ready = true;
    for (const article of early.splice(0)) arrived(article);
    view.setAttribute('aria-busy', 'false');
    performance.mark('khabar:feed-rendered');
  }).catch(error => { view.append(failure(error)); view.setAttribute('aria-busy', 'false'); });

  return () => {
    source.close();
    window.removeEventListener('scroll', onScroll);
  };
}
