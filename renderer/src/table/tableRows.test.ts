// The table's rows: the same facts as the canvas, sortable and filterable.
import { describe, expect, it } from 'vitest';
import { addNodes } from '../state/graphSlice';
import { selectVisibleGraph } from '../state/selectors';
import { aNode, anEdge, aState } from '../state/testBuilders';
import { edgeRows, filterRows, nodeRows, sortRows } from './tableRows';

const visible = selectVisibleGraph(
  addNodes(
    [aNode('netherlands'), aNode('germany'), aNode('enschede', 'treaty', { signed: '2005' })],
    [anEdge('netherlands', 'enschede', 'party-to'), anEdge('germany', 'enschede', 'party-to', 'pending-ratification')],
  )(aState()),
);

describe('table rows', () => {
  it('gives each node its name, kind, dates and relations on screen', () => {
    const rows = nodeRows(visible, 'nl');
    expect(rows.find((r) => r.id === 'enschede')).toEqual({
      id: 'enschede',
      name: 'enschede (nl)',
      kind: 'Verdrag, handvest of overeenkomst',
      status: '',
      dates: 'getekend 2005',
      asOf: '',
      degree: 2,
      provenance: '',
    });
  });

  it('reads each relation from its source with the ontology label and status', () => {
    const rows = edgeRows(visible, 'en');
    expect(rows[1]).toMatchObject({
      from: 'germany (en)',
      relation: 'is party to',
      to: 'enschede (en)',
      status: 'Pending ratification',
    });
  });

  it('sorts by a column either way, numbers as numbers', () => {
    const rows = nodeRows(visible, 'nl');
    expect(sortRows(rows, { key: 'name', descending: false }, 'nl').map((r) => r.id)).toEqual([
      'enschede',
      'germany',
      'netherlands',
    ]);
    expect(sortRows(rows, { key: 'degree', descending: true }, 'nl')[0]?.id).toBe('enschede');
  });

  it('filters on any column, ignoring case and accents', () => {
    const rows = edgeRows(visible, 'nl');
    expect(filterRows(rows, 'GOEDKEURING').map((r) => r.id)).toEqual(['germany-party-to-enschede']);
    expect(filterRows(rows, '  ')).toHaveLength(2);
  });

  it('marks what the applied year cannot date, nodes and both ends of relations, and nothing without a year', () => {
    const undated = selectVisibleGraph(
      addNodes(
        [
          aNode('netherlands'),
          aNode('rst', 'national-organisation', {}, 'in-force'),
          aNode('benelux', 'treaty', { from: '2004' }),
        ],
        [anEdge('netherlands', 'rst', 'member-of'), anEdge('netherlands', 'benelux', 'party-to')],
      )(aState()),
    );
    expect(nodeRows(undated, 'nl', 2010).map((r) => [r.id, r.asOf])).toEqual([
      ['netherlands', ''],
      ['rst', 'niet gedateerd'],
      ['benelux', ''],
    ]);
    // The party-to relation has no start of its own: in force, undated before the letter's year.
    expect(edgeRows(undated, 'en', 2010).map((r) => r.asOf)).toEqual(['undated', 'undated']);
    expect(edgeRows(undated, 'en', 2019).map((r) => r.asOf)).toEqual(['', '']);
    expect(nodeRows(undated, 'en').every((r) => r.asOf === '')).toBe(true);
  });

  it('names an editorial relation in its provenance column and leaves stated ones blank', () => {
    const grouping = { ...anEdge('drugs', 'crime', 'form-of'), provenance: 'editorial' as const };
    const view = selectVisibleGraph(
      addNodes(
        [aNode('drugs', 'phenomenon'), aNode('crime', 'phenomenon')],
        [grouping, anEdge('crime', 'drugs')],
      )(aState()),
    );
    const rows = edgeRows(view, 'nl');
    expect(rows.map((r) => r.provenance)).toEqual(['Redactionele groepering', '']);
    expect(filterRows(rows, 'redactionele').map((r) => r.id)).toEqual([grouping.id]);
  });

  it("names the user's own additions in both tables, in each language, and the letter's facts not at all", () => {
    const mine = { ...aNode('user-node-jit-a', 'instrument'), provenance: 'user' as const };
    const myRelation = { ...anEdge('netherlands', 'user-node-jit-a', 'uses'), provenance: 'user' as const };
    const withMine = selectVisibleGraph(
      addNodes([aNode('netherlands'), mine], [myRelation, anEdge('netherlands', 'netherlands')])(aState()),
    );
    const nodesNl = nodeRows(withMine, 'nl');
    expect(nodesNl.find((r) => r.id === mine.id)?.provenance).toBe('Eigen toevoeging');
    expect(nodesNl.find((r) => r.id === 'netherlands')?.provenance).toBe('');
    expect(nodeRows(withMine, 'en').find((r) => r.id === mine.id)?.provenance).toBe('Your addition');
    const edgesNl = edgeRows(withMine, 'nl');
    expect(edgesNl.find((r) => r.id === myRelation.id)?.provenance).toBe('Eigen toevoeging');
    expect(edgesNl.find((r) => r.id !== myRelation.id)?.provenance).toBe('');
    // The typed filter finds them by their mark.
    expect(filterRows(edgesNl, 'eigen toevoeging').map((r) => r.id)).toEqual([myRelation.id]);
  });
});
