/** The Selfkind design system. Pages import `mountPage` (which loads theme.css) and these parts. */
export { Button, ButtonLink, IconButton } from './Button';
export type { ButtonProps, ButtonLinkProps, ButtonVariant } from './Button';
export { Card } from './Card';
export type { CardProps } from './Card';
export { TextField, TextArea, SelectField } from './Field';
export type { SelectOption } from './Field';
export { Toggle } from './Toggle';
export { Choices } from './Choices';
export type { Choice } from './Choices';
export { Tabs } from './Tabs';
export type { TabItem } from './Tabs';
export { Status } from './Status';
export { useStatus } from './useStatus';
export { Page, BrandMark } from './Page';
export { GearIcon } from './icons';
export { cx } from './classes';
