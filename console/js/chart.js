/**
 * Small SVG charts drawn by hand (no library to ship): grouped bars over time buckets. Each chart
 * has a text title and description, and the numbers are also given as a table for screen readers.
 */
import { h, s } from './dom.js';

/**
 * @param {{ title: string, labels: string[], series: { name: string, values: number[] }[] }} spec
 */
export function barChart({ title, labels, series }) {
  const width = 640;
  const height = 220;
  const pad = { left: 40, right: 8, top: 10, bottom: 40 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const stacked = labels.map((_, i) => series.reduce((sum, ser) => sum + (ser.values[i] ?? 0), 0));
  const max = Math.max(1, ...stacked);
  const step = plotW / Math.max(1, labels.length);
  const barW = Math.min(48, Math.max(2, step * 0.7));
  const y = (v) => pad.top + plotH - (v / max) * plotH;
  const every = Math.ceil(labels.length / 8);
  const titleId = `chart-${Math.random().toString(36).slice(2)}`;

  const bars = [];
  labels.forEach((label, i) => {
    let base = 0;
    series.forEach((ser, k) => {
      const v = ser.values[i] ?? 0;
      if (v > 0) {
        bars.push(
          s(
            'rect',
            {
              class: `s-${k}`,
              x: pad.left + i * step + (step - barW) / 2,
              y: y(base + v),
              width: barW,
              height: y(base) - y(base + v),
            },
            s('title', null, `${label}: ${v} ${ser.name}`),
          ),
        );
      }
      base += v;
    });
  });
  const ticks = [0, Math.round(max / 2), max].map((v) =>
    s(
      'g',
      null,
      s('line', { class: 'axis', x1: pad.left, x2: width - pad.right, y1: y(v), y2: y(v) }),
      s('text', { x: pad.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, String(v)),
    ),
  );
  const xLabels = labels.map((label, i) =>
    i % every === 0 || i === labels.length - 1
      ? s(
          'text',
          {
            x: pad.left + i * step + step / 2,
            y: height - pad.bottom + 16,
            'text-anchor': 'middle',
          },
          label,
        )
      : null,
  );

  return h(
    'figure',
    { class: 'chart-figure' },
    s(
      'svg',
      {
        class: 'chart',
        viewBox: `0 0 ${width} ${height}`,
        role: 'img',
        'aria-labelledby': titleId,
      },
      s('title', { id: titleId }, title),
      ticks,
      bars,
      xLabels,
    ),
    h(
      'figcaption',
      null,
      h(
        'ul',
        { class: 'legend' },
        series.map((ser, k) =>
          h('li', null, h('span', { class: `swatch s-${k}`, 'aria-hidden': 'true' }), ser.name),
        ),
      ),
    ),
    // The numbers for screen readers. (A table ignores a 1px width: the wrapper hides it.)
    h(
      'div',
      { class: 'sr-only' },
      h(
        'table',
        null,
        h('caption', null, title),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { scope: 'col' }, 'When'),
            series.map((ser) => h('th', { scope: 'col' }, ser.name)),
          ),
        ),
        h(
          'tbody',
          null,
          labels.map((label, i) =>
            h(
              'tr',
              null,
              h('th', { scope: 'row' }, label),
              series.map((ser) => h('td', null, String(ser.values[i] ?? 0))),
            ),
          ),
        ),
      ),
    ),
  );
}
