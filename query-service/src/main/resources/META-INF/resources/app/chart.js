// Articles per day as SVG bars. Written here rather than taken from a charting library: it is a few lines, and each
// bar is an element with its own title and label that screen readers and the browser tests can read.
import {s, h} from './dom.js';
import {number, day} from './i18n.js';

export function dayChart(days, label) {
  if (!days || days.length === 0) return null;
  const width = 640, height = 140, top = 10, bottom = 24;
  const max = Math.max(...days.map(d => d.articles));
  const step = width / days.length;
  const bar = Math.max(1, step - 2);
  const svg = s('svg', {viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-label': label},
    days.map((d, i) => {
      const barHeight = Math.max(1, (height - top - bottom) * d.articles / max);
      return s('g', {class: 'bar'},
        s('title', {}, day(d.day) + ': ' + number(d.articles)),
        s('rect', {x: i * step + 1, y: height - bottom - barHeight, width: bar, height: barHeight}));
    }),
    s('text', {x: 0, y: height - 6, class: 'axis'}, day(days[0].day)),
    days.length > 1 ? s('text', {x: width, y: height - 6, class: 'axis', 'text-anchor': 'end'}, day(days[days.length - 1].day)) : null,
    s('text', {x: 0, y: top, class: 'axis'}, number(max)));
  return h('figure', {class: 'chart-box'}, svg, h('figcaption', {}, label));
}
