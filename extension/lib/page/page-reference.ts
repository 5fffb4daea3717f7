/** One case number found on the page. The range is static: the host's DOM pays nothing to keep it. */
export interface PageReference {
  canonical: string;
  raw: string;
  range: StaticRange;
  /** Every text node the reference touches, for dropping it when one of them changes. */
  nodes: Text[];
}
