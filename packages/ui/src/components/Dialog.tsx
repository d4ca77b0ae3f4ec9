import type { ReactNode } from 'react';
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

export type DialogProps = {
  isOpen: boolean;
  /** Called with false when Escape is pressed (or the backdrop clicked, when dismissable). */
  onOpenChange: (isOpen: boolean) => void;
  title: ReactNode;
  children: ReactNode;
  /** A click outside closes too (not for confirmations: a stray click must not decide). */
  isDismissable?: boolean;
  /** `alertdialog` for a confirmation that interrupts. */
  role?: 'dialog' | 'alertdialog';
  className?: string;
  testId?: string;
};

/**
 * A modal dialog (React Aria's Modal): the rest of the page is inert, the focus stays inside, Escape
 * closes, and the focus goes back where it was when it closes. The title names the dialog.
 */
export function Dialog({
  isOpen,
  onOpenChange,
  title,
  children,
  isDismissable = false,
  role = 'dialog',
  className,
  testId,
}: DialogProps) {
  return (
    <ModalOverlay
      className="mk-rac-overlay"
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable={isDismissable}
      isKeyboardDismissDisabled={false}
    >
      <Modal className={`mk-dialog${className ? ` ${className}` : ''}`}>
        <AriaDialog className="mk-dialog__body" role={role} data-testid={testId}>
          <Heading slot="title" level={2}>
            {title}
          </Heading>
          {children}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}
