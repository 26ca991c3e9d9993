// Cytoscape's stylesheet, derived from the ontology: one colour and one shape per node kind, one line
// style per status. The legend and the exports read the same tables (NODE_KIND_INFO, STATUS_LINE).
import type { Css, StylesheetJson } from 'cytoscape';
import { NODE_DRAWING } from '../../../shared/layout/forceLayout';
import { NODE_KIND_INFO, NODE_KINDS, STATUSES, type Status } from '../../../shared/ontology';
import type { LabelPlacement } from './keyLabelPlacement';

export interface LineStyle {
  readonly style: 'solid' | 'dashed' | 'dotted';
  /** Dash and gap lengths for dashed lines, so two dashed statuses still look different. */
  readonly dash?: readonly [number, number];
  readonly opacity: number;
}

/** How a relation's status is drawn: certain facts solid, what awaits or is planned dashed, ambitions dotted. */
export const STATUS_LINE: { readonly [S in Status]: LineStyle } = {
  'in-force': { style: 'solid', opacity: 1 },
  'pending-ratification': { style: 'dashed', dash: [9, 4], opacity: 1 },
  planned: { style: 'dashed', dash: [3, 3], opacity: 1 },
  ambition: { style: 'dotted', opacity: 1 },
  historical: { style: 'solid', opacity: 0.4 },
};

/** The same line in SVG terms, for the legend. */
export function svgDash(line: LineStyle): string | undefined {
  if (line.style === 'dotted') return '1.5 3';
  return line.dash?.join(' ');
}

const EDGE_COLOUR = '#767676';

/** The curator's editorial grouping, never drawn like the letter's words: a light grey dotted line. */
export const EDITORIAL_LINE = { colour: '#B0B0B0', style: 'dotted', width: 1.5 } as const;

/**
 * The user's own additions (provenance `user`): purple, a colour no status, kind fill, change or
 * warning uses, so the status keeps its line style and the addition still reads as the user's, never
 * as the letter's. Nodes get a double outline (editorial is dotted, undated dashed). Calm: no badge,
 * no extra width to outshout the letter's facts.
 */
export const USER_MARK = { colour: '#6A3D9A', nodeBorder: 'double', nodeBorderWidth: 4, width: 2 } as const;

/** Provenance and time marks: editorial groupings, the user's additions, and what the dataset cannot date in the applied year. */
const PROVENANCE_STYLES: StylesheetJson = [
  {
    selector: 'edge.editorial',
    style: {
      'line-color': EDITORIAL_LINE.colour,
      'target-arrow-color': EDITORIAL_LINE.colour,
      'line-style': EDITORIAL_LINE.style,
      width: EDITORIAL_LINE.width,
    },
  },
  { selector: 'node.editorial', style: { 'border-style': 'dotted', 'border-width': 2, 'border-color': '#767676' } },
  {
    selector: 'edge.user',
    style: { 'line-color': USER_MARK.colour, 'target-arrow-color': USER_MARK.colour, width: USER_MARK.width },
  },
  {
    selector: 'node.user',
    style: {
      'border-style': USER_MARK.nodeBorder,
      'border-width': USER_MARK.nodeBorderWidth,
      'border-color': USER_MARK.colour,
    },
  },
  // Undated in the applied year: kept (the dataset cannot say it did not hold) but visibly uncertain.
  { selector: 'edge.undated', style: { opacity: 0.45 } },
  { selector: 'node.undated', style: { 'background-opacity': 0.45, 'border-style': 'dashed', 'border-width': 2 } },
];

/** Colours of the change marks (Okabe–Ito), shared with the comparison's list. */
export const CHANGE_COLOURS = { added: '#009E73', changed: '#E69F00', removed: '#CC79A7' } as const;

const CHANGE_STYLES: StylesheetJson = (['added', 'changed', 'removed'] as const).flatMap((change) => [
  {
    selector: `node.change-${change}`,
    style: {
      'border-width': 5,
      'border-color': CHANGE_COLOURS[change],
      ...(change === 'removed' ? { 'border-style': 'dashed' as const, opacity: 0.6 } : {}),
    },
  },
  {
    selector: `edge.change-${change}`,
    style: {
      width: 4,
      'line-color': CHANGE_COLOURS[change],
      'target-arrow-color': CHANGE_COLOURS[change],
      ...(change === 'removed' ? { 'line-style': 'dashed' as const, opacity: 0.6 } : {}),
    },
  },
]);
/**
 * Elements an opened snapshot claims but the dataset does not back: a red dashed outline (absent) or
 * red dotted one (differs), drawn over every other mark so a forged fact never looks genuine.
 */
export const UNVERIFIED_COLOUR = '#C00000';
const UNVERIFIED_STYLES: StylesheetJson = (['absent', 'differs'] as const).flatMap((state) => {
  const line = state === 'absent' ? ('dashed' as const) : ('dotted' as const);
  return [
    {
      selector: `node.unverified-${state}`,
      style: { 'border-width': 5, 'border-color': UNVERIFIED_COLOUR, 'border-style': line },
    },
    {
      selector: `edge.unverified-${state}`,
      style: { width: 4, 'line-color': UNVERIFIED_COLOUR, 'target-arrow-color': UNVERIFIED_COLOUR, 'line-style': line },
    },
  ];
});
const SELECTED = '#0b3d91';

export function graphStylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': NODE_DRAWING.labelFontSize,
        'font-family': 'system-ui, sans-serif',
        color: '#1a1a1a',
        'text-valign': 'bottom',
        'text-margin-y': NODE_DRAWING.labelMargin,
        'text-wrap': 'wrap',
        'text-max-width': `${String(NODE_DRAWING.labelMaxWidth)}px`,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        // Labels too small to read are not drawn: a zoomed-out overview stays legible and fast.
        'min-zoomed-font-size': ORDINARY_LABEL_MIN_PX,
        width: NODE_DRAWING.size,
        height: NODE_DRAWING.size,
        'border-width': 1,
        'border-color': '#333333',
      },
    },
    ...NODE_KINDS.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: {
        'background-color': NODE_KIND_INFO[kind].colour,
        // The ontology names cytoscape's shapes; its type lists a few more than cytoscape's typings.
        shape: NODE_KIND_INFO[kind].shape as Css.NodeShape,
      },
    })),
    // Analysis overlay: a metric's size and colour win over the kind's defaults.
    { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
    { selector: 'node[colour]', style: { 'background-color': 'data(colour)' } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': EDGE_COLOUR,
        'target-arrow-color': EDGE_COLOUR,
        'target-arrow-shape': 'triangle',
        // Straight lines draw much faster; relations sharing both ends with another curve apart.
        'curve-style': 'straight',
        'arrow-scale': 0.8,
      },
    },
    ...STATUSES.map((status) => {
      const line = STATUS_LINE[status];
      return {
        selector: `edge[status = "${status}"]`,
        style: {
          'line-style': line.style,
          ...(line.dash === undefined ? {} : { 'line-dash-pattern': [...line.dash] }),
          opacity: line.opacity,
        },
      };
    }),
    { selector: 'edge.curved', style: { 'curve-style': 'bezier' } },
    {
      selector: 'edge.labelled',
      style: {
        label: 'data(label)',
        'font-size': 9,
        color: '#333333',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
      },
    },
    ...PROVENANCE_STYLES,
    // Filtered out or hidden by hand: not drawn, but kept with its position.
    { selector: '.hidden', style: { display: 'none' } },
    { selector: 'node.pinned', style: { 'outline-width': 2, 'outline-color': '#333333', 'outline-offset': 3 } },
    // Hovering a node: its neighbourhood stays, the rest steps back.
    { selector: '.faded', style: { opacity: 0.15 } },
    // Highlighted path or results: the vermilion of the palette, thick enough to follow.
    { selector: 'node.highlighted', style: { 'border-width': 4, 'border-color': '#D55E00' } },
    {
      selector: 'edge.highlighted',
      style: { width: 4, 'line-color': '#D55E00', 'target-arrow-color': '#D55E00', 'z-index': 10 },
    },
    // Changes since a compared snapshot: added green, changed orange, removed reddish purple and dashed.
    ...CHANGE_STYLES,
    // What an opened snapshot claims that the dataset does not back (see UNVERIFIED_STYLES).
    ...UNVERIFIED_STYLES,
    {
      selector: ':selected',
      style: { 'border-width': 4, 'border-color': SELECTED, 'line-color': SELECTED, 'target-arrow-color': SELECTED },
    },
    // The node the keyboard is on, when it is not selected.
    { selector: 'node.keyboard-focus', style: { 'outline-width': 3, 'outline-color': SELECTED, 'outline-offset': 4 } },
  ];
}

/** Below this on-screen size (CSS pixels) an ordinary label is not drawn at all. */
export const ORDINARY_LABEL_MIN_PX = 7;

/**
 * Whether key labels are needed at this zoom: only once ordinary labels have dropped out. While every
 * label is still drawn, key labels would only enlarge and move some of them — over their neighbours,
 * and into the label boxes a re-layout measures, so the same view would not lay out the same twice.
 */
export function keyLabelsNeeded(zoom: number): boolean {
  return NODE_DRAWING.labelFontSize * zoom < ORDINARY_LABEL_MIN_PX;
}

/**
 * Whether a highlighted path's labels need the key-label treatment at this zoom: as soon as their
 * ordinary label would be drawn smaller than a key label, since a path is highlighted to be read.
 */
export function pathLabelsNeeded(zoom: number): boolean {
  return NODE_DRAWING.labelFontSize * zoom < KEY_LABEL_SCREEN_PX;
}

/** How many of the most connected visible nodes keep a readable label however far the view zooms out. */
export const KEY_LABEL_COUNT = 30;
/** The smallest on-screen size of a key node's label, in CSS pixels (readable on a laptop). */
export const KEY_LABEL_SCREEN_PX = 11;
/** The style properties a key label sets on its node, so they can be taken off again. */
export const KEY_LABEL_PROPS =
  'font-size text-max-width font-weight text-background-opacity text-valign text-halign text-margin-x text-margin-y';

/** The ids of the `count` nodes with the highest degree (ties by id, so the choice is stable). */
export function keyNodeIds(
  nodes: readonly { readonly id: string; readonly degree: number }[],
  count = KEY_LABEL_COUNT,
): string[] {
  return [...nodes]
    .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, count)
    .map((n) => n.id);
}

/**
 * A key node's label at this zoom: zoomed out, its font and wrap width grow in model units so that on
 * screen it stays KEY_LABEL_SCREEN_PX high and wraps as at 100 %; zoomed in it is the ordinary label,
 * only bold. Every other label keeps the stylesheet's size and disappears below `min-zoomed-font-size`,
 * so the overview shows the names that matter and not a hairball of unreadable ones.
 */
export function keyLabelStyle(zoom: number): Record<string, number | string> {
  const scale = Math.max(1, KEY_LABEL_SCREEN_PX / NODE_DRAWING.labelFontSize / zoom);
  return {
    'font-size': NODE_DRAWING.labelFontSize * scale,
    'text-max-width': `${String(Math.round(NODE_DRAWING.labelMaxWidth * scale))}px`,
    'font-weight': 'bold',
    'text-background-opacity': 0.9,
  };
}

/** Screen pixels between a key node and its label. */
const KEY_LABEL_GAP = 3;

/** Puts a key node's label on one side of it, nudged as placed (see keyLabelPlacement.ts); gaps in screen pixels. */
export function keyLabelSide(placement: LabelPlacement, zoom: number): Record<string, number | string> {
  const gap = KEY_LABEL_GAP / zoom;
  const dx = placement.dx / zoom;
  const dy = placement.dy / zoom;
  switch (placement.side) {
    case 'bottom':
      return { 'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-x': dx, 'text-margin-y': gap + dy };
    case 'top':
      return { 'text-valign': 'top', 'text-halign': 'center', 'text-margin-x': dx, 'text-margin-y': dy - gap };
    case 'right':
      return { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': gap + dx, 'text-margin-y': dy };
    case 'left':
      return { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-x': dx - gap, 'text-margin-y': dy };
  }
}
