// The goal tree of a cycle: read it, download it, compare two versions, upload a revised spreadsheet
// as a new draft after a preview of what it changes.
// Everything comes from the Maagal API (/api/cycles/{year}/goals…), with the Tasklist login of the browser.
import { api, element, everyPage, sheetsTable } from '/common/page.js';

const $ = id => document.getElementById(id);
const params = new URLSearchParams(location.search);

const STATUS = { DRAFT: 'טיוטה', SUPERSEDED: 'טיוטה שהוחלפה', APPROVED: 'מאושר בוועדת ההיגוי' };

function say(text, kind, problems = []) {
  $('message').textContent = text;
  $('message').className = kind;
  $('message').hidden = !text;
  $('problems').replaceChildren(...problems.map(problem => {
    const item = document.createElement('li');
    const sheet = problem.sheet ? `גיליון '${problem.sheet}'` : '';
    const where = problem.row > 0 ? `${sheet ? `${sheet}, ` : ''}שורה ${problem.row}: ` : sheet ? `${sheet}: ` : '';
    item.textContent = where + problem.reason;
    return item;
  }));
  $('problems').hidden = problems.length === 0;
}

function measure(value) {
  return value && value.value !== undefined && value.value !== null ? `${value.value} (${value.year})` : '—';
}

const CEO = 'מדד מנכ"ל';

function ceoBadge() {
  return element('span', 'ceo', CEO);
}

// The tree shown last, so that the CEO filter redraws it without asking the API again.
let shown = null;

function show(tree) {
  shown = tree;
  const onlyCeo = $('only-ceo').checked;
  const header = element('p');
  header.append(`גרסה ${tree.version} `, element('span', 'status', STATUS[tree.status] || tree.status),
    ` · ${tree.source}`);
  const domains = [];
  for (const domain of tree.domains) {
    const section = element('section', 'domain');
    section.append(element('h2', null, domain.name));
    for (const goal of domain.goals) {
      const goalNode = element('div', 'goal');
      goalNode.append(element('h3', null, goal.title));
      for (const target of goal.targets) {
        const targetNode = element('div', 'target', `יעד: ${target.title}`);
        for (const indicator of target.indicators.filter(i => !onlyCeo || i.ceoIndicator)) {
          const line = element('div', 'indicator',
            `מדד: ${indicator.name} · ${indicator.unit} · בסיס ${measure(indicator.baseline)} ← יעד ${measure(indicator.target)}`
            + ` · ${indicator.ownerDepartmentName || ''}`);
          if (indicator.ceoIndicator) line.append(' ', ceoBadge());
          targetNode.append(line);
        }
        if (!onlyCeo || targetNode.querySelector('.indicator')) goalNode.append(targetNode);
      }
      if (!onlyCeo || goalNode.querySelector('.target')) section.append(goalNode);
    }
    if (!onlyCeo || section.querySelector('.goal')) domains.push(section);
  }
  const none = onlyCeo && domains.length === 0 ? [element('p', 'hint', 'בגרסה זו אין מדדי מנכ"ל.')] : [];
  const vision = tree.vision ? [element('p', 'vision', `חזון העיר: ${tree.vision}`)] : [];
  $('tree').replaceChildren(...vision, header, ...domains, ...none);
}

$('only-ceo').addEventListener('change', () => {
  if (shown) show(shown);
});

async function load() {
  const year = $('year').value;
  const version = $('version').value;
  const query = version ? `?version=${version}` : '';
  $('xlsx').href = `/api/cycles/${year}/goals/export.xlsx${query}`;
  $('csv').href = `/api/cycles/${year}/goals/export.csv${query}`;
  $('template').href = `/api/cycles/${year}/goals/template.xlsx`;
  $('picture').href = `/picture/?year=${year}`;
  try {
    const [tree, versions] = await Promise.all([api(`/api/cycles/${year}/goals${query}`),
      everyPage(`/api/cycles/${year}/goals/versions`)]);
    $('version').replaceChildren($('version').options[0], ...versions.map(versionOption));
    $('version').value = version;
    offerComparison(versions);
    show(tree);
  } catch (error) {
    $('tree').replaceChildren();
    say(error.message, 'error', error.problems);
  }
}

$('choose').addEventListener('submit', event => {
  event.preventDefault();
  say('', '');
  forgetComparison();
  load();
});

// An upload is first a dry run: the page shows what would change, and only "אישור" stores the file.
let pending = null;

$('upload').addEventListener('submit', async event => {
  event.preventDefault();
  pending = $('file').files[0];
  say('', '');
  try {
    showPreview(await send(pending, true));
  } catch (error) {
    pending = null;
    $('preview').hidden = true;
    say(error.message, 'error', error.problems);
  }
});

$('confirm').addEventListener('click', async () => {
  try {
    const draft = await send(pending, false);
    endPreview();
    $('version').value = '';
    forgetComparison();
    await load();
    say(`הקובץ נקלט: טיוטה חדשה, גרסה ${draft.version}.`, 'ok');
  } catch (error) {
    say(error.message, 'error', error.problems);
  }
});

$('cancel').addEventListener('click', () => {
  endPreview();
  say('ההעלאה בוטלה; דבר לא נשמר.', 'ok');
});

function send(file, dryRun) {
  const form = new FormData();
  form.append('file', file);
  return api(`/api/cycles/${$('year').value}/goals/import${dryRun ? '?dryRun=true' : ''}`, { method: 'POST', body: form });
}

function endPreview() {
  pending = null;
  $('preview').hidden = true;
  $('upload').reset();
}

function showPreview(preview) {
  $('preview-summary').textContent = `בקובץ ${preview.fileName} נקראו ${preview.rowsRead} שורות. `
    + `לעומת גרסה ${preview.against}: ${summary(preview.changes)}. דבר עוד לא נשמר.`;
  $('notices').replaceChildren(...preview.notices.map(notice => element('li', null, notice)));
  $('notices').hidden = preview.notices.length === 0;
  $('preview-sheets').replaceChildren(sheetsTable(preview.sheets));
  $('preview-changes').replaceChildren(...changes(preview.changes));
  $('preview').hidden = false;
  $('preview').scrollIntoView({ block: 'start' });
}

// Comparing two versions: by default the newest and the one before it, or ?diff=n (n and n-1).
function versionOption(v) {
  const status = v.status ? ` · ${STATUS[v.status] || v.status}` : '';
  const option = element('option', null, `גרסה ${v.version}${status}`);
  option.value = v.version;
  return option;
}

function offerComparison(versions) {
  const wanted = [$('diff-from').value, $('diff-to').value];
  $('diff-from').replaceChildren(...versions.map(versionOption));
  $('diff-to').replaceChildren(...versions.map(versionOption));
  const newest = versions.length ? versions[versions.length - 1].version : '';
  $('diff-to').value = wanted[1] || newest;
  $('diff-from').value = wanted[0] || (versions.length > 1 ? versions[versions.length - 2].version : newest);
}

// Another year or a new version: compare the newest with the one before again.
function forgetComparison() {
  $('diff-from').replaceChildren();
  $('diff-to').replaceChildren();
  $('diff').replaceChildren();
}

$('compare-form').addEventListener('submit', event => {
  event.preventDefault();
  compare();
});

async function compare() {
  try {
    const diff = await api(`/api/cycles/${$('year').value}/goals/diff?from=${$('diff-from').value}&to=${$('diff-to').value}`);
    const title = element('p', 'summary', `מגרסה ${diff.from} לגרסה ${diff.to}: ${summary(diff.changes)}.`);
    $('diff').replaceChildren(title, ...changes(diff.changes));
  } catch (error) {
    $('diff').replaceChildren(element('p', 'error', error.message));
  }
}

const LEVEL = { goal: 'מטרה', target: 'יעד', indicator: 'מדד' };
const DIRECTION = { 'higher-is-better': 'עלייה', 'lower-is-better': 'ירידה' };

const ONE = { goals: 'מטרה אחת', targets: 'יעד אחד', indicators: 'מדד אחד' };
const MANY = { goals: 'מטרות', targets: 'יעדים', indicators: 'מדדים' };

// "2 מטרות, מדד אחד": only the parts that changed.
function counts(c) {
  return Object.keys(ONE).filter(part => c[part] > 0)
    .map(part => (c[part] === 1 ? ONE[part] : `${c[part]} ${MANY[part]}`)).join(', ');
}

function summary(changes) {
  const s = changes.summary;
  const parts = [['נוספו', s.added], ['הוסרו', s.removed], ['שונו', s.changed]]
    .filter(([, c]) => counts(c)).map(([title, c]) => `${title}: ${counts(c)}`);
  return parts.length ? parts.join(' · ') : 'אין שינויים';
}

function value(v) {
  if (v === null || v === undefined || v === '') return '—';
  if (v === true || v === false) return v ? 'כן' : 'לא';
  return DIRECTION[v] || String(v);
}

// Where a change sits in the tree, from its domain down to the part that changed.
function place(change) {
  const item = element('li', `change ${change.level}`);
  item.append(element('span', 'level', LEVEL[change.level]), ' ',
    element('span', 'path', [change.domain, change.goal, change.target, change.indicator].filter(Boolean).join(' › ')));
  return item;
}

function changes(all) {
  const groups = [['נוספו', 'added', all.added], ['הוסרו', 'removed', all.removed], ['שונו', 'changed', all.changed]];
  return groups.filter(([, , list]) => list.length > 0).map(([title, kind, list]) => {
    const group = element('section', `changes ${kind}`);
    group.append(element('h3', null, `${title} (${list.length})`));
    const items = element('ul');
    for (const change of list) {
      const item = place(change);
      const values = change.after || change.before;
      if (change.fields.length > 0) {
        const fields = element('ul', 'fields');
        for (const field of change.fields) {
          const line = element('li');
          line.append(`${field.label}: `, element('del', null, value(field.before)), ' ← ',
            element('ins', null, value(field.after)));
          fields.append(line);
        }
        item.append(fields);
      } else if (values) {
        const line = element('div', 'values', `${values.unit || ''} · בסיס ${measure(values.baseline)} ← יעד `
          + `${measure(values.target)} · ${values.ownerDepartment || ''}`);
        if (values.ceoIndicator) line.append(' ', ceoBadge());
        item.append(line);
      }
      items.append(item);
    }
    group.append(items);
    return group;
  });
}

async function start() {
  let year = params.get('year');
  if (!year) {
    const cycles = await api('/api/cycles').catch(() => []);
    year = cycles.length ? cycles[0].year : new Date().getFullYear();
  }
  $('year').value = year;
  $('only-ceo').checked = params.get('ceo') === 'true';
  if (params.get('version')) {
    const option = element('option', null, `גרסה ${params.get('version')}`);
    option.value = params.get('version');
    $('version').append(option);
    $('version').value = params.get('version');
  }
  if (params.get('diff')) {
    const to = Number(params.get('diff'));
    $('diff-to').append(versionOption({ version: to }));
    $('diff-from').append(versionOption({ version: to - 1 }));
    $('diff-to').value = to;
    $('diff-from').value = to - 1;
  }
  await load();
  if (params.get('diff')) {
    await compare();
    $('compare').scrollIntoView({ block: 'start' });
  }
}

start();
