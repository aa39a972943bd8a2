import { escapeHtml } from './escape.js';

export interface Segment {
  value: number;
  color: string;
  /** Tooltip name of the segment. */
  name: string;
  /** Drawn pale: the part that goes away. */
  faded?: boolean;
}

export interface LegendItem {
  name: string;
  color: string;
  faded?: boolean;
}

export interface Bar {
  label: string;
  segments: Segment[];
  /** Text after the bar, e.g. the formatted total. */
  valueText: string;
  /** Drawn hatched: a potential rather than a firm value. */
  muted?: boolean;
}

export interface BarChartSpec {
  id: string;
  title: string;
  bars: Bar[];
  legend?: LegendItem[];
  /** Formats segment values in tooltips (numbers or money, in the report's language). */
  format: (value: number) => string;
}

const WIDTH = 560;
const LABEL_WIDTH = 232;
const ROW = 28;
const BAR = 18;
const LABEL_CHARS = 30;
/** Approximate character widths of the value (11.5px) and legend (11px) text, to leave room for them. */
const CHAR_WIDTH = 6.6;
const LEGEND_CHAR_WIDTH = 6;
const LEGEND_ROW = 18;

/** Legend items flowed left to right, wrapping at the chart's width; y is relative to the legend's top. */
function layoutLegend(items: LegendItem[]): { item: LegendItem; x: number; y: number }[] {
  let x = 10;
  let y = 0;
  return items.map((item) => {
    const w = 26 + item.name.length * LEGEND_CHAR_WIDTH;
    if (x > 10 && x + w > WIDTH - 10) {
      x = 10;
      y += LEGEND_ROW;
    }
    const placed = { item, x, y };
    x += w;
    return placed;
  });
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A horizontal (optionally stacked) bar chart as inline SVG; every text escaped. */
export function barChart(spec: BarChartSpec): string {
  const max = Math.max(1, ...spec.bars.map((b) => b.segments.reduce((s, x) => s + x.value, 0)));
  const valueWidth = 12 + CHAR_WIDTH * Math.max(4, ...spec.bars.map((b) => b.valueText.length));
  const plot = WIDTH - LABEL_WIDTH - valueWidth;
  const legendItems = layoutLegend(spec.legend ?? []);
  const legendHeight = legendItems.length ? 12 + LEGEND_ROW * (1 + Math.max(...legendItems.map((l) => l.y)) / LEGEND_ROW) : 0;
  const height = spec.bars.length * ROW + 8 + legendHeight;
  const rows = spec.bars.map((bar, i) => {
    const y = 4 + i * ROW;
    let x = LABEL_WIDTH;
    const rects = bar.segments
      .filter((s) => s.value > 0)
      .map((s) => {
        const w = Math.max(1.5, (s.value / max) * plot);
        const style = bar.muted ? ` fill-opacity="0.45" stroke="${escapeHtml(s.color)}" stroke-dasharray="3 2"` : s.faded ? ' fill-opacity="0.28"' : '';
        const rect = `<rect class="bar" x="${x.toFixed(1)}" y="${y + (ROW - BAR) / 2}" width="${w.toFixed(1)}" height="${BAR}" rx="2" fill="${escapeHtml(s.color)}"${style}><title>${escapeHtml(`${bar.label} · ${s.name}: ${spec.format(s.value)}`)}</title></rect>`;
        x += w;
        return rect;
      })
      .join('');
    return (
      `<g class="bar-row"><text class="bar-label" x="${LABEL_WIDTH - 8}" y="${y + ROW / 2}" text-anchor="end" dominant-baseline="middle"><title>${escapeHtml(bar.label)}</title>${escapeHtml(truncate(bar.label, LABEL_CHARS))}</text>` +
      `${rects}<text class="bar-value" x="${(x + 6).toFixed(1)}" y="${y + ROW / 2}" dominant-baseline="middle">${escapeHtml(bar.valueText)}</text></g>`
    );
  });
  const legendTop = height - legendHeight + 10;
  const legend = legendItems
    .map(({ item: { name, color, faded }, x, y }) => {
      const top = legendTop + y;
      return `<g class="legend-item"><rect x="${x}" y="${top}" width="11" height="11" rx="2" fill="${escapeHtml(color)}"${faded ? ' fill-opacity="0.28"' : ''}/><text x="${x + 15}" y="${top + 10}">${escapeHtml(name)}</text></g>`;
    })
    .join('');
  return (
    `<figure class="chart" id="${escapeHtml(spec.id)}"><figcaption>${escapeHtml(spec.title)}</figcaption>` +
    `<svg role="img" aria-label="${escapeHtml(spec.title)}" viewBox="0 0 ${WIDTH} ${height}" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">` +
    `<line class="axis" x1="${LABEL_WIDTH}" x2="${LABEL_WIDTH}" y1="2" y2="${height - legendHeight - 2}"/>${rows.join('')}${legend}</svg></figure>`
  );
}
