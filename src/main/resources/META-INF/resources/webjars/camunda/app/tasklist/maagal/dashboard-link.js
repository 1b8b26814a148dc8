// A link to Maagal's dashboard in Tasklist's header, before the account menu, while someone is logged in:
// the strategy unit and the management see the whole cycle there, a department manager their own
// department. The dashboard takes the same login.
import { language } from './language-direction.js';

const header = document.querySelector('[cam-widget-header]') || document.body;

function update() {
  const account = header.querySelector('li.account');
  if (!account || account.parentElement.querySelector('li.maagal-dashboard')) return;
  const item = document.createElement('li');
  item.className = 'maagal-dashboard';
  const link = document.createElement('a');
  link.href = '/dashboard/';
  link.textContent = language === 'he' ? 'לוח הבקרה' : 'Dashboard';
  item.appendChild(link);
  account.parentElement.insertBefore(item, account);
}
new MutationObserver(update).observe(header, { childList: true, subtree: true });
update();

export default [];
