// String order by UTF-16 code unit, for the stand-ins that sort keys and paths where Docusaurus
// used localeCompare: the first localeCompare on a page sets up ICU's collator, a long task on a
// slow phone, and these orders only need to be consistent, not linguistic.
export function byCodeUnit(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
