import { useEffect } from 'react';
import {
  UNSTABLE_Toast as AriaToast,
  Button,
  Text,
  UNSTABLE_ToastContent as ToastContent,
  UNSTABLE_ToastQueue as ToastQueue,
  UNSTABLE_ToastRegion as ToastRegion,
} from 'react-aria-components';
import { useKitWords } from './messages.ts';

export type ToastTone = 'success' | 'info' | 'error';
type ToastContentValue = { text: string; tone: ToastTone };

/** One queue for the whole page: any code may announce, the region in the frame shows them. */
export const toastQueue = new ToastQueue<ToastContentValue>({ maxVisibleToasts: 3 });

type ToastOptions = {
  /** Milliseconds before it goes; 0 keeps it until closed (or `toast.close(key)`). Default 6 s. */
  timeout?: number;
};

function show(tone: ToastTone, text: string, { timeout = 6000 }: ToastOptions = {}): string {
  // The same words twice ("Saved." after each save) are one toast, the newest.
  for (const shown of toastQueue.visibleToasts) {
    if (shown.content.text === text) toastQueue.close(shown.key);
  }
  // React Aria keeps no toast under 5 s, so that it can be read.
  return toastQueue.add({ text, tone }, timeout > 0 ? { timeout: Math.max(timeout, 5000) } : {});
}

/** `toast.success('Saved.')`: a short notice, announced politely, that goes by itself. */
export const toast = {
  success: (text: string, options?: ToastOptions) => show('success', text, options),
  info: (text: string, options?: ToastOptions) => show('info', text, options),
  error: (text: string, options?: ToastOptions) => show('error', text, { timeout: 0, ...options }),
  close: (key: string) => toastQueue.close(key),
};

/**
 * A toast shown while `when` is true ("Saved." after a save) and taken away when it turns false again
 * (the next attempt starts), so it never speaks of an older attempt.
 */
export function useToastWhile(when: boolean, text: string, tone: ToastTone = 'success') {
  useEffect(() => {
    if (!when) return;
    const key = show(tone, text);
    return () => toastQueue.close(key);
  }, [when, text, tone]);
}

/** Where toasts appear (bottom right, bottom of the screen on phones); a landmark named "Notifications". */
export function Toasts() {
  const word = useKitWords();
  return (
    <ToastRegion queue={toastQueue} className="mk-toasts" aria-label={word('notifications')}>
      {({ toast: item }) => (
        <AriaToast toast={item} className={`mk-toast mk-toast--${item.content.tone}`} data-testid="toast">
          <ToastContent className="mk-toast__content">
            <Text slot="title">{item.content.text}</Text>
          </ToastContent>
          <Button slot="close" className="mk-toast__close" aria-label={word('dismiss')}>
            <span aria-hidden="true">×</span>
          </Button>
        </AriaToast>
      )}
    </ToastRegion>
  );
}
