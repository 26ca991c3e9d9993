// The comparison grid and its CSV: cells gather relations in either direction; the CSV parses back
// (with csv-parse, a different library from the writer) to the same grid, with formula-like
// labels neutralised against spreadsheet injection.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { MatrixResult } from '../../../shared/contract';
import { aNode, anEdge } from './analysisBuilders';
import { buildMatrix, cellKey, gridView } from './matrix';
import { matrixToCsv } from './matrixCsv';

const nl = aNode('netherlands', 'state', 'Nederland', 'The Netherlands');
const de = aNode('germany', 'state', 'Duitsland', 'Germany');
const enschede = aNode('treaty-of-enschede', 'treaty', 'Verdrag van Enschede', 'Treaty of Enschede');
const europol = aNode('europol', 'international-body', 'Europol');

const result: MatrixResult = {
  rows: [nl, de],
  columns: [enschede, europol],
  edges: [
    anEdge('netherlands', 'party-to', 'treaty-of-enschede', { dates: { signed: '2005' } }),
    anEdge('germany', 'party-to', 'treaty-of-enschede'),
    anEdge('netherlands', 'advocates', 'treaty-of-enschede', { status: 'ambition' }),
    anEdge('netherlands', 'cooperates-with', 'europol'),
  ],
  truncated: false,
};

describe('buildMatrix', () => {
  it('puts each relation in its row × column cell with count, kinds and statuses', () => {
    const matrix = buildMatrix(result);
    const cell = matrix.cells.get(cellKey('netherlands', 'treaty-of-enschede'));
    expect(cell?.edges).toHaveLength(2);
    expect(cell?.kinds).toEqual(['party-to', 'advocates']);
    expect(cell?.statuses).toEqual(['in-force', 'ambition']);
    expect(matrix.cells.get(cellKey('germany', 'europol'))).toBeUndefined();
    expect(matrix.cells.size).toBe(3);
  });

  it('reads a relation stated column → row into the same cell, and once only when kinds overlap', () => {
    const reversed = anEdge('europol', 'cooperates-with', 'germany');
    const matrix = buildMatrix({ ...result, edges: [reversed] });
    expect(matrix.cells.get(cellKey('germany', 'europol'))?.edges).toEqual([reversed]);
    const statesByStates = buildMatrix({
      rows: [nl, de],
      columns: [nl, de],
      edges: [anEdge('netherlands', 'cooperates-with', 'germany')],
      truncated: false,
    });
    expect(statesByStates.cells.get(cellKey('netherlands', 'germany'))?.edges).toHaveLength(1);
    expect(statesByStates.cells.get(cellKey('germany', 'netherlands'))?.edges).toHaveLength(1);
  });
});

describe('gridView', () => {
  it('draws at most the first rows and columns, and counts what it leaves out', () => {
    const matrix = buildMatrix(result);
    const grid = gridView(matrix, 1);
    expect(grid.rows.map((n) => n.id)).toEqual(['netherlands']);
    expect(grid.columns.map((n) => n.id)).toEqual(['treaty-of-enschede']);
    expect([grid.hiddenRows, grid.hiddenColumns]).toEqual([1, 1]);
    expect(gridView(matrix)).toMatchObject({ hiddenRows: 0, hiddenColumns: 0 });
  });
});

describe('matrixToCsv', () => {
  it('parses back to the same grid', () => {
    const rows = parse(matrixToCsv(buildMatrix(result), 'en'));
    expect(rows).toEqual([
      ['', 'Treaty of Enschede', 'Europol'],
      [
        'The Netherlands',
        '2: is party to, advocates (in force / existing, ambition)',
        '1: cooperates with (in force / existing)',
      ],
      ['Germany', '1: is party to (in force / existing)', ''],
    ]);
  });

  it('neutralises cells that a spreadsheet would run as a formula, and keeps commas, quotes and line breaks', () => {
    const hostile = [
      '=HYPERLINK("http://x","y")',
      '+31 70 123',
      '-2+3',
      '@SUM(A1)',
      '\tTab',
      '\rCR',
      '=1\n+2',
      'Plain, "quoted"',
    ];
    const nodes = hostile.map((label, i) => aNode(`n${String(i)}`, 'state', label));
    const csv = matrixToCsv(buildMatrix({ rows: nodes, columns: [europol], edges: [], truncated: false }), 'nl');
    const firstColumn = parse(csv)
      .slice(1)
      .map((row) => row[0]);
    expect(firstColumn).toEqual([
      `'=HYPERLINK("http://x","y")`,
      "'+31 70 123",
      "'-2+3",
      "'@SUM(A1)",
      "'\tTab",
      "'\rCR",
      "'=1\n+2",
      'Plain, "quoted"',
    ]);
    for (const cell of firstColumn) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
