// The organisation from HR's workbook, or from the directory's organisational units where the server reads them
// (admins): a dry run that changes nothing shows what would change, then "עדכון המבנה" puts it in force. Who may
// (the server refuses anyone else): the admins, camunda-admin.
import { api, element, signedIn, tell, tellRefused, time } from '/common/page.js';

const $ = id => document.getElementById(id);
const ADMIN = 'camunda-admin';
// the source an organisation read from the directory's OUs is kept under (POST /api/admin/directory/organization)
const FROM_THE_DIRECTORY = 'המדריך (LDAP)';
// what "עדכון המבנה" sends: the previewed file, or the directory read again
let pending = null;

function sendFile(file, dryRun) {
  const form = new FormData();
  form.append('file', file);
  return api(`/api/admin/organization/import${dryRun ? '?dryRun=true' : ''}`, { method: 'POST', body: form });
}

function readDirectory(dryRun) {
  return api(`/api/admin/directory/organization${dryRun ? '?dryRun=true' : ''}`, { method: 'POST' });
}

// a unit or a person, by name, with their id beside it
function named(item) {
  const line = element('li', null, item.name + ' ');
  line.append(element('span', 'id', item.id));
  return line;
}

function changed(item, from, to) {
  const line = element('li', null, `${item.name}: ${from || '—'} ← ${to || '—'} `);
  line.append(element('span', 'id', item.id));
  return line;
}

const SECTIONS = [
  ['unitsAdded', 'יחידות חדשות', named],
  ['unitsRenamed', 'יחידות ששמן שונה', item => changed(item, item.from, item.to)],
  ['unitsMoved', 'יחידות שעברו ליחידת אם אחרת', item => changed(item, item.from, item.to)],
  ['unitsClosed', 'יחידות שנסגרו', named],
  ['managersReplaced', 'מנהלים שהוחלפו', item => changed(item, item.from, item.to)],
  ['peopleAdded', 'עובדים חדשים', named],
  ['peopleMoved', 'עובדים שעברו יחידה', item => changed(item, item.from, item.to)],
  ['peopleChanged', 'עובדים ששמם או הדוא"ל שלהם שונו', named],
  ['peopleLeft', 'עובדים שעזבו', named],
];

// source: what the preview read, as its sentence starts ("הקובץ מבנה.xlsx", "המדריך")
function showPreview(answer, source) {
  const box = $('changes');
  box.replaceChildren();
  let count = 0;
  for (const [key, title, line] of SECTIONS) {
    const items = answer[key] || [];
    if (items.length === 0) continue;
    count += items.length;
    box.append(element('h3', null, `${title} (${items.length})`));
    const list = element('ul');
    list.append(...items.map(line));
    box.append(list);
  }
  $('preview-summary').textContent = count === 0
    ? `${source} אינו משנה דבר במבנה הנוכחי.`
    : `${source} ישנה ${count} פרטים במבנה הארגוני. דבר עוד לא השתנה.`;
  $('confirm').hidden = count === 0;
  $('preview').hidden = false;
}

async function preview(dryRun, source, forReal) {
  tell('', '');
  $('preview').hidden = true;
  try {
    showPreview(await dryRun(), source);
    pending = forReal;
  } catch (error) {
    pending = null;
    tellRefused(error);
  }
}

function previewFile() {
  const file = $('file').files[0];
  if (!file) return;
  preview(() => sendFile(file, true), `הקובץ ${file.name}`, () => sendFile(file, false));
}

function endPreview() {
  pending = null;
  $('preview').hidden = true;
  $('upload').reset();
}

$('upload').addEventListener('submit', event => {
  event.preventDefault();
  previewFile();
});
$('file').addEventListener('change', previewFile);
$('directory-preview').addEventListener('click',
  () => preview(() => readDirectory(true), 'המדריך', () => readDirectory(false)));

$('confirm').addEventListener('click', async () => {
  if (!pending) return;
  $('confirm').disabled = true; // one press, one change
  try {
    const done = await pending();
    endPreview();
    await showInForce();
    tell(`המבנה הארגוני עודכן. ${done.openTasksRerouted} משימות פתוחות הועברו.`, 'ok');
  } catch (error) {
    tellRefused(error);
  } finally {
    $('confirm').disabled = false;
  }
});

$('cancel').addEventListener('click', () => {
  endPreview();
  tell('העדכון בוטל; דבר לא השתנה.', 'ok');
});

// what is in force (this call also hands the page the login's CSRF token for the upload)
async function showInForce() {
  const now = await api('/api/admin/organization');
  const last = now.lastImport;
  const from = !last ? 'מקובץ הארגון של ההתקנה'
    : last.fileName === FROM_THE_DIRECTORY ? `מהיחידות הארגוניות במדריך, שקרא/ה ${last.by} ב-${time(last.at)}`
      : `מקובץ משאבי אנוש ${last.fileName || ''} שהעלה/תה ${last.by} ב-${time(last.at)}`;
  $('in-force').textContent = `המבנה הנוכחי: ${now.units} יחידות, מהן ${now.departments} מחלקות, ו-${now.people} עובדים, ${from}.`;
}

// the directory's part shows only where the server reads the organisation from its OUs
async function showDirectory() {
  try {
    const directory = await api('/api/admin/directory/organization');
    $('directory-base').textContent = directory.base;
    $('directory-panel').hidden = false;
  } catch (error) {
    $('directory-panel').remove();
  }
}

const user = await signedIn();
if (user.groups.includes(ADMIN)) {
  $('admin-panel').hidden = false;
  await showInForce();
  await showDirectory();
} else {
  $('admin-panel').remove();
  $('directory-panel').remove();
  $('not-admin').hidden = false;
}
