/**
 * A button that acts on one thing in a list: a short visible label ("Remove"), a name that says
 * which thing for screen readers ("Remove example.com"), and what it does.
 */
export function actionButton(doc: Document, label: string, name: string, onClick: () => void, className?: string): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  if (className) button.className = className;
  button.textContent = label;
  button.setAttribute('aria-label', name);
  button.addEventListener('click', onClick);
  return button;
}
