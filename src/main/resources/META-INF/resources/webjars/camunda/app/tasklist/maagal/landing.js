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
// Set by the sign-on through the municipality's provider (directory/SignOnLogin): this load follows a fresh login
// made there, not in Tasklist's own form. Forged, it only sends the person where the server lets a login go.
const signedOn = new URLSearchParams(window.location.search).has('maagal-signed-on');

// Maagal's own pages and the engine's web apps: the only places a login returns to. The server checks the same
// list (dashboard/ReturnAddress); this copy guards whatever address the server answers with.
const OWN_PAGES = /^\/(?:(?:goals|work-plans|measurement|review|meetings|budget|picture|control|dashboard|publication|organization)(?:\/|$)|camunda\/app\/(?:tasklist|cockpit|admin|welcome)\/)/;
const MAX_LENGTH = 2000;
const CONTROL = /[\u0000-\u001f\u007f]/;

// Percent-decoded until nothing changes (an address may be encoded twice); null if it never settles or is malformed.
function decoded(text) {
  let current = text;
  for (let round = 0; round < 4; round++) {
    let next;
    try {
      next = decodeURIComponent(current);
    } catch (malformed) {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return null;
}

// A path of one of Maagal's own pages, with its query and fragment, or null. The path must be one of OWN_PAGES
// before and after decoding, with no backslash, whitespace, empty (inner), "." or ".." segment; the whole address
// has no control character before or after decoding (a browser drops tabs and line breaks from an address, so
// "/\t/evil.example/" would become "//evil.example/"); and it must resolve to this site without being rewritten.
export function ownPagePath(address) {
  if (typeof address !== 'string' || address.length === 0 || address.length > MAX_LENGTH) return null;
  const plain = decoded(address);
  if (plain === null || CONTROL.test(address) || CONTROL.test(plain)) return null;
  const path = address.split(/[?#]/, 1)[0];
  const plainPath = decoded(path);
  if (!OWN_PAGES.test(path) || !OWN_PAGES.test(plainPath) || /[\\\s]/.test(plainPath)) return null;
  const segments = plainPath.split('/').slice(1);
  if (segments.some((segment, i) => segment === '.' || segment === '..' || (segment === '' && i < segments.length - 1))) {
    return null;
  }
  try {
    const url = new URL(address, window.location.origin);
    return url.origin === window.location.origin && url.pathname === path ? url.pathname + url.search + url.hash : null;
  } catch (malformed) {
    return null;
  }
}

function decided(decision) {
  document.documentElement.dataset.maagalLanding = decision;
}

// The server decides (a return address it accepts, else the person's landing page); the answer is checked here again.
async function land() {
  try {
    const query = requested === null ? '' : '?' + new URLSearchParams([[RETURN_PARAMETER, requested]]);
    const response = await fetch(LANDING + query, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    const target = response.status === 200 ? ownPagePath((await response.json()).path) : null;
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
let loginShown = signedOn;
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
