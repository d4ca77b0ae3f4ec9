import { useTRPC } from '@marketplace/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** Saves some fields of a product, then reloads it (checklist, last update) and the list. */
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
