// Names a screen reader can read for Tasklist's icon-only links and buttons, which Camunda's markup leaves without
// one (WCAG 4.1.2; axe-core's link-name and button-name): the tooltip Camunda shows on hover, on the control, on its
// icon or on the element around it; else one of ours below. The task search's field is a combobox, as its
// aria-expanded says (axe-core's aria-allowed-attr).
import { language } from './language-direction.js';

const OWN_NAMES = [
  ['.region-toggle[data-region=filters]', 'הצגה או הסתרה של המסננים', 'Show or hide the filters'],
  ['.region-toggle[data-region=list]', 'הצגה או הסתרה של רשימת המשימות', 'Show or hide the task list'],
  ['.region-toggle[data-region=task]', 'הצגה או הסתרה של המשימה', 'Show or hide the task'],
  ['.maximize', 'הצגת המשימה לבדה, ברוחב המסך', 'Show the task alone, full width'],
  ['.reset-regions', 'חזרה לשלוש העמודות', 'Back to the three columns'],
  ['.app-switch > .dropdown-toggle', 'מעבר ליישום אחר', 'Switch application'],
  ['[cam-widget-search] .dropdown-toggle', 'חיפושים שמורים', 'Saved searches'],
];
const NAMED = 'data-maagal-named'; // a name this script gave, renewed when the tooltip changes

function tooltipOf(control) {
  const tooltip = [control, control.querySelector('[uib-tooltip]'), control.parentElement]
    .find(element => element && element.getAttribute('uib-tooltip'));
  if (tooltip) return tooltip.getAttribute('uib-tooltip');
  const own = OWN_NAMES.find(([selector]) => control.matches(selector));
  return own ? own[language === 'he' ? 1 : 2] : null;
}

function unnamed(control) {
  if (control.hasAttribute(NAMED)) return true;
  if (['aria-label', 'aria-labelledby', 'title'].some(attribute => control.getAttribute(attribute))) return false;
  return !control.innerText.trim();
}

function name() {
  for (const control of document.querySelectorAll('a[href], button')) {
    if (!unnamed(control)) continue;
    const text = tooltipOf(control);
    if (text && control.getAttribute('aria-label') !== text) {
      control.setAttribute('aria-label', text);
      control.setAttribute(NAMED, '');
    }
  }
  for (const field of document.querySelectorAll('input[aria-autocomplete][aria-expanded]:not([role])')) {
    field.setAttribute('role', 'combobox');
  }
}

new MutationObserver(name).observe(document.body, { childList: true, subtree: true, attributeFilter: ['uib-tooltip'] });
name();

export default [];
