// Kept where the pages import it from; the dialog itself is the component kit's.
export { ConfirmDialog, type ConfirmDialogProps } from '../components/ConfirmDialog.tsx';
