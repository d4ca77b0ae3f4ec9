import type { ReactNode } from 'react';
import {
  Menu as AriaMenu,
  MenuItem as AriaMenuItem,
  Button,
  type MenuItemProps,
  MenuTrigger,
  Popover,
} from 'react-aria-components';

export type MenuButtonProps = {
  /** The button's content (an avatar and a name). */
  button: ReactNode;
  /** The menu's name, for screen readers ("Account menu"). */
  label: string;
  /** Above the items, not focusable: who is signed in. */
  header?: ReactNode;
  children: ReactNode;
  className?: string;
  buttonClassName?: string;
  testId?: string;
};

/**
 * A button that opens a menu (React Aria's MenuTrigger): Enter, Space or the down arrow open it on
 * the first item, arrows and type-ahead move, Escape closes and gives the focus back to the button.
 * Items with `href` are links (RAC follows the nearest `RouterProvider` for in-app navigation).
 */
export function MenuButton({
  button,
  label,
  header,
  children,
  className,
  buttonClassName,
  testId,
}: MenuButtonProps) {
  return (
    <div className={className} data-testid={testId}>
      <MenuTrigger>
        <Button className={buttonClassName}>{button}</Button>
        <Popover
          className="mk-rac-popover mk-menu__popover"
          placement="bottom end"
          offset={8}
          data-testid={testId ? `${testId}-panel` : undefined}
        >
          {header}
          <AriaMenu className="mk-menu" aria-label={label}>
            {children}
          </AriaMenu>
        </Popover>
      </MenuTrigger>
    </div>
  );
}

/** One choice of a `MenuButton`: a link (`href`) or an action (`onAction`). */
export function MenuItem(props: MenuItemProps) {
  return <AriaMenuItem {...props} className="mk-menu__item" />;
}
