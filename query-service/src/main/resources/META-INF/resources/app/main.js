// The page's router: the hash names the view and holds its whole query (#/search?q=..., #/article/<id>, ...).
// Each route renders into a fresh container: a view whose answer comes after the reader has moved on writes into a
// container that is no longer on the page.
import {h} from './dom.js';
import {t, ui, setUi, chosenUi} from './i18n.js';
import {loading} from './parts.js';
import {feed} from './feed.js';
import {search} from './search.js';
import {article} from './article.js';
import {entity} from './entity.js';
import {story, stories} from './story.js';
import {map} from './map.js';

const NAV = [['feed', '#/'], ['search', '#/search'], ['stories', '#/stories'], ['map', '#/map']];
const TITLED = new Set(['feed', 'search', 'stories', 'map']);
let cleanup = null;
let shownPage = null;
let routes = 0;

function parse() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query] = hash.split('?');
  let parts;
  try {
    parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch (e) {
    parts = ['feed']; // a malformed address: the feed rather than nothing
  }
  return {page: parts[0] || 'feed', id: parts[1], params: new URLSearchParams(query || '')};
}

function route() {
  if (location.hash && !location.hash.startsWith('#/')) return; // an anchor in the page, not a view
  const view = document.getElementById('view');
  const {page, id, params} = parse();
  if (cleanup) {
    cleanup();
    cleanup = null;
  }
  const container = h('div', {class: 'page', 'aria-busy': 'true', dataset: {route: Date.now() + '-' + (++routes), page}});
  view.replaceChildren(container);
  loading(container);
  for (const link of document.querySelectorAll('#nav a')) {
    if (link.dataset.page === page) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  }
  document.title = (TITLED.has(page) ? t(page) : 'Khabar') + ' · Khabar';
  switch (page) {
    case 'search': search(container, params); break;
    case 'article': article(container, id); break;
    case 'entity': entity(container, id); break;
    case 'story': story(container, id); break;
    case 'stories': stories(container, params); break;
    case 'map': map(container, params); break;
    default: cleanup = feed(container);
  }
  const changed = shownPage !== page;
  shownPage = page;
  return changed;
}

function chrome() {
  const skip = document.getElementById('skip-link');
  skip.textContent = t('skip');
  document.querySelector('.brand').setAttribute('aria-label', t('brand'));
  document.getElementById('nav').replaceChildren(...NAV.map(([page, href]) =>
    h('li', {}, h('a', {href, dataset: {page}}, t(page)))));
  const button = document.getElementById('ui-language');
  button.replaceChildren(h('span', {lang: ui === 'fa' ? 'en' : 'fa'}, t('switchTo')));
  button.setAttribute('aria-label', t('switchLabel'));
}

document.getElementById('skip-link').addEventListener('click', event => {
  event.preventDefault(); // not a route: straight to the content
  document.getElementById('view').focus();
});
document.getElementById('ui-language').addEventListener('click', () => {
  setUi(ui === 'fa' ? 'en' : 'fa', true);
  chrome();
  route();
});
// a page left for another keeps no stream open: browsers allow six connections to a host (HTTP/1.1), and a page kept
// in the back-forward cache with its live stream would hold one of them until it is evicted
window.addEventListener('pagehide', () => {
  if (cleanup) {
    cleanup();
    cleanup = null;
  }
});
window.addEventListener('pageshow', event => {
  if (event.persisted) route();
});
window.addEventListener('hashchange', () => {
  if (route()) {
    // another view: from its top, focus on the content; a new filter or page of the same view keeps the reader's place
    window.scrollTo(0, 0);
    document.getElementById('view').focus({preventScroll: true});
  }
});
setUi(chosenUi(new URLSearchParams(location.search).get('ui')), false);
chrome();
route();
