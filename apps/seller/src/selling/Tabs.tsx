import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';

export type TabItem<Id extends string> = { id: Id; label: ReactNode };

/**
 * Tabs as the ARIA authoring practices describe them: one tab stop for the list, arrow keys (and Home,
 * End) move and select, the panel follows and is labelled by its tab. Vertical tabs (a side list) move
 * with the up and down arrows.
 */
export function Tabs<Id extends string>({
  label,
  tabs,
  selected,
  onSelect,
  children,
  testId,
  orientation = 'horizontal',
}: {
  label: string;
  tabs: readonly TabItem<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  children: ReactNode;
  testId?: string;
  orientation?: 'horizontal' | 'vertical';
}) {
  const baseId = useId();
  const buttons = useRef<Partial<Record<Id, HTMLButtonElement | null>>>({});
  const tabId = (id: Id) => `${baseId}-tab-${id}`;
  const panelId = `${baseId}-panel`;

  const [forward, backward] =
    orientation === 'vertical' ? ['ArrowDown', 'ArrowUp'] : ['ArrowRight', 'ArrowLeft'];
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = tabs.findIndex((tab) => tab.id === selected);
    const last = tabs.length - 1;
    const next =
      event.key === forward
        ? index === last
          ? 0
          : index + 1
        : event.key === backward
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    const target = next === null ? undefined : tabs[next];
    if (!target) return;
    event.preventDefault();
    onSelect(target.id);
    buttons.current[target.id]?.focus();
  };

  return (
    <div className={`sp-tabs sp-tabs--${orientation}`} data-testid={testId}>
      <div role="tablist" aria-label={label} aria-orientation={orientation} className="sp-tabs__list">
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(element) => {
              buttons.current[tab.id] = element;
            }}
            id={tabId(tab.id)}
            type="button"
            role="tab"
            className="sp-tabs__tab"
            aria-selected={tab.id === selected}
            aria-controls={panelId}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
            onKeyDown={onKeyDown}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div id={panelId} role="tabpanel" aria-labelledby={tabId(selected)} className="sp-tabs__panel">
        {children}
      </div>
    </div>
  );
}
