// The year's city picture: what the situation assessment learnt, for those who plan the city. Everything comes
// from GET /api/cycles/{year}/picture, with the Tasklist login of the browser.
import { api, element, number, say, table, time, yearToShow } from '/common/page.js';

const $ = id => document.getElementById(id);
const params = new URLSearchParams(location.search);

function show(picture) {
  $('state').textContent = picture.closed ? `נסגר בידי ${picture.closedBy}, ${time(picture.closedAt)}` : 'טיוטה: השלב טרם נסגר';
  $('state').classList.add(picture.closed ? 'approved' : 'draft');
  $('summary').textContent = picture.summary || 'הסיכום נכתב עם סגירת השלב.';
  city(picture);
  channels(picture.channels);
  domains(picture.domains);
  gaps(picture);
  $('emphases').textContent = picture.emphases || 'המנכ"ל נותן את הדגשים עם פתיחת שלב התכנון.';
  $('recommendations').replaceChildren(...picture.recommendations.flatMap(r =>
    [element('h3', null, `המלצת ${r.teamName}`), element('p', 'text', r.text)]));
  ['summary-panel', 'city-panel', 'channels-panel', 'departments-panel', 'gaps-panel', 'planning-panel']
    .forEach(id => { $(id).hidden = false; });
}

function city(picture) {
  const data = picture.city;
  if (!data.sources) {
    $('sources').textContent = 'מחלקת המחקר טרם הגישה את נתוני העיר.';
    return;
  }
  $('sources').textContent = data.sources + (data.lastYearSources ? ` (בשנה הקודמת: ${data.lastYearSources})` : '');
  $('figures').replaceChildren(table(['נתון', String(picture.year), String(picture.year - 1), 'שינוי'],
    data.figures.map(f => [f.label, number(f.value), number(f.lastYear), change(f.change)]), [1, 2, 3]));
  $('findings').textContent = data.findings || '';
}

function channels(list) {
  if (!list.length) {
    $('channels').replaceChildren(element('p', 'empty', 'צוותי העבודה טרם הגישו את תמונות המצב של האפיקים.'));
    return;
  }
  $('channels').replaceChildren(...list.flatMap(channel => [
    element('h3', null, channel.teamName),
    element('p', 'text', channel.picture),
    rubric(channel.arenas)]));
}

/** Each arena's average on a row of its own (class "arena"), its sub-criteria under it. */
function rubric(arenas) {
  const rows = arenas.flatMap(arena => [
    [`${arena.arena} · ממוצע`, number(arena.average), number(arena.lastYear), change(arena.change), ''],
    ...arena.criteria.map(s => [s.criterion, number(s.score), number(s.lastYear), change(s.change), s.comment || ''])]);
  const shown = table(['זירה ותת-מדד', 'ציון', 'בשנה הקודמת', 'שינוי', 'הערת הצוות'], rows, [1, 2, 3]);
  shown.classList.add('rubric');
  let row = 0;
  arenas.forEach(arena => {
    shown.tBodies[0].rows[row].classList.add('arena');
    row += 1 + arena.criteria.length;
  });
  return shown;
}

function domains(list) {
  $('domains').replaceChildren(...list.flatMap(domain => [
    element('h3', null, domain.domainName),
    table(['מחלקה', 'מצב ההערכה', 'תמונת מצב', 'הישגים', 'פערים', 'אתגרים לשנה הבאה'],
      domain.departments.map(d => [d.departmentName, d.nothingToReport ? 'אין מה לדווח' : d.statusName,
        d.state || '', d.achievements || '', d.gaps || '', d.challenges || '']))]));
}

function gaps(picture) {
  $('gaps-title').textContent = `פערים שעברו מ-${picture.year - 1} ומה נעשה בהם`;
  if (!picture.carriedGaps.length) {
    $('gaps').replaceChildren(element('p', 'empty', 'ועדת ההיגוי לא העבירה פערים מהשנה הקודמת.'));
    return;
  }
  $('gaps').replaceChildren(table(['מחלקה', 'הפערים', 'מה נעשה בהם, לדברי המחלקה'],
    picture.carriedGaps.map(d => [d.departmentName, d.gaps.map(g => `• ${g.title}`).join('\n'),
      d.followUp || 'טרם נמסר'])));
}

/** "+1", "-2", "0", kept left to right; a dash when last year is unknown. */
function change(value) {
  if (value === null || value === undefined) return element('span', 'muted', '—');
  const shown = element('span', `number ${value > 0 ? 'up' : value < 0 ? 'down' : ''}`,
    value > 0 ? `+${value}` : value < 0 ? `-${Math.abs(value)}` : '0');
  shown.dir = 'ltr';
  return shown;
}

$('choose').addEventListener('submit', event => {
  event.preventDefault();
  location.search = new URLSearchParams({ year: $('year').value }).toString();
});

async function start() {
  const year = await yearToShow(params);
  $('year').value = year;
  document.title = `תמונת העיר ${year} · מעגל`;
  $('title').textContent = `תמונת העיר · ${year}`;
  $('picture-pdf').href = `/api/cycles/${year}/picture.pdf`;
  $('picture-xlsx').href = `/api/cycles/${year}/picture.xlsx`;
  $('goal-tree').href = `/goals/?year=${year}`;
  try {
    show(await api(`/api/cycles/${year}/picture`));
  } catch (error) {
    say(error.message, 'error');
  } finally {
    document.body.dataset.ready = 'true';
  }
}

start();
