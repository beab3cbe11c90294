// Button-and-dialog mode (data-mode="dialog"): the host element shows one button, which opens
// the scan in a modal native <dialog>. The browser makes the rest of the page inert while it is
// open and closes it on Esc; here: focus goes to the scan's heading, a visible close button,
// focus back to the button, and the page behind does not scroll. The widget stays mounted in
// the closed dialog, so reopening continues where the visitor was.
import { TEXTS } from './texts.js';
import { create } from './placeholder.js';

/** The button and the dialog around `root` (the widget's root), for the shadow root. */
export function dialogAround(document, root, language, openText) {
  const texts = TEXTS[language];
  const open = create(document, 'button', 'button primary open-scan', openText);
  open.type = 'button';
  open.setAttribute('aria-haspopup', 'dialog');
  const dialog = create(document, 'dialog', 'scan-dialog');
  dialog.setAttribute('aria-label', texts.dialog);
  dialog.lang = language;
  const close = create(document, 'button', 'close-scan', texts.close);
  close.type = 'button';
  const bar = create(document, 'div', 'dialog-bar');
  bar.append(close);
  dialog.append(bar, root);
  open.addEventListener('click', () => openDialog(dialog));
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    document.documentElement.style.overflow = dialog.dataset.pageOverflow ?? '';
    open.focus();
  });
  return [open, dialog];
}

/** Once the widget is drawn in an open dialog (the visitor opened it while it loaded), its
 *  heading takes focus from the close button. */
export function focusDrawnDialog(shadow) {
  const dialog = shadow.querySelector('.scan-dialog');
  if (dialog?.open && shadow.activeElement?.matches('.close-scan, .scan-dialog')) {
    dialog.querySelector('.screen-title[tabindex]')?.focus();
  }
}

/** Opens the dialog in `shadow`, if the widget is in dialog mode; `false` if it is not. */
export function openDialogIn(shadow) {
  const dialog = shadow.querySelector('.scan-dialog');
  if (dialog && !dialog.open) openDialog(dialog);
  return Boolean(dialog);
}

function openDialog(dialog) {
  const page = dialog.ownerDocument.documentElement;
  dialog.dataset.pageOverflow = page.style.overflow;
  page.style.overflow = 'hidden';
  dialog.showModal();
  // The current screen's heading, so a screen reader starts there; before the placeholder's
  // start works (its heading takes no focus till then) the close button keeps it.
  dialog.querySelector('.screen-title[tabindex]')?.focus();
}
