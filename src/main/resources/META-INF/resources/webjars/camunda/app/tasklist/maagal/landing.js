// Where a person goes after logging in to Tasklist. A Maagal page opened without a login links here with the
// page's own address in ?maagal-return= (security/PageLoginRequired): after the login, back to that page.
// Otherwise Maagal says where the person lands (GET /dashboard/landing): the strategy unit, the CEO and the
// mayor on the dashboard, anyone else stays. Only a fresh login counts — the login form shown in this page
// load, then the logged-in header — so that opening Tasklist while logged in always stays in Tasklist.
// <html data-maagal-landing> tells the decision ("stay", or "logged-in" when there was no login to act on).
export const RETURN_PARAMETER = 'maagal-return';
const LANDING = '/dashboard/landing';

// The address to go back to, read now: Tasklist's own routing works after the '#' and leaves it in place.
const requested = new URLSearchParams(window.location.search).get(RETURN_PARAMETER);

// A path of this site, as the browser would resolve it; null for anything else ("//evil.example/",
// "/\evil.example/", "https://evil.example/", "javascript:…"), so that the login never sends anyone away.
export function sameSitePath(address) {
  if (typeof address !== 'string' || !address.startsWith('/') || address.startsWith('//') || address.startsWith('/\\')) {
    return null;
  }
  try {
    const url = new URL(address, window.location.origin);
    return url.origin === window.location.origin ? url.pathname + url.search + url.hash : null;
  } catch (malformed) {
    return null;
  }
}

function decided(decision) {
  document.documentElement.dataset.maagalLanding = decision;
}

async function land() {
  const back = sameSitePath(requested);
  if (back) {
    window.location.assign(back);
    return;
  }
  try {
    const response = await fetch(LANDING, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    const target = response.status === 200 ? sameSitePath((await response.json()).path) : null;
    if (target) {
      window.location.assign(target);
      return;
    }
  } catch (error) {
    console.warn('Maagal: could not ask where to land after the login', error);
  }
  decided('stay');
}

const header = document.querySelector('[cam-widget-header]') || document.body;
let loginShown = false;
let done = false;
function watch() {
  if (done) return;
  if (document.querySelector('form[name="signinForm"]')) {
    loginShown = true;
  } else if (header.querySelector('li.account')) {
    if (loginShown) {
      done = true;
      land();
    } else if (!document.documentElement.dataset.maagalLanding) {
      decided('logged-in'); // and keep watching: a logout and a new login in this page is a fresh login
    }
  }
}
new MutationObserver(watch).observe(document.body, { childList: true, subtree: true });
watch();

export default [];
