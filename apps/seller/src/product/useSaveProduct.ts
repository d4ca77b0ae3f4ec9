import { useTRPC } from '@marketplace/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type BaseSyntheticEvent, useRef, useState } from 'react';

/** Saves some fields of a product, then reloads it (sections, checklist, last update) and the list. */
export function useSaveProduct(id: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.products.update.mutationOptions());
  const save = async (fields: Omit<Parameters<typeof update.mutateAsync>[0], 'id'>) => {
    await update.mutateAsync({ id, ...fields });
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.products.get.queryKey({ id }) }),
      queryClient.invalidateQueries({ queryKey: trpc.products.list.pathKey() }),
    ]);
  };
  return { save, pending: update.isPending };
}

export type ProductFields = Parameters<ReturnType<typeof useSaveProduct>['save']>[0];

/**
 * A section's own form: checked here, then only its fields sent; "Saved." once done, or the server's
 * problem shown and focused.
 */
export function useSectionSave(id: string) {
  const { save, pending } = useSaveProduct(id);
  const [saved, setSaved] = useState(false);
  const problemRef = useRef<HTMLDivElement>(null);
  const submit = <Output>(
    form: {
      submit(onValid: (values: Output) => unknown): (event?: BaseSyntheticEvent) => Promise<void>;
      fail(error: unknown): void;
    },
    fields: (values: Output) => ProductFields,
  ) =>
    form.submit(async (values) => {
      setSaved(false);
      try {
        await save(fields(values));
        setSaved(true);
      } catch (error) {
        form.fail(error);
        problemRef.current?.focus();
      }
    });
  return { submit, saved, pending, problemRef };
}
