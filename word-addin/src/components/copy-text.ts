/**
 * Copies text to the clipboard. Word's webviews may refuse the Clipboard API (no permission, an
 * older EdgeHTML), so the text of `fallback`, a text field, is selected and copied the old way.
 * Resolves whether it was copied; where neither works the text stays selected for Ctrl+C.
 */
export async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!fallback) return false;
    fallback.focus();
    fallback.select();
    // Deprecated but the one way left in webviews without the Clipboard API.
    return document.execCommand('copy');
  }
}
