// Start process and Create task (the header's actions) are for admins only: every process of the
// cycle is started by the application (POST /api/cycles), and nobody else may create tasks. This
// script marks <html> with the class 'maagal-planner' while the logged-in user is an admin;
// user-styles.css hides the two actions without it. It is looks only: the engine's authorizations
// decide what anyone may actually do.
const plannerGroups = ['camunda-admin'];
const api = document.querySelector('base').getAttribute('app-root') + '/api';

async function get(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

async function isPlanner() {
  const { userId } = await get(`${api}/admin/auth/user/default`);
  const { groups } = await get(`${api}/engine/engine/default/identity/groups?userId=${encodeURIComponent(userId)}`);
  return groups.some(group => plannerGroups.includes(group.id));
}

// The header shows the account menu only while someone is logged in: look the user up once per
// login, and drop the class at logout (Tasklist logs in and out without reloading the page).
const header = document.querySelector('[cam-widget-header]') || document.body;
let login = 0; // counts logins, so that an answer arriving after a logout is ignored
let loggedIn = false;
function update() {
  const now = !!header.querySelector('li.account');
  if (now === loggedIn) return;
  loggedIn = now;
  const current = ++login;
  document.documentElement.classList.remove('maagal-planner');
  if (!now) return;
  isPlanner()
    .then(planner => current === login && document.documentElement.classList.toggle('maagal-planner', planner))
    .catch(error => console.warn('Maagal: could not look up the user\'s groups', error));
}
new MutationObserver(update).observe(header, { childList: true, subtree: true });
update();

export default [];
