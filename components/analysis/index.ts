/** Reusable, presentational analysis components (popup, content-script panel, playground). */
export { AnalysisView, type AnalysisViewProps } from './AnalysisView';
export { type BadgeCategory, CategoryBadge, categoryName } from './CategoryBadge';
export { CostBlock, type CostBlockProps, cardLine, eraName } from './CostBlock';
export {
  type CategoryPrice,
  type CostError,
  type CostResult,
  type CostSettings,
  type CostSummary,
  estimateInputFor,
  marketsLabel,
  summarizeCost,
} from './cost';
export { fieldText, type Segment, segmentText } from './fields';
export { formatCount, formatFactor, LOCALE } from './format';
export { Heading, type HeadingLevel } from './Heading';
export { HighlightedText, type HighlightedTextProps } from './HighlightedText';
