import type { Key, ReactNode } from 'react';
import { Tabs as AriaTabs, Tab, TabList, TabPanel } from 'react-aria-components';

export type TabItem<Id extends string> = { id: Id; label: ReactNode };

export type TabsProps<Id extends string> = {
  /** The tab list's name ("Product sections"). */
  label: string;
  tabs: readonly TabItem<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  /** The selected tab's panel (rendered in that tab's own panel). */
  children: ReactNode;
  orientation?: 'horizontal' | 'vertical';
  className?: string;
  testId?: string;
};

/**
 * Tabs (React Aria's): one tab stop for the list, arrow keys (and Home, End) move and select, the
 * panel follows and is labelled by its tab; vertical tabs move with the up and down arrows, and the
 * arrows follow the reading direction.
 */
export function Tabs<Id extends string>({
  label,
  tabs,
  selected,
  onSelect,
  children,
  orientation = 'horizontal',
  className,
  testId,
}: TabsProps<Id>) {
  return (
    <AriaTabs
      className={`mk-tabs mk-tabs--${orientation}${className ? ` ${className}` : ''}`}
      orientation={orientation}
      selectedKey={selected}
      onSelectionChange={(key: Key) => onSelect(String(key) as Id)}
      data-testid={testId}
    >
      <TabList className="mk-tabs__list" aria-label={label} items={tabs}>
        {(tab) => (
          <Tab id={tab.id} className="mk-tabs__tab">
            {tab.label}
          </Tab>
        )}
      </TabList>
      {/* One panel per tab, so each tab's aria-controls names a panel of its own; only the selected
          one is in the page (React Aria renders the others' panels only while they are selected). */}
      {tabs.map((tab) => (
        <TabPanel key={tab.id} id={tab.id} className="mk-tabs__panel">
          {tab.id === selected ? children : null}
        </TabPanel>
      ))}
    </AriaTabs>
  );
}
