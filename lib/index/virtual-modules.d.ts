// Types of the modules scripts/index-plugin.ts builds from data/.
declare module 'virtual:plainly/matcher-table' {
  const table: import('../match/surface-forms').MatcherTable;
  export default table;
}
declare module 'virtual:plainly/full-index' {
  const index: import('./compiled').FullIndex;
  export default index;
}
