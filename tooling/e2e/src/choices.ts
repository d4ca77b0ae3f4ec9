// Steps on the component kit's fields (React Aria Components), as a person does them: a Select is a
// button that opens a listbox, a ComboBox an input that filters one, a FilePicker a button that opens
// the system's file chooser.
import type { Locator, Page } from 'playwright-core';

type Scope = Page | Locator;
const pageOf = (scope: Scope): Page => ('goto' in scope ? scope : scope.page());

/** The kit's field whose label is exactly `label` (a Select or a ComboBox). */
export function kitField(scope: Scope, kind: 'select' | 'combobox', label: string): Locator {
  return scope
    .locator(`.mk-rac-${kind}`)
    .filter({ has: pageOf(scope).locator('.mk-label').getByText(label, { exact: true }) });
}

/** Opens the Select labelled `label` and picks `option` (its visible text). */
export async function chooseOption(scope: Scope, label: string, option: string | RegExp) {
  await kitField(scope, 'select', label).getByRole('button').click();
  const listbox = pageOf(scope).getByRole('listbox');
  await listbox.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
  await listbox.waitFor({ state: 'detached' });
}

/** The text a Select shows as chosen. */
export async function chosenOption(scope: Scope, label: string): Promise<string> {
  return (await kitField(scope, 'select', label).locator('.mk-rac-select__value').textContent()) ?? '';
}

/** Types into the ComboBox labelled `label`, then picks `option` from the filtered list. */
export async function typeAndChoose(scope: Scope, label: string, typed: string, option: string) {
  const input = kitField(scope, 'combobox', label).getByRole('combobox');
  await input.fill(typed);
  await pageOf(scope).getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
}

/**
 * Opens a ComboBox's whole list with its button (named `buttonName`) and returns the list once it shows
 * an option. On a loaded machine the list sometimes closes as it opens (React Aria closes it when the
 * page scrolls under it): the button is then pressed again, as a person would, up to three times.
 */
export async function showChoices(field: Locator, buttonName: string): Promise<Locator> {
  const listbox = field.page().getByRole('listbox');
  for (let attempt = 1; ; attempt++) {
    await field.getByRole('button', { name: buttonName }).click();
    try {
      await listbox.getByRole('option').first().waitFor({ state: 'visible', timeout: 5_000 });
      return listbox;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

type Files = Parameters<import('playwright-core').FileChooser['setFiles']>[0];

/** Presses the FilePicker's button named `label` and gives the system's chooser `files`. */
export async function chooseFiles(scope: Scope, label: string, files: Files) {
  const page = pageOf(scope);
  const chooser = page.waitForEvent('filechooser');
  // "Upload a logo Choose a file": the field's label, then the button's text (the drop area is another).
  const name = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `);
  await scope.getByRole('button', { name }).click();
  await (await chooser).setFiles(files);
}
