// cytoscape-svg ships no types: it registers cy.svg(options) on the core.
declare module 'cytoscape-svg' {
  import type cytoscape from 'cytoscape';

  const extension: cytoscape.Ext;
  export default extension;
}
