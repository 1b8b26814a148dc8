// The work plans of a cycle. Without ?department: the plans the caller may read and how their money links
// to the goals. With ?department: that department's plan, edited while it is a draft, its budget lines
// marked by finance in its budget review, its versions and what changed.
// Everything comes from the Maagal API (/api/cycles/{year}/…), with the Tasklist login of the browser.
import {
  api, clear, date, element, everyPage, money, moneyText, numberText, refuse, say, send, status, table, time,
  yearToShow,
} from '/common/page.js';

const $ = id => document.getElementById(id);
const params = new URLSearchParams(location.search);

function link(href, text) {
  const a = element('a', null, text);
  a.href = href;
  return a;
}

const year = () => $('year').value;
const department = params.get('department');
const shownVersion = params.get('version');

// --- without a department: the cycle's plans and their linkage to the goals

async function overview() {
  $('overview').hidden = false;
  $('title').textContent = `תכניות העבודה של מעגל ${year()}`;
  $('book-pdf').href = `/api/cycles/${year()}/book.pdf`;
  $('book-xlsx').href = `/api/cycles/${year()}/book.xlsx`;
  $('requests-xlsx').href = `/api/cycles/${year()}/budget-requests.xlsx`;
  try {
    const plans = await api(`/api/cycles/${year()}/work-plans`);
    $('plans').replaceChildren(plans.length === 0
      ? element('p', 'empty', `אין עדיין תכניות עבודה במעגל ${year()}: התכניות נפתחות כשעץ המטרות מאושר ומתחיל שלב תכניות העבודה.`)
      : table(['מחלקה', 'גרסה', 'סטטוס', 'פעילויות', 'סה"כ', 'תקרה', ''], plans.map(plan => [
        plan.departmentName, String(plan.version), status(plan.status, plan.statusName), String(plan.activities),
        money(plan.total), money(plan.ceiling),
        link(`?year=${plan.year}&department=${encodeURIComponent(plan.departmentId)}`, 'לתכנית')]), [1, 3, 4, 5]));
  } catch (error) {
    $('plans').replaceChildren(element('p', 'error', error.message));
  }
  try {
    showLinkage(await api(`/api/cycles/${year()}/linkage`));
  } catch (error) {
    $('linkage').replaceChildren(element('p', 'error', error.message));
  }
}

function showLinkage(linkage) {
  const parts = [];
  if (linkage.targets.length === 0) {
    parts.push(element('p', 'empty', `אין עדיין עץ מטרות מאושר למעגל ${linkage.year}, ולכן אין יעדים לקשר אליהם כסף.`));
  }
  parts.push(element('h3', null, 'לפי מקור מימון'));
  const total = element('strong');
  total.append(money(linkage.total));
  parts.push(linkage.bySource.length === 0 ? element('p', 'empty', 'אין עדיין שורות תקציב בתכניות.')
    : table(['מקור מימון', 'סכום'], [...linkage.bySource.map(s => [s.source, money(s.amount)]), ['סה"כ', total]], [1]));

  parts.push(element('h3', null, `יעדים שאין פעילות המשרתת אותם (${linkage.targetsWithoutActivity.length})`));
  parts.push(linkage.targetsWithoutActivity.length === 0 ? element('p', 'empty', 'כל יעד משורת בפעילות אחת לפחות.')
    : list(linkage.targetsWithoutActivity.map(t => `${t.domain} › ${t.goal} › ${t.target}`), 'warning'));

  parts.push(element('h3', null, `פעילויות שאינן משרתות אף יעד (${linkage.activitiesWithoutTarget.length})`));
  parts.push(linkage.activitiesWithoutTarget.length === 0 ? element('p', 'empty', 'כל פעילות מקושרת ליעד.')
    : table(['מחלקה', 'פעילות', 'סכום'], linkage.activitiesWithoutTarget.map(a => [
      link(`?year=${linkage.year}&department=${encodeURIComponent(a.departmentId)}`, a.departmentName), a.title,
      money(a.amount)]), [2]));

  if (linkage.emphases.length > 0) {
    parts.push(element('h3', null, `הדגשים הניהוליים של המנכ"ל (${linkage.emphasesWithoutActivity.length} בלי פעילות)`));
    parts.push(table(['דגש', 'פעילויות', 'סכום'], linkage.emphases.map(e => [`${e.number}. ${e.text}`,
      e.activities.length === 0 ? element('span', 'warning', 'אין פעילות שמשרתת את הדגש')
        : activityNames(e.activities, linkage.year), money(e.amount)]), [2]));
  }

  parts.push(element('h3', null, 'הכסף לכל יעד'));
  parts.push(linkage.targets.length === 0 ? element('p', 'empty', '—')
    : table(['תחום', 'מטרה', 'יעד', 'פעילויות', 'סכום'], linkage.targets.map(t => [t.domain, t.goal, t.target,
      t.activities.length === 0 ? element('span', 'warning', 'אין') : activityNames(t.activities, linkage.year),
      money(t.amount)]), [4]));
  $('linkage').replaceChildren(...parts);
}

function list(texts, className) {
  const node = element('ul', className);
  node.append(...texts.map(text => element('li', null, text)));
  return node;
}

function activityNames(activities, cycleYear) {
  const node = element('ul', 'plain');
  for (const a of activities) {
    const item = element('li');
    item.append(link(`?year=${cycleYear}&department=${encodeURIComponent(a.departmentId)}`, a.departmentName),
      `: ${a.title}`);
    node.append(item);
  }
  return node;
}

// --- with a department: its plan

let plan = null; // the plan as shown
let targets = []; // the approved tree's targets, the department's own first
let clauses = []; // the department's clauses in the budget book
let editing = null; // the activity, line or request the open form changes (null: a new one)
let choices = Promise.resolve(); // the targets and clauses, loading; the forms wait for them

const base = () => `/api/cycles/${year()}/work-plans/${encodeURIComponent(department)}`;

async function departmentPlan() {
  $('plan').hidden = false;
  $('to-overview').hidden = false;
  $('to-overview').href = `?year=${year()}`;
  $('dept-book-pdf').href = `/api/cycles/${year()}/book.pdf?department=${encodeURIComponent(department)}`;
  $('dept-book-xlsx').href = `/api/cycles/${year()}/book.xlsx?department=${encodeURIComponent(department)}`;
  try {
    const shown = await api(shownVersion ? `${base()}/versions/${shownVersion}` : base());
    show(shown);
  } catch (error) {
    $('plan').hidden = true;
    say(error.status === 404 ? `${error.message}. התכנית נפתחת כשעץ המטרות מאושר ומתחיל שלב תכניות העבודה.`
      : error.message, 'error');
    return;
  }
  if (plan.editable) choices = loadChoices();
  await Promise.all([loadVersions(), choices]);
}

async function loadChoices() {
  try {
    const all = await api(`/api/cycles/${year()}/goals/targets`);
    targets = [...all.filter(t => t.ownerDepartmentIds.includes(department)),
      ...all.filter(t => !t.ownerDepartmentIds.includes(department))];
  } catch (error) {
    targets = [];
  }
  try {
    const book = await api(`/api/cycles/${year()}/budget?department=${encodeURIComponent(department)}`);
    clauses = book.departments.length ? book.departments[0].clauses : [];
  } catch (error) {
    clauses = [];
  }
}

function show(shown) {
  plan = shown;
  $('title').textContent = `תכנית העבודה של ${plan.departmentName} · ${plan.year}`;
  document.title = `תכנית העבודה של ${plan.departmentName} · מעגל`;
  $('plan-title').replaceChildren(`${plan.departmentName}, גרסה ${plan.version} `, status(plan.status, plan.statusName));
  const ceiling = plan.ceilings ? plan.ceilings.total : null;
  const summary = [element('span', null, 'סה"כ בתכנית: '), money(plan.total)];
  if (ceiling !== null && ceiling !== undefined) {
    summary.push(element('span', null, ' מתוך תקרה של '), money(ceiling));
    const over = Number(plan.total) > Number(ceiling);
    const rest = element('span', over ? 'error' : 'muted', over ? ' · חריגה של ' : ' · נותרו ');
    rest.append(money(Math.abs(ceiling - plan.total)));
    summary.push(rest);
  }
  if (plan.submittedAt) summary.push(element('span', 'muted', ` · הוגשה ${time(plan.submittedAt)} על ידי ${plan.submittedByName || plan.submittedBy}`));
  $('summary').replaceChildren(...summary);
  $('amendment').hidden = !plan.amendment;
  $('amendment').textContent = plan.amendment ? `תיקון ${plan.amendment} לתכנית: ${plan.amendmentReason}` : '';
  $('amend-form').hidden = !plan.mayAmend;
  showSources();
  showFindings();
  showReviews();
  showActivities();
  $('activity-actions').hidden = !plan.editable;
  if (!plan.editable) {
    closeForms();
  }
}

// Planned money per funding source against the department's ceiling of that source; a cut line counts for nothing.
function showSources() {
  const planned = new Map();
  for (const activity of plan.activities) {
    for (const line of activity.lines) {
      if (line.status === 'CUT') continue;
      planned.set(line.fundingSource, (planned.get(line.fundingSource) || 0) + Number(line.amount));
    }
  }
  const bySource = (plan.ceilings && plan.ceilings.bySource) || {};
  const sources = [...new Set([...Object.keys(bySource), ...planned.keys()])];
  if (sources.length === 0) {
    $('sources').replaceChildren(element('p', 'empty', 'אין למחלקה סעיפים בספר התקציב של המעגל.'));
    return;
  }
  $('sources').replaceChildren(table(['מקור מימון', 'בתכנית', 'תקרה', 'נותר'], sources.map(source => {
    const used = planned.get(source) || 0;
    const cap = Number(bySource[source] || 0);
    const left = money(cap - used);
    if (cap - used < 0) left.classList.add('error');
    return [source, money(used), money(cap), left];
  }), [1, 2, 3]));
}

function showFindings() {
  const findings = plan.findings || [];
  if (findings.length === 0) {
    $('findings').replaceChildren(element('li', 'ok', 'הבדיקות האוטומטיות לא מצאו דבר.'));
    return;
  }
  $('findings').replaceChildren(...[...findings].sort((a, b) => Number(b.blocking) - Number(a.blocking)).map(f => {
    const item = element('li', f.blocking ? 'blocking' : 'warning');
    item.append(element('strong', null, f.blocking ? 'חוסם הגשה: ' : 'אזהרה: '), f.message);
    return item;
  }));
}

function showReviews() {
  const reviews = plan.reviews || [];
  if (reviews.length === 0) {
    $('reviews').replaceChildren(element('li', 'empty', 'התכנית עוד לא נבדקה.'));
    return;
  }
  $('reviews').replaceChildren(...reviews.map(r => {
    const item = element('li', r.approved ? 'approved' : 'returned');
    item.append(element('strong', null, `גרסה ${r.version} · ${r.stepName}: ${r.approved ? 'אושרה' : 'הוחזרה'}`),
      element('span', 'muted', ` · ${r.decidedByName || r.decidedBy || ''} ${time(r.decidedAt)}`));
    if (r.comments) item.append(element('p', 'comments', r.comments));
    return item;
  }));
}

// The forms move next to what they edit; they are taken back before the activities are drawn again.
function parkForms() {
  $('activity-actions').after($('activity-form'), $('line-form'), $('request-form'), $('decision-form'));
}

function showActivities() {
  parkForms();
  if (plan.activities.length === 0) {
    $('activities').replaceChildren(element('p', 'empty', plan.editable
      ? 'אין עדיין פעילויות בתכנית. הוסיפו פעילות, קשרו אותה ליעדים ותנו לה שורות תקציב מסעיפי המחלקה.'
      : 'אין פעילויות בגרסה זו של התכנית.'));
    return;
  }
  $('activities').replaceChildren(...plan.activities.map(activityCard));
}

function activityCard(activity) {
  const card = element('article', 'activity');
  card.id = `activity-${activity.id}`;
  const head = element('div', 'activity-head');
  head.append(element('h3', null, activity.title));
  if (plan.editable) {
    head.append(button('עריכה', () => openActivity(activity), 'edit-activity'),
      button('מחיקה', () => removeActivity(activity), 'remove-activity'),
      button('הוספת שורת תקציב', () => openLine(activity, null), 'primary add-line'),
      button('בקשה לתקציב נוסף', () => openRequest(activity, null), 'add-request'));
  }
  card.append(head);

  const facts = element('dl', 'facts');
  fact(facts, 'אחראי', activity.owner || '—');
  fact(facts, 'תאריכים', activity.start || activity.end ? `${date(activity.start)} – ${date(activity.end)}` : '—');
  fact(facts, 'מדד תפוקה', activity.outputMeasure || '—');
  const served = activity.targets.length === 0 ? element('span', 'warning', 'אינה משרתת אף יעד')
    : list(activity.targets.map(t => `${t.target}${t.known ? '' : ' (לא נמצא בעץ המאושר)'} · ${t.goal}`), 'plain');
  fact(facts, 'יעדים', served);
  if (activity.emphases.length > 0) {
    fact(facts, 'דגשים ניהוליים', list(activity.emphases.map(e => `${e.number}. ${e.text}`), 'plain'));
  }
  card.append(facts);

  card.append(table(['רבעון 1', 'רבעון 2', 'רבעון 3', 'רבעון 4'], [activity.milestones.map(m => m || '—')]));
  card.lastChild.classList.add('milestones');

  if (activity.lines.length === 0) {
    card.append(element('p', 'empty', 'אין שורות תקציב לפעילות.'));
  } else {
    const rows = activity.lines.map(line => {
      const actions = element('span', 'actions');
      if (plan.editable) {
        actions.append(button('עריכה', () => openLine(activity, line), 'edit-line'),
          button('מחיקה', () => removeLine(line), 'remove-line'));
      }
      if (plan.marksLines) {
        for (const [code, label] of [['APPROVED', 'מאשר'], ['CUT', 'קיצוץ'], ['REQUESTED', 'מבוקש']]) {
          const mark = button(label, () => markLine(line, code), `mark mark-${code.toLowerCase()}`);
          mark.disabled = line.status === code;
          actions.append(mark);
        }
      }
      const amount = money(line.amount);
      if (line.status === 'CUT') amount.classList.add('cut');
      return [line.clauseCode, line.clauseName, line.typeName, line.fundingSource, amount,
        status(line.status, line.statusName), actions];
    });
    const lines = table(['סעיף', 'שם הסעיף', 'סוג', 'מקור מימון', 'סכום', 'סטטוס', ''], rows, [4]);
    lines.classList.add('lines');
    const foot = element('tfoot');
    const tr = element('tr');
    const label = element('td', null, 'סה"כ לפעילות');
    label.colSpan = 4;
    const sum = element('td', 'num');
    sum.append(money(activity.total));
    tr.append(label, sum, element('td'), element('td'));
    foot.append(tr);
    lines.append(foot);
    card.append(lines);
  }
  if (activity.requests.length) card.append(requestsTable(activity));
  const error = element('div', 'error-box', null);
  error.hidden = true;
  error.setAttribute('role', 'alert');
  card.append(error);
  return card;
}

// Money beyond the budget book: not in the activity's sum nor in any ceiling; finance decides in its budget review.
function requestsTable(activity) {
  const rows = activity.requests.map(request => {
    const actions = element('span', 'actions');
    if (plan.editable) {
      actions.append(button('עריכה', () => openRequest(activity, request), 'edit-request'),
        button('ביטול הבקשה', () => removeRequest(request), 'remove-request'));
    }
    if (plan.marksLines) actions.append(button('החלטה', () => openDecision(activity, request), 'decide-request'));
    const decision = [request.statusName];
    if (request.approvedAmount != null) decision.push(`${moneyText(request.approvedAmount)} בסעיף ${request.clauseCode}`);
    if (request.financeNote) decision.push(request.financeNote);
    return [money(request.amount), request.purpose, request.fundingKindName + (request.funder ? ` · ${request.funder}` : ''),
      status(request.status, decision.join(' · ')), actions];
  });
  const shown = table(['בקשה לתקציב נוסף', 'מטרה', 'מקור מימון', 'החלטת הגזברות', ''], rows, [0]);
  shown.classList.add('requests');
  return shown;
}

function fact(list, term, value) {
  const dd = element('dd');
  if (value instanceof Node) dd.append(value); else dd.textContent = value;
  list.append(element('dt', null, term), dd);
}

function button(text, action, className) {
  const node = element('button', className, text);
  node.type = 'button';
  node.addEventListener('click', action);
  return node;
}

// --- editing the draft: every answer of the API is the whole plan, shown at once

function closeForms() {
  $('activity-form').hidden = true;
  $('line-form').hidden = true;
  $('request-form').hidden = true;
  $('decision-form').hidden = true;
  editing = null;
}

async function openActivity(activity) {
  await choices;
  closeForms();
  editing = activity;
  $('activity-form-title').textContent = activity ? `עריכת הפעילות "${activity.title}"` : 'פעילות חדשה';
  $('a-title').value = activity ? activity.title : '';
  $('a-owner').value = activity ? activity.owner || '' : '';
  $('a-start').value = activity ? activity.start || '' : '';
  $('a-end').value = activity ? activity.end || '' : '';
  ['a-q1', 'a-q2', 'a-q3', 'a-q4'].forEach((id, i) => { $(id).value = activity ? activity.milestones[i] || '' : ''; });
  $('a-output').value = activity ? activity.outputMeasure || '' : '';
  chooseTargets(activity ? activity.targets.map(t => t.id) : []);
  chooseEmphases(activity ? activity.emphases.map(e => e.number) : []);
  clear($('activity-error'));
  const place = activity ? $(`activity-${activity.id}`) : $('activity-actions');
  place.after($('activity-form'));
  $('activity-form').hidden = false;
  $('a-title').focus();
}

function chooseTargets(chosen) {
  const box = $('a-targets');
  const legend = box.querySelector('legend');
  const parts = [legend];
  if (targets.length === 0) {
    parts.push(element('p', 'empty', `אין עדיין עץ מטרות מאושר למעגל ${year()}; אפשר לשמור את הפעילות ולקשר אותה ליעדים אחרי אישורו.`));
  }
  const own = targets.filter(t => t.ownerDepartmentIds.includes(department));
  const others = targets.filter(t => !t.ownerDepartmentIds.includes(department));
  for (const [title, group] of [['יעדי המחלקה', own], ['יעדים אחרים', others]]) {
    if (group.length === 0) continue;
    parts.push(element('h4', null, title));
    for (const target of group) {
      const label = element('label', 'target');
      const box2 = element('input');
      box2.type = 'checkbox';
      box2.value = target.id;
      box2.checked = chosen.includes(target.id);
      label.append(box2, ` ${target.target} `, element('span', 'muted', `${target.domainName} › ${target.goal}`));
      parts.push(label);
    }
  }
  box.replaceChildren(...parts);
}

/** The CEO's emphases of the year, a box each; none until the CEO gave them. */
function chooseEmphases(chosen) {
  const box = $('a-emphases');
  const parts = [box.querySelector('legend')];
  if (plan.emphases.length === 0) {
    parts.push(element('p', 'empty', `המנכ"ל טרם נתן את הדגשים הניהוליים של ${year()}.`));
  }
  for (const emphasis of plan.emphases) {
    const label = element('label', 'target');
    const check = element('input');
    check.type = 'checkbox';
    check.value = emphasis.number;
    check.checked = chosen.includes(emphasis.number);
    label.append(check, ` ${emphasis.number}. ${emphasis.text}`);
    parts.push(label);
  }
  box.replaceChildren(...parts);
}

$('add-activity').addEventListener('click', () => openActivity(null));
$('activity-cancel').addEventListener('click', closeForms);
$('line-cancel').addEventListener('click', closeForms);

$('activity-form').addEventListener('submit', async event => {
  event.preventDefault();
  const value = {
    title: $('a-title').value,
    owner: $('a-owner').value,
    start: $('a-start').value || null,
    end: $('a-end').value || null,
    milestones: ['a-q1', 'a-q2', 'a-q3', 'a-q4'].map(id => $(id).value),
    outputMeasure: $('a-output').value,
    targetIds: [...$('a-targets').querySelectorAll('input:checked')].map(box => Number(box.value)),
    emphases: [...$('a-emphases').querySelectorAll('input:checked')].map(box => Number(box.value)),
  };
  try {
    const changed = editing ? await send('PUT', `${base()}/activities/${editing.id}`, value)
      : await send('POST', `${base()}/activities`, value);
    closeForms();
    changedTo(changed);
    say(`הפעילות "${value.title.trim()}" נשמרה.`, 'ok');
  } catch (error) {
    refuse($('activity-error'), error);
  }
});

async function removeActivity(activity) {
  if (!confirm(`למחוק את הפעילות "${activity.title}" ואת שורות התקציב שלה מהטיוטה?`)) return;
  try {
    changedTo(await send('DELETE', `${base()}/activities/${activity.id}`));
    say(`הפעילות "${activity.title}" הוסרה מהטיוטה.`, 'ok');
  } catch (error) {
    cardError(activity.id, error);
  }
}

// The plan as a change left it; the list of versions shows its new total too.
function changedTo(changed) {
  show(changed);
  loadVersions();
}

function cardError(activityId, error) {
  const card = $(`activity-${activityId}`);
  if (card) refuse(card.querySelector('.error-box'), error); else say(error.message, 'error');
}

// What is left of a clause: its amount in the book less the lines of this plan on it that were not cut.
function left(clause, exceptLine) {
  let used = 0;
  for (const activity of plan.activities) {
    for (const line of activity.lines) {
      if (line.clauseCode === clause.code && line.status !== 'CUT' && (!exceptLine || line.id !== exceptLine.id)) {
        used += Number(line.amount);
      }
    }
  }
  return Number(clause.amount) - used;
}

let lineActivity = null;

async function openLine(activity, line) {
  await choices;
  closeForms();
  editing = line;
  lineActivity = activity;
  $('line-form-title').textContent = line ? `עריכת שורת התקציב (סעיף ${line.clauseCode}) של "${activity.title}"`
    : `שורת תקציב חדשה ל"${activity.title}"`;
  const options = clauses.map(clause => {
    const option = element('option', null, `${clause.code} · ${clause.name} · ${clause.typeName} · ${clause.source} · `
      + `נותרו ${moneyText(left(clause, line))}`);
    option.value = clause.code;
    return option;
  });
  if (options.length === 0) {
    const none = element('option', null, 'אין למחלקה סעיפים בספר התקציב של המעגל');
    none.value = '';
    options.push(none);
  }
  $('l-clause').replaceChildren(...options);
  $('l-clause').value = line ? line.clauseCode : options[0].value;
  $('l-amount').value = line ? numberText(line.amount) : '';
  clear($('line-error'));
  $(`activity-${activity.id}`).append($('line-form'));
  $('line-form').hidden = false;
  $('l-amount').focus();
}

$('line-form').addEventListener('submit', async event => {
  event.preventDefault();
  // the amount goes as the person typed it ("1,250,000"); the API reads it, or refuses it in Hebrew
  const value = { clauseCode: $('l-clause').value, amount: $('l-amount').value };
  try {
    const changed = editing ? await send('PUT', `${base()}/budget-lines/${editing.id}`, value)
      : await send('POST', `${base()}/activities/${lineActivity.id}/budget-lines`, value);
    closeForms();
    changedTo(changed);
    say('שורת התקציב נשמרה.', 'ok');
  } catch (error) {
    refuse($('line-error'), error);
  }
});

async function removeLine(line) {
  if (!confirm(`למחוק את שורת התקציב של סעיף ${line.clauseCode} (${moneyText(line.amount)})?`)) return;
  try {
    changedTo(await send('DELETE', `${base()}/budget-lines/${line.id}`));
    say('שורת התקציב הוסרה.', 'ok');
  } catch (error) {
    say(error.message, 'error');
  }
}

async function markLine(line, code) {
  try {
    changedTo(await send('PUT', `${base()}/budget-lines/${line.id}/status`, { status: code }));
    say(`סעיף ${line.clauseCode}: ${code === 'APPROVED' ? 'מאושר' : code === 'CUT' ? 'קוצץ' : 'מבוקש'}.`, 'ok');
  } catch (error) {
    const activity = plan.activities.find(a => a.lines.some(l => l.id === line.id));
    if (activity) cardError(activity.id, error); else say(error.message, 'error');
  }
}

// --- additional budget requests: the department asks while its plan is a draft, finance decides in its review

let requestActivity = null;

function openRequest(activity, request) {
  closeForms();
  editing = request;
  requestActivity = activity;
  $('request-form-title').textContent = request ? `עריכת הבקשה לתקציב נוסף של "${activity.title}"`
    : `בקשה לתקציב נוסף ל"${activity.title}"`;
  $('r-amount').value = request ? numberText(request.amount) : '';
  $('r-kind').value = request ? request.fundingKind : 'MUNICIPAL';
  $('r-purpose').value = request ? request.purpose : '';
  $('r-funder').value = request && request.funder ? request.funder : '';
  clear($('request-error'));
  $(`activity-${activity.id}`).append($('request-form'));
  $('request-form').hidden = false;
  $('r-amount').focus();
}

$('request-form').addEventListener('submit', async event => {
  event.preventDefault();
  const value = { amount: $('r-amount').value, purpose: $('r-purpose').value, fundingKind: $('r-kind').value,
    funder: $('r-funder').value };
  try {
    const changed = editing ? await send('PUT', `${base()}/budget-requests/${editing.id}`, value)
      : await send('POST', `${base()}/activities/${requestActivity.id}/budget-requests`, value);
    closeForms();
    changedTo(changed);
    say('הבקשה לתקציב נוסף נשמרה.', 'ok');
  } catch (error) {
    refuse($('request-error'), error); // what the user typed stays in the form
  }
});

$('request-cancel').addEventListener('click', closeForms);

async function removeRequest(request) {
  if (!confirm(`לבטל את הבקשה לתקציב נוסף (${moneyText(request.amount)})?`)) return;
  try {
    changedTo(await send('DELETE', `${base()}/budget-requests/${request.id}`));
    say('הבקשה בוטלה.', 'ok');
  } catch (error) {
    say(error.message, 'error');
  }
}

function openDecision(activity, request) {
  closeForms();
  editing = request;
  $('decision-form-title').textContent = `החלטת הגזברות: ${moneyText(request.amount)} ל${request.purpose}`;
  $('d-status').value = request.status === 'REQUESTED' ? 'APPROVED' : request.status;
  $('d-amount').value = request.approvedAmount != null ? numberText(request.approvedAmount) : '';
  $('d-clause').value = request.clauseCode || '';
  $('d-note').value = request.financeNote || '';
  clear($('decision-error'));
  $(`activity-${activity.id}`).append($('decision-form'));
  $('decision-form').hidden = false;
  $('d-status').focus();
}

$('decision-form').addEventListener('submit', async event => {
  event.preventDefault();
  const value = { status: $('d-status').value, approvedAmount: $('d-amount').value, clauseCode: $('d-clause').value,
    note: $('d-note').value };
  try {
    changedTo(await send('PUT', `${base()}/budget-requests/${editing.id}/decision`, value));
    closeForms();
    say('ההחלטה נשמרה.', 'ok');
  } catch (error) {
    refuse($('decision-error'), error);
  }
});

$('decision-cancel').addEventListener('click', closeForms);

// --- an amendment of the approved plan: its next version, a draft copy of the plan in force

$('amend-form').addEventListener('submit', async event => {
  event.preventDefault();
  try {
    changedTo(await send('POST', `${base()}/amendments`, { reason: $('amend-reason').value }));
    $('amend-reason').value = '';
    say('נפתח תיקון לתכנית: ערכו את הטיוטה והגישו אותה ממשימת "תיקון תכנית העבודה".', 'ok');
  } catch (error) {
    refuse($('amend-error'), error); // the reason typed stays
  }
});

// --- versions and what changed

async function loadVersions() {
  try {
    const versions = await everyPage(`${base()}/versions`);
    const newest = versions.length ? versions[versions.length - 1].version : null;
    $('versions').replaceChildren(table(['גרסה', 'סטטוס', 'נוצרה', 'הוגשה', 'פעילויות', 'סה"כ', ''], versions.map(v => {
      const here = v.version === plan.version;
      const href = v.version === newest ? `?year=${year()}&department=${encodeURIComponent(department)}`
        : `?year=${year()}&department=${encodeURIComponent(department)}&version=${v.version}`;
      return [String(v.version), status(v.status, v.statusName), `${time(v.createdAt)} · ${v.createdByName || v.createdBy || ''}`,
        v.submittedAt ? `${time(v.submittedAt)} · ${v.submittedByName || v.submittedBy || ''}` : '—', String(v.activities), money(v.total),
        here ? element('strong', null, 'מוצגת') : link(href, 'הצגה')];
    }), [0, 4, 5]));
    $('show-diff').hidden = plan.version <= 1;
    if (plan.version <= 1) $('diff').replaceChildren(element('p', 'empty', 'זו הגרסה הראשונה של התכנית; אין גרסה קודמת להשוות אליה.'));
    else if ($('diff').querySelector('p.empty')) $('diff').replaceChildren(); // a new version opened on this page
  } catch (error) {
    $('versions').replaceChildren(element('p', 'error', error.message));
  }
}

const KIND = { ADDED: ['נוסף', 'added'], REMOVED: ['הוסר', 'removed'], CHANGED: ['שונה', 'changed'] };

$('show-diff').addEventListener('click', async () => {
  try {
    const diff = await api(`${base()}/diff?to=${plan.version}`);
    const title = element('p', 'summary', `מגרסה ${diff.from} לגרסה ${diff.to}: `
      + (diff.changes.length === 0 ? 'אין שינויים.' : `${diff.changes.length} שינויים.`));
    const items = element('ul', 'changes');
    for (const change of diff.changes) {
      const [label, kind] = KIND[change.kind] || [change.kind, ''];
      const item = element('li', `change ${kind}`);
      item.append(element('span', 'level', label), ` ${change.subject}`);
      if (change.kind === 'ADDED' && change.after) {
        item.append(': ', element('ins', null, change.after));
      } else if (change.kind === 'REMOVED' && change.before) {
        item.append(': ', element('del', null, change.before));
      } else if (change.kind === 'CHANGED') {
        item.append(': ', element('del', null, change.before ?? '—'), ' ← ', element('ins', null, change.after ?? '—'));
      }
      items.append(item);
    }
    $('diff').replaceChildren(title, items);
  } catch (error) {
    $('diff').replaceChildren(element('p', 'error', error.message));
  }
});

// --- start

$('choose').addEventListener('submit', event => {
  event.preventDefault();
  const query = new URLSearchParams({ year: year() });
  if (department) query.set('department', department);
  location.search = query.toString();
});

async function start() {
  const cycleYear = await yearToShow(params);
  $('year').value = cycleYear;
  $('to-budget').href = `/budget/?year=${cycleYear}${department ? `&department=${encodeURIComponent(department)}` : ''}`;
  try {
    if (department) await departmentPlan(); else await overview();
  } catch (error) {
    say(error.message, 'error');
  } finally {
    document.body.dataset.ready = 'true';
  }
}

start();
