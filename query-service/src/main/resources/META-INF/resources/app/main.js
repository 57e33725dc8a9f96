// The page's router: the hash names the view and holds its whole query (#/search?q=..., #/article/<id>, ...).
import {h} from './dom.js';
import {t, ui, setUi} from './i18n.js';
import {loading} from './parts.js';
import {feed} from './feed.js';
import {search} from './search.js';
import {article} from './article.js';
import {entity} from './entity.js';
import {story, stories} from './story.js';
import {map} from './map.js';

const NAV = [['feed', '#/'], ['search', '#/search'], ['stories', '#/stories'], ['map', '#/map']];
let cleanup = null;

function route() {
  const view = document.getElementById('view');
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query] = hash.split('?');
  const params = new URLSearchParams(query || '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (cleanup) {
    cleanup();
    cleanup = null;
  }
  loading(view);
  const page = parts[0] || 'feed';
  for (const link of document.querySelectorAll('#nav a')) {
    link.toggleAttribute('aria-current', link.dataset.page === page);
    if (link.dataset.page === page) link.setAttribute('aria-current', 'page');
  }
  document.title = t(page in {feed: 1, search: 1, stories: 1, map: 1} ? page : 'feed') + ' · Khabar';
  switch (page) {
    case 'search': search(view, params); break;
    case 'article': article(view, parts[1]); break;
    case 'entity': entity(view, parts[1]); break;
    case 'story': story(view, parts[1]); break;
    case 'stories': stories(view, params); break;
    case 'map': map(view, params); break;
    default: cleanup = feed(view);
  }
}

function chrome() {
  document.getElementById('skip-link').textContent = t('skip');
  document.getElementById('nav').replaceChildren(...NAV.map(([page, href]) =>
    h('li', {}, h('a', {href, dataset: {page}}, t(page)))));
  const button = document.getElementById('ui-language');
  button.textContent = t('switchTo');
  button.setAttribute('aria-label', t('switchLabel'));
  button.lang = ui === 'fa' ? 'en' : 'fa';
}

document.getElementById('ui-language').addEventListener('click', () => {
  setUi(ui === 'fa' ? 'en' : 'fa');
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
  route();
  document.getElementById('view').focus({preventScroll: true});
});
setUi(new URLSearchParams(location.search).get('ui') === 'fa' ? 'fa' : ui);
chrome();
route();
