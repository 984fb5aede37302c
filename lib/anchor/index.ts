// Highlights in context: describe a selection as W3C selectors, find it again on a changed page, link to it.
export { describeRange, type HighlightSelectors } from './describe';
export {
  anchorAllSelectors,
  anchorSelectors,
  type Anchored,
  type AnchorMethod,
  type AnchorSelectors,
} from './anchor';
export { textFragmentUrl } from './text-fragment';
