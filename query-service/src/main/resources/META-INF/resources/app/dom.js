// Building the page from data without ever parsing data as HTML: every string becomes a text node or an attribute
// value, never markup. Article text, titles, names and URLs come from the outside world (see the XSS test).

const SVG = 'http://www.w3.org/2000/svg';

function build(element, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on')) {
      if (typeof value !== 'function') throw new Error('an event handler must be a function: ' + key);
      element.addEventListener(key.slice(2), value);
    } else if (key === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (key === 'text') {
      element.textContent = String(value);
    } else {
      element.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

/** Appends strings (as text), nodes and arrays of them; null and undefined are skipped. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** An HTML element: h('a', {href: '#/'}, 'text', otherNode). */
export function h(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** An SVG element. */
export function s(tag, attrs, ...children) {
  return build(document.createElementNS(SVG, tag), attrs, children);
}

/** A link to an outside page, only if the address is http or https (a javascript: URL from an article is dropped). */
export function outsideLink(url, label) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
      return h('a', {href: parsed.href, rel: 'noopener noreferrer nofollow', target: '_blank', dir: 'auto'}, label || parsed.href);
    }
  } catch (e) {
    // not a URL: shown as text below
  }
  return url ? h('span', {dir: 'auto', class: 'muted'}, url) : null;
}

/** Languages written right to left (Kurdish is not among them: most of it is written in Latin script). */
const RTL = new Set(['fa', 'ar', 'ur', 'ps', 'he', 'yi', 'ckb', 'sd', 'ug', 'dv']);
const LTR_UNKNOWN = new Set([undefined, null, '', 'und']);

/** The direction of text in a language; "auto" (from its first strong letter) when the language is not known. */
export function direction(language) {
  if (LTR_UNKNOWN.has(language)) return 'auto';
  return RTL.has(language) ? 'rtl' : 'ltr';
}

// The page's Content-Security-Policy requires Trusted Types: the one policy turns only this service's own paths into
// script URLs.
const policy = window.trustedTypes ? window.trustedTypes.createPolicy('khabar', {
  createScriptURL: url => {
    if (!/^\/(?!\/)/.test(url)) throw new Error('not a script of this service: ' + url);
    return url;
  },
}) : null;

/** Loads a classic script from this service once (the map's libraries are only needed on the map). */
const loaded = new Map();
export function script(src) {
  if (!loaded.has(src)) {
    loaded.set(src, new Promise((resolve, reject) => {
      const tag = document.createElement('script');
      tag.src = policy ? policy.createScriptURL(src) : src;
      tag.addEventListener('load', resolve);
      tag.addEventListener('error', () => reject(new Error('could not load ' + src)));
      document.head.append(tag);
    }));
  }
  return loaded.get(src);
}
