// The component kit on React Aria Components, styled by components.css with the design tokens.
export { ComboBox, type ComboBoxProps } from './ComboBox.tsx';
export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog.tsx';
export { Dialog, type DialogProps } from './Dialog.tsx';
export { FilePicker, type FilePickerProps } from './FilePicker.tsx';
export { FiltersPanel } from './FiltersPanel.tsx';
export { MenuButton, type MenuButtonProps, MenuItem } from './Menu.tsx';
export { labelCells, ResponsiveTable } from './ResponsiveTable.tsx';
export { type Option, Select, type SelectProps } from './Select.tsx';
export { FigureSkeleton, Skeleton, type SkeletonShape } from './Skeleton.tsx';
export { type TabItem, Tabs, type TabsProps } from './Tabs.tsx';
export { Toasts, type ToastTone, toast, toastQueue, useToastWhile } from './Toast.tsx';
