// Articles per day as SVG bars, one slot a day from the first to the last (days without articles are empty slots).
// Written here rather than taken from a charting library: it is a few lines, each bar has its own title for the
// mouse, and the chart as a whole a summary for screen readers.
import {s, h} from './dom.js';
import {number, day} from './i18n.js';

const DAY = 86400000;
const MOST_DAYS = 1500;

/** The days from the first to the last with their counts, the missing ones at 0 (as given when the span is longer). */
function everyDay(days) {
  const first = Date.parse(days[0].day + 'T00:00:00Z');
  const last = Date.parse(days[days.length - 1].day + 'T00:00:00Z');
  const span = Math.round((last - first) / DAY) + 1;
  if (!(span > 0) || span > MOST_DAYS) return days;
  const counts = new Map(days.map(d => [d.day, d.articles]));
  return Array.from({length: span}, (_, i) => {
    const key = new Date(first + i * DAY).toISOString().slice(0, 10);
    return {day: key, articles: counts.get(key) || 0};
  });
}

export function dayChart(given, label) {
  if (!given || given.length === 0) return null;
  const days = everyDay(given);
  const width = 640, height = 140, top = 10, bottom = 24;
  const max = Math.max(...days.map(d => d.articles));
  const busiest = days.find(d => d.articles === max);
  const step = width / days.length;
  const bar = Math.max(1, step - (step > 3 ? 2 : 0));
  const summary = label + ': ' + day(days[0].day) + ' – ' + day(days[days.length - 1].day) + ', ' + number(max)
    + ' on ' + day(busiest.day);
  const svg = s('svg', {viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-label': summary},
    days.map((d, i) => {
      if (!d.articles) return null;
      const barHeight = Math.max(1, (height - top - bottom) * d.articles / max);
      return s('g', {class: 'bar', dataset: {day: d.day, articles: String(d.articles)}},
        s('title', {}, day(d.day) + ': ' + number(d.articles)),
        s('rect', {x: i * step + (step > 3 ? 1 : 0), y: height - bottom - barHeight, width: bar, height: barHeight}));
    }),
    s('text', {x: 0, y: height - 6, class: 'axis'}, day(days[0].day)),
    days.length > 1 ? s('text', {x: width, y: height - 6, class: 'axis', 'text-anchor': 'end'}, day(days[days.length - 1].day)) : null,
    s('text', {x: 0, y: top, class: 'axis'}, number(max)));
  return h('figure', {class: 'chart-box'}, svg, h('figcaption', {}, label));
}
