// Marks where the value goes in the translated sentence; it never occurs in a message.
const SLOT = '\u0000';

/**
 * A translated sentence with a technical value (an IP range, a name prefix) shown as code, wherever
 * each language puts it: `text` receives a stand-in for the value and returns the sentence.
 */
export function WithCode({ text, code }: { text: (slot: string) => string; code: string }) {
  const [before = '', ...rest] = text(SLOT).split(SLOT);
  return (
    <>
      {before}
      <code>{code}</code>
      {rest.join(code)}
    </>
  );
}
