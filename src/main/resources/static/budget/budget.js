// The cycle's budget book: its version and, per department, its ceilings and clauses; for the treasury, an upload
// that first shows what the file would become (dryRun=true) and stores it only on "שמירה כגרסה חדשה".
// Everything comes from the Maagal API (/api/cycles/{year}/budget…), with the Tasklist login of the browser.
import { api, element, money, moneyText, number, say, sheetsTable, signedIn, table, tell, tellRefused, time,
  yearToShow } from '/common/page.js';

const $ = id => document.getElementById(id);
const params = new URLSearchParams(location.search);

// Who may upload (SecurityConfiguration guards the import the same way), and who reads every department's work.
const IMPORTERS = ['finance', 'strategy-unit', 'camunda-admin'];
const READS_ALL = [...IMPORTERS, 'ceo', 'mayor'];
const DEPARTMENT_GROUP = 'dept-';

const FUNDING = { MUNICIPAL: 'עירוני', GOVERNMENT: 'משרד ממשלתי', PHILANTHROPY: 'קרן פילנתרופית', BUSINESS: 'שותף עסקי' };

const year = () => $('year').value;
// The whole book last read, so that choosing a department redraws it without asking the API again.
let shown = null;
// The department shown ('' for all): ?department=, else a department manager's own
let chosen = params.get('department') || '';

function shekels(amount) {
  const strong = element('strong');
  strong.append(money(amount));
  return strong;
}

/** "משרד החינוך (משרד ממשלתי)"; the municipality's own money is just "עירוני". */
function source(clause) {
  return clause.fundingKind === 'MUNICIPAL' ? clause.source : `${clause.source} (${FUNDING[clause.fundingKind]})`;
}

/** A department's ceilings per funding source, each with its amount: "עירוני 420,000 ₪ · משרד הפנים 260,000 ₪". */
function bySource(ceilings) {
  const entries = Object.entries(ceilings.bySource || {});
  if (entries.length === 0) return element('span', 'muted', 'אין סעיפים');
  const list = element('span', 'sources');
  entries.forEach(([name, amount]) => {
    const item = element('span', 'source', `${name} `);
    item.append(money(amount));
    list.append(item);
  });
  return list;
}

// --- the current book

function show(book) {
  shown = book;
  $('version').textContent = `גרסה ${book.version}`;
  const when = element('span', 'number', time(book.createdAt));
  when.dir = 'ltr'; // date and hour in their order inside the Hebrew line
  const facts = [['מקור', book.source], ['הועלה בידי', book.createdBy], ['מתי', when],
    ['סעיפים', number(book.clauses)], ['סה"כ', shekels(book.total)]];
  $('facts').replaceChildren(...facts.flatMap(([term, value]) => {
    const dd = element('dd');
    dd.append(value);
    return [element('dt', null, term), dd];
  }));
  $('department').replaceChildren($('department').options[0], ...book.departments.map(d => {
    const option = element('option', null, d.departmentName);
    option.value = d.departmentId;
    return option;
  }));
  $('department').value = book.departments.some(d => d.departmentId === chosen) ? chosen : '';
  drawDepartments();
  $('book').hidden = false;
}

function drawDepartments() {
  const only = $('department').value;
  const departments = shown.departments.filter(d => !only || d.departmentId === only);
  const rows = departments.map(d => [d.departmentName, number(d.clauses.length), money(d.ceilings.total),
    bySource(d.ceilings)]);
  const ceilings = table(['מחלקה', 'סעיפים', 'תקרה', 'לפי מקור מימון'], rows, [1, 2]);
  if (!only) {
    ceilings.createTFoot().append(footer(['סה"כ', number(shown.clauses), money(shown.total), '']));
  }
  $('ceilings').replaceChildren(ceilings);
  const withClauses = departments.filter(d => d.clauses.length > 0);
  $('departments').replaceChildren(...(withClauses.length === 0
    ? [element('p', 'empty', 'אין למחלקה סעיפים בגרסה זו של ספר התקציב.')]
    : withClauses.map(departmentPanel)));
}

function footer(cells) {
  const tr = element('tr');
  cells.forEach((cell, i) => {
    const td = element('td', i === 1 || i === 2 ? 'num' : null);
    td.append(cell);
    tr.append(td);
  });
  return tr;
}

function departmentPanel(department) {
  const panel = element('section', 'panel department');
  panel.id = `department-${department.departmentId}`;
  const title = element('h2', null, department.departmentName);
  title.append(shekels(department.ceilings.total));
  const clauses = table(['קוד סעיף', 'שם הסעיף', 'סוג תקציב', 'מקור מימון', 'סכום'],
    department.clauses.map(c => [codeText(c.code), c.name, c.typeName, source(c), money(c.amount)]), [4]);
  clauses.classList.add('clauses');
  const sources = element('p', 'ceilings');
  sources.append('התקרה לפי מקור מימון: ', bySource(department.ceilings));
  panel.append(title, sources, clauses);
  return panel;
}

/** A code such as 1812000750 reads left to right inside the Hebrew table; "תב"ר 1431" as written. */
function codeText(code) {
  const span = element('span', 'code', code);
  span.dir = 'auto';
  return span;
}

/** The page's address says what it shows, to reload or to send on. */
function remember() {
  history.replaceState(null, '', `?${new URLSearchParams({ year: year(), ...(chosen ? { department: chosen } : {}) })}`);
}

async function load() {
  remember();
  try {
    show(await api(`/api/cycles/${year()}/budget`));
  } catch (error) {
    shown = null;
    $('book').hidden = true;
    // no book yet is the treasury's next step, not a failure of the page
    say(error.message, error.status === 404 ? 'warning' : 'error');
  }
}

$('department').addEventListener('change', () => {
  chosen = $('department').value;
  remember();
  if (shown) drawDepartments();
});

$('choose').addEventListener('submit', event => {
  event.preventDefault();
  location.search = new URLSearchParams({ year: year() }).toString();
});

// --- the upload: first a dry run that stores nothing, then the import on "שמירה כגרסה חדשה"

let pending = null;

function send(file, dryRun) {
  const form = new FormData();
  form.append('file', file);
  return api(`/api/cycles/${year()}/budget/import${dryRun ? '?dryRun=true' : ''}`, { method: 'POST', body: form });
}

async function preview() {
  const file = $('file').files[0];
  if (!file) return;
  tell('', '');
  $('preview').hidden = true;
  try {
    const answer = await send(file, true);
    pending = file;
    showPreview(answer, file.name);
  } catch (error) {
    pending = null;
    tellRefused(error);
  }
}

$('upload').addEventListener('submit', event => {
  event.preventDefault();
  preview();
});
$('file').addEventListener('change', preview);

$('confirm').addEventListener('click', async () => {
  if (!pending) return;
  $('confirm').disabled = true; // a second press would store a second version
  try {
    const stored = await send(pending, false);
    endPreview();
    await load();
    tell(`ספר התקציב נשמר כגרסה ${stored.version}: ${stored.clauses} סעיפים, סה"כ ${moneyText(stored.total)}.`, 'ok');
  } catch (error) {
    tellRefused(error);
  } finally {
    $('confirm').disabled = false;
  }
});

$('cancel').addEventListener('click', () => {
  endPreview();
  tell('ההעלאה בוטלה; דבר לא נשמר.', 'ok');
});

function endPreview() {
  pending = null;
  $('preview').hidden = true;
  $('upload').reset();
}

function showPreview(answer, fileName) {
  // the file's Latin name is isolated, or the count after it would join its left-to-right run
  $('preview-summary').replaceChildren('בקובץ ', element('bdi', 'file-name', fileName), ': ', number(answer.clauses),
    ' סעיפים, סה"כ ', money(answer.total),
    `. בשמירה הוא יהיה גרסה ${answer.version} של ספר התקציב של ${answer.year}. דבר עוד לא נשמר.`);
  $('notices').replaceChildren(...answer.notices.map(notice => element('li', null, notice)));
  $('notices').hidden = answer.notices.length === 0;
  // the sheets are told where the import's answer has them
  const sheets = Array.isArray(answer.sheets);
  $('sheets-table').replaceChildren(...(sheets ? [sheetsTable(answer.sheets)] : []));
  $('sheets').hidden = !sheets;
  $('preview-ceilings').replaceChildren(ceilingsAfter(answer.departments));
  $('preview').hidden = false;
  $('preview').scrollIntoView({ block: 'start' });
}

/** A ceiling as a comparable line: its total and each source's amount, as numbers. */
function ceilingKey(ceilings) {
  if (!ceilings) return '0';
  return [Number(ceilings.total), ...Object.entries(ceilings.bySource || {}).map(([name, amount]) => `${name}=${Number(amount)}`)]
    .join('|');
}

/**
 * Each department the current book or the file gives money: its ceiling today beside the one it would get, marked
 * where the total or a funding source's part changes.
 */
function ceilingsAfter(departments) {
  const today = new Map((shown ? shown.departments : []).map(d => [d.departmentId, d.ceilings]));
  const totalToday = d => Number((today.get(d.departmentId) || { total: 0 }).total);
  const rows = departments.filter(d => Number(d.ceilings.total) !== 0 || totalToday(d) !== 0);
  if (rows.length === 0) return element('p', 'empty', 'בקובץ אין סעיפים.');
  const after = table(['מחלקה', 'סעיפים', 'התקרה היום', 'התקרה אחרי השמירה', 'לפי מקור מימון'], rows.map(d => [
    d.departmentName, number(d.clauses.length), shown ? money(totalToday(d)) : element('span', 'muted', 'אין ספר'),
    money(d.ceilings.total), bySource(d.ceilings)]), [1, 2, 3]);
  const changed = rows.filter(d => ceilingKey(d.ceilings) !== ceilingKey(today.get(d.departmentId)));
  rows.forEach((d, i) => {
    if (changed.includes(d)) after.tBodies[0].rows[i].classList.add('changed');
  });
  const note = element('p', 'muted', changed.length === 0 ? 'התקרות של כל המחלקות נשארות כפי שהן.'
    : `התקרה משתנה ב-${changed.length} ${changed.length === 1 ? 'מחלקה' : 'מחלקות'} (מסומנות ברקע צהוב).`);
  note.id = 'changed-count';
  const both = document.createDocumentFragment();
  both.append(note, after);
  return both;
}

// --- start: the year, who is reading, the book

async function start() {
  const [chosenYear, person] = await Promise.all([yearToShow(params), signedIn()]);
  $('year').value = chosenYear;
  document.title = `ספר התקציב ${chosenYear} · מעגל`;
  $('title').textContent = `ספר התקציב · ${chosenYear}`;
  $('template').href = `/api/cycles/${chosenYear}/budget/template.xlsx`;
  $('to-dashboard').href = `/dashboard/budget?year=${chosenYear}`;
  $('to-work-plans').href = `/work-plans/?year=${chosenYear}`;
  if (person.groups.some(group => IMPORTERS.includes(group))) {
    $('upload-panel').hidden = false;
  } else {
    $('upload-panel').remove();
  }
  // a department manager opens on their own department; the whole book stays a choice away
  const own = person.groups.find(group => group.startsWith(DEPARTMENT_GROUP));
  if (!chosen && own && !person.groups.some(group => READS_ALL.includes(group))) {
    chosen = own.slice(DEPARTMENT_GROUP.length);
  }
  await load();
  document.body.dataset.ready = 'true';
}

start();
