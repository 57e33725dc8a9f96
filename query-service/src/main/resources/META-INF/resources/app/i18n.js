// The interface's words in English and Persian; dates, numbers, language and country names come from the browser's
// CLDR data (Intl), in the Persian calendar when the interface is Persian.

const WORDS = {
  en: {
    skip: 'Skip to content', brand: 'Khabar, live feed', pages: 'Pages', removeFilter: 'remove this filter',
    copyOf: 'copy of an earlier article', feed: 'Live feed', search: 'Search', stories: 'Stories', map: 'Map',
    switchTo: 'فارسی', switchLabel: 'Show the interface in Persian',
    loading: 'Loading…', failed: 'Could not load: {0}', none: 'Nothing found.',
    newArticles: '{0} new — show', paused: 'Paused while you read; new articles wait above.',
    live: 'Live: new articles appear at the top as they are stored.', reconnecting: 'Connection lost; reconnecting…',
    searchLabel: 'Words or a name, in any script', searchButton: 'Search', from: 'From', to: 'To',
    apply: 'Apply', clear: 'Clear all filters', entityFilter: 'Articles mentioning',
    namedLike: 'Entities with this name',
    results: '{0} articles', next: 'Next page', first: 'First page', perDay: 'Matching articles per day',
    language: 'Language', topic: 'Topic', country: 'Country', source: 'Source', entity: 'Entity',
    published: 'Published', received: 'Received', provenance: 'date from: {0}', original: 'Original page',
    showRemoved: 'Show removed boilerplate', hideRemoved: 'Hide removed boilerplate', removed: 'removed: {0}',
    entities: 'Entities', countries: 'Countries', topics: 'Topics', keywords: 'Key phrases',
    quotations: 'Quotations', attribution: 'Attribution', lead: 'Lead', credits: 'Credits', story: 'Story',
    duplicateOf: 'Near-copy of an earlier article ({0} alike)', mentions: '{0} mentions', articles: '{0} articles',
    names: 'Names', firstSeen: 'First seen', lastSeen: 'Last seen', mentionsOverTime: 'Articles per day',
    coOccurring: 'Appears with', recent: 'Recent articles', said: 'said', by: 'by {0}',
    storyLanguages: 'Languages', storySize: '{0} reports, {1} with copies', members: 'Reports by language',
    linkedTo: 'linked to {0} ({1})', copy: 'copy', allStories: 'Stories, most recently active first',
    mapTitle: 'Countries by articles about them', mapLegend: 'Articles', noArticles: 'no articles',
    mapTable: 'The same as a table', evidence: 'evidence', confidence: 'confidence', role: 'role',
    quote: 'quotation', date: 'date', calendar: 'calendar', type: 'type', filters: 'Filters',
    textOf: 'Text', unknownSpeaker: 'speaker unknown',
  },
  fa: {
    skip: 'رفتن به محتوا', brand: 'خبر، خبرهای تازه', pages: 'صفحه‌ها', removeFilter: 'برداشتن این پالایه',
    copyOf: 'رونوشت خبری پیشین', feed: 'خبرهای تازه', search: 'جست‌وجو', stories: 'رویدادها', map: 'نقشه',
    switchTo: 'English', switchLabel: 'نمایش رابط به انگلیسی',
    loading: 'در حال بارگذاری…', failed: 'بارگذاری نشد: {0}', none: 'چیزی یافت نشد.',
    newArticles: '{0} خبر تازه — نمایش', paused: 'تا وقتی می‌خوانید متوقف است؛ خبرهای تازه بالا منتظرند.',
    live: 'زنده: خبرهای تازه همین که ذخیره شوند بالا می‌آیند.', reconnecting: 'اتصال قطع شد؛ در حال اتصال دوباره…',
    searchLabel: 'واژه یا نام، به هر خطی', searchButton: 'جست‌وجو', from: 'از', to: 'تا',
    apply: 'اعمال', clear: 'پاک کردن همهٔ پالایه‌ها', entityFilter: 'خبرهایی که نام می‌برند از',
    namedLike: 'موجودیت‌هایی با این نام',
    results: '{0} خبر', next: 'صفحهٔ بعد', first: 'صفحهٔ نخست', perDay: 'خبرهای یافته در هر روز',
    language: 'زبان', topic: 'موضوع', country: 'کشور', source: 'منبع', entity: 'موجودیت',
    published: 'انتشار', received: 'دریافت', provenance: 'تاریخ از: {0}', original: 'صفحهٔ اصلی',
    showRemoved: 'نمایش بخش‌های حذف‌شده', hideRemoved: 'پنهان کردن بخش‌های حذف‌شده', removed: 'حذف‌شده: {0}',
    entities: 'موجودیت‌ها', countries: 'کشورها', topics: 'موضوع‌ها', keywords: 'عبارت‌های کلیدی',
    quotations: 'نقل‌قول‌ها', attribution: 'انتساب', lead: 'لید', credits: 'اعتبار', story: 'رویداد',
    duplicateOf: 'رونوشت نزدیک خبری پیشین (شباهت {0})', mentions: '{0} بار', articles: '{0} خبر',
    names: 'نام‌ها', firstSeen: 'نخستین بار', lastSeen: 'آخرین بار', mentionsOverTime: 'خبرها در هر روز',
    coOccurring: 'همراه با', recent: 'خبرهای اخیر', said: 'گفت', by: 'از {0}',
    storyLanguages: 'زبان‌ها', storySize: '{0} گزارش، {1} با رونوشت‌ها', members: 'گزارش‌ها به تفکیک زبان',
    linkedTo: 'پیوسته به {0} ({1})', copy: 'رونوشت', allStories: 'رویدادها، تازه‌ترین نخست',
    mapTitle: 'کشورها به شمار خبرهای مربوط', mapLegend: 'خبرها', noArticles: 'بی‌خبر',
    mapTable: 'همین به صورت جدول', evidence: 'شاهد', confidence: 'اطمینان', role: 'نقش',
    quote: 'نقل‌قول', date: 'تاریخ', calendar: 'گاه‌شمار', type: 'نوع', filters: 'پالایه‌ها',
    textOf: 'متن', unknownSpeaker: 'گوینده نامعلوم',
  },
};

function stored() {
  try {
    return localStorage.getItem('khabar.ui');
  } catch (e) {
    return null; // storage blocked: the interface is still usable, it only forgets the choice
  }
}

export let ui = stored() === 'fa' ? 'fa' : 'en';

/** The interface language: the reader's own choice first, then ?ui= in the address, then English. */
export function chosenUi(fromAddress) {
  const own = stored();
  if (own === 'fa' || own === 'en') return own;
  return fromAddress === 'fa' ? 'fa' : 'en';
}

/** Sets the interface language; {@code remember} keeps it for the next visit. */
export function setUi(language, remember) {
  ui = language;
  if (remember) {
    try {
      localStorage.setItem('khabar.ui', language);
    } catch (e) {
      // storage blocked
    }
  }
  document.documentElement.lang = language;
  document.documentElement.dir = language === 'fa' ? 'rtl' : 'ltr';
}

/** A word of the interface, with {0}, {1} filled in. */
export function t(key, ...args) {
  const text = WORDS[ui][key] ?? WORDS.en[key] ?? key;
  return text.replace(/\{(\d)\}/g, (m, i) => String(args[Number(i)]));
}

function locale() {
  return ui === 'fa' ? 'fa-IR-u-ca-persian' : 'en-GB';
}

export function number(n) {
  return new Intl.NumberFormat(ui === 'fa' ? 'fa-IR' : 'en-GB').format(n);
}

export function dateTime(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), {dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC'})
    .format(new Date(iso)) + ' UTC';
}

export function day(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), {dateStyle: 'medium', timeZone: 'UTC'}).format(new Date(iso));
}

function displayName(type, code) {
  try {
    return new Intl.DisplayNames([ui], {type}).of(code) || code;
  } catch (e) {
    return code;
  }
}

export function languageName(code) {
  return code ? displayName('language', code) : '?';
}

export function countryName(code) {
  return code ? displayName('region', code.toUpperCase()) : '?';
}
