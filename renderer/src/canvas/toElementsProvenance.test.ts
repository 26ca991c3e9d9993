// Editorial groupings and elements the dataset cannot date in the applied year are drawn apart
// (classes the stylesheet draws dotted grey and faded), never like the letter's dated facts.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { aNode, anEdge } from '../state/testBuilders';
import { EDITORIAL_LINE, graphStylesheet } from './graphStyle';
import { toElements } from './toElements';

const treaty = aNode('enschede', 'treaty', { signed: '2005' }, 'in-force');
const nodes = new Map([aNode('netherlands'), aNode('drugs', 'phenomenon'), treaty].map((n) => [n.id, n]));
const grouping = { ...anEdge('drugs', 'netherlands', 'form-of'), provenance: 'editorial' as const };
const party = anEdge('netherlands', 'enschede', 'party-to', 'in-force', { signed: '2005' });
const edges = new Map([grouping, party].map((e) => [e.id, e]));
const classesOf = (elements: ReturnType<typeof toElements>, id: string): string[] => {
  const classes = elements.find((e) => e.data.id === id)?.classes ?? '';
  return (typeof classes === 'string' ? classes.split(' ') : classes).filter(Boolean);
};

describe('provenance and time on the canvas', () => {
  it('classes editorial relations and carries provenance as data', () => {
    const elements = toElements(nodes, edges, 'nl');
    expect(classesOf(elements, `edge:${grouping.id}`)).toContain('editorial');
    expect(classesOf(elements, `edge:${party.id}`)).not.toContain('editorial');
    expect(elements.find((e) => e.data.id === `edge:${grouping.id}`)?.data.provenance).toBe('editorial');
  });

  it('marks as undated what the year cannot date, and only then', () => {
    const in2010 = toElements(nodes, edges, 'nl', {}, { asOfYear: 2010 });
    expect(classesOf(in2010, `edge:${grouping.id}`)).toContain('undated');
    expect(classesOf(in2010, `edge:${party.id}`)).not.toContain('undated');
    expect(classesOf(in2010, 'netherlands')).not.toContain('undated');
    const now = toElements(nodes, edges, 'nl', {}, { asOfYear: 2019 });
    expect(classesOf(now, `edge:${grouping.id}`)).not.toContain('undated');
    expect(classesOf(toElements(nodes, edges, 'nl'), `edge:${grouping.id}`)).not.toContain('undated');
  });

  it('draws an editorial relation dotted and grey in a real Cytoscape instance', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(nodes, edges, 'nl') });
    cy.style(graphStylesheet());
    const line = cy.getElementById(`edge:${grouping.id}`);
    expect(line.style('line-style')).toBe('dotted');
    expect(line.style('line-color')).toBe('rgb(176,176,176)');
    expect(cy.getElementById(`edge:${party.id}`).style('line-style')).toBe('solid');
    expect(EDITORIAL_LINE.style).toBe('dotted');
    cy.destroy();
  });
});
