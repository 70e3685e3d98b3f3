export { Button, type ButtonProps } from './Button';
export { downloadText } from './download';
export { MarketPicker, type MarketPickerProps, searchResultLabel } from './MarketPicker';
export { Notice, type NoticeProps } from './Notice';
export { NumberField, type NumberFieldProps, parseDecimal } from './NumberField';
export { type TabItem, Tabs, type TabsProps } from './Tabs';
