// Links to Maagal's dashboard and to the committees' meetings in Tasklist's header, before the account menu,
// while someone is logged in: the strategy unit and the management see the whole cycle on the dashboard, a
// department manager their own department; a committee member reads their committees' meetings, agendas and
// minutes. Both pages take the same login.
import { language } from './language-direction.js';

const header = document.querySelector('[cam-widget-header]') || document.body;

const LINKS = [
  { name: 'maagal-dashboard', href: '/dashboard/', he: 'לוח הבקרה', en: 'Dashboard' },
  { name: 'maagal-meetings', href: '/meetings/', he: 'ישיבות הוועדות', en: 'Meetings' },
];

function update() {
  const account = header.querySelector('li.account');
  if (!account) return;
  for (const { name, href, he, en } of LINKS) {
    if (account.parentElement.querySelector(`li.${name}`)) continue;
    const item = document.createElement('li');
    item.className = name;
    const link = document.createElement('a');
    link.href = href;
    link.textContent = language === 'he' ? he : en;
    item.appendChild(link);
    account.parentElement.insertBefore(item, account);
  }
}
new MutationObserver(update).observe(header, { childList: true, subtree: true });
update();

export default [];
