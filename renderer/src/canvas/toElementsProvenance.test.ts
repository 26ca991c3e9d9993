// Editorial groupings, the user's own additions and elements the dataset cannot date in the applied
// year are drawn apart (dotted grey, purple with a double outline, faded), never like the letter's facts.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { aNode, anEdge } from '../state/testBuilders';
import { EDITORIAL_LINE, STATUS_LINE, USER_MARK, graphStylesheet } from './graphStyle';
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

  it("classes the user's nodes and relations and keeps their status line", () => {
    const mine = { ...aNode('user-node-jit-a', 'instrument'), provenance: 'user' as const };
    const planned = { ...anEdge('netherlands', 'user-node-jit-a', 'uses', 'planned'), provenance: 'user' as const };
    const withMine = toElements(new Map([...nodes, [mine.id, mine]]), new Map([...edges, [planned.id, planned]]), 'nl');
    expect(classesOf(withMine, mine.id)).toContain('user');
    expect(classesOf(withMine, `edge:${planned.id}`)).toContain('user');
    expect(classesOf(withMine, `edge:${planned.id}`)).not.toContain('editorial');
    expect(classesOf(withMine, 'netherlands')).not.toContain('user');
    expect(classesOf(withMine, `edge:${grouping.id}`)).not.toContain('user');

    const cy = cytoscape({ headless: true, styleEnabled: true, elements: withMine });
    cy.style(graphStylesheet());
    const line = cy.getElementById(`edge:${planned.id}`);
    expect(line.style('line-color')).toBe('rgb(106,61,154)');
    // The status still speaks through the line style: a planned addition stays dashed.
    expect(line.style('line-style')).toBe(STATUS_LINE.planned.style);
    expect(cy.getElementById(`edge:${party.id}`).style('line-color')).toBe('rgb(118,118,118)');
    const node = cy.getElementById(mine.id);
    expect(node.style('border-style')).toBe('double');
    expect(node.style('border-color')).toBe('rgb(106,61,154)');
    expect(cy.getElementById('netherlands').style('border-style')).toBe('solid');
    expect(USER_MARK.colour).not.toBe(EDITORIAL_LINE.colour);
    cy.destroy();
  });
});
