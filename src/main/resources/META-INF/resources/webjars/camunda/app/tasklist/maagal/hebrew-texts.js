// Hebrew for texts that Tasklist's locale file (locales/he.json) does not reach.
const hebrew = () => document.documentElement.lang === 'he'; // set by language-direction.js

// config.js adds this module to Tasklist's modules. It decorates directives of
// 'camunda.common.widgets' (the header and footer), so it loads after that module.
const module = window.angular.module('maagal.hebrew', ['camunda.common.widgets']);

// 1. The date picker of a task's due and follow-up dates names months and days after AngularJS's
//    $locale, which Tasklist leaves in English.
module.run(['$locale', function($locale) {
  if (!hebrew()) return;
  Object.assign($locale.DATETIME_FORMATS, {
    MONTH: ['ינואר', 'פברואר', 'מרץ', 'אפריל', 'מאי', 'יוני', 'יולי', 'אוגוסט', 'ספטמבר', 'אוקטובר', 'נובמבר', 'דצמבר'],
    SHORTMONTH: ['ינו׳', 'פבר׳', 'מרץ', 'אפר׳', 'מאי', 'יוני', 'יולי', 'אוג׳', 'ספט׳', 'אוק׳', 'נוב׳', 'דצמ׳'],
    DAY: ['יום ראשון', 'יום שני', 'יום שלישי', 'יום רביעי', 'יום חמישי', 'יום שישי', 'שבת'],
    SHORTDAY: ['א׳', 'ב׳', 'ג׳', 'ד׳', 'ה׳', 'ו׳', 'ש׳']
  });
}]);

// 2. The header's app switcher, the footer and the Diagram tab's zoom buttons write English into
//    their templates (the app names, "Camunda Platform", "zoom in"), and the footer names the time
//    zone by its id ("UTC"). Tasklist's locale files already hold the app names under TASKLIST_APP etc., unused.
//    (The bpmn.io watermarks of the diagram and the forms stay as they are: their licence asks that.)
module.config(['$provide', function($provide) {
  if (!hebrew()) return;
  $provide.decorator('camWidgetBpmnViewerDirective', ['$delegate', function($delegate) {
    $delegate[0].template = $delegate[0].template.replace('title="zoom in"', 'title="הגדלה"')
      .replace('title="zoom out"', 'title="הקטנה"').replace('title="reset zoom"', 'title="התאמת התרשים לחלון"');
    return $delegate;
  }]);
  $provide.decorator('camWidgetHeaderDirective', ['$delegate', function($delegate) {
    $delegate[0].template = $delegate[0].template.replace('{{ app.label }}', "{{ (appName | uppercase) + '_APP' | translate }}");
    return $delegate;
  }]);
  $provide.decorator('camWidgetFooterDirective', ['$delegate', function($delegate) {
    const footer = $delegate[0];
    footer.template = `<div class="container-fluid"><div class="row">
        <div id="footer-timezone" class="col-xs-6">{{ 'CAM_WIDGET_FOOTER_TIMEZONE' | translate }} {{ timezoneName }}</div>
        <div class="col-xs-6">{{ 'CAM_WIDGET_FOOTER_POWERED_BY' | translate }} Camunda {{ version.replace('v', '') }}</div>
      </div></div>`;
    footer.compile = () => scope => { scope.timezoneName = hebrewTimeZoneName(); };
    return $delegate;
  }]);
}]);

// The browser's time zone as Hebrew names it: "שעון ישראל (קיץ)", "זמן אוניברסלי מתואם".
function hebrewTimeZoneName() {
  const parts = new Intl.DateTimeFormat('he', { timeZoneName: 'long' }).formatToParts(new Date());
  return parts.find(part => part.type === 'timeZoneName').value;
}

// 3. Camunda Forms (form-js) write their own texts in English whatever the language: the select's
//    placeholder, a searchable select's search field and empty list, the number field's buttons
//    and the validation messages our forms can show. Rewrite them as form-js puts them into the page.
const formTexts = [
  [/^Select$/, () => 'בחירה'],
  [/^Search$/, () => 'חיפוש'],
  [/^No results$/, () => 'לא נמצאו אפשרויות'],
  [/^All values selected$/, () => 'כל האפשרויות נבחרו'],
  [/^Increment$/, () => 'הגדלה'],
  [/^Decrement$/, () => 'הקטנה'],
  [/^Remove tag$/, () => 'הסרה'],
  [/^Clear content$/, () => 'ניקוי'],
  [/^Field is required\.$/, () => 'זהו שדה חובה.'],
  [/^Field must have maximum length of (\d+)\.$/, n => `אפשר לכתוב עד ${n} תווים.`],
  [/^Field must have minimum length of (\d+)\.$/, n => `יש לכתוב לפחות ${n} תווים.`],
  [/^Field must have maximum value of (.+)\.$/, n => `הערך המרבי הוא ${n}.`],
  [/^Field must have minimum value of (.+)\.$/, n => `הערך המזערי הוא ${n}.`],
  [/^Field must be a valid email\.$/, () => 'יש לכתוב כתובת דוא"ל תקינה.']
];
// Placeholders and the names screen readers read out (the number field's buttons) are texts too.
const formAttributes = ['placeholder', 'aria-label', 'title'];

function inHebrew(english) {
  for (const [pattern, hebrewText] of formTexts) {
    const match = english.trim().match(pattern);
    if (match) return hebrewText(...match.slice(1));
  }
  return null;
}

function translateForm(element) {
  const texts = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  while (texts.nextNode()) {
    const hebrewText = inHebrew(texts.currentNode.nodeValue);
    if (hebrewText) texts.currentNode.nodeValue = hebrewText;
  }
  for (const e of [element, ...element.querySelectorAll(formAttributes.map(a => `[${a}]`).join())]) {
    for (const attribute of formAttributes) {
      const hebrewText = e.hasAttribute(attribute) && inHebrew(e.getAttribute(attribute));
      if (hebrewText) e.setAttribute(attribute, hebrewText);
    }
  }
}

new MutationObserver(records => {
  if (!hebrew()) return;
  for (const record of records) {
    for (const node of record.type === 'childList' ? record.addedNodes : [record.target]) {
      const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
      if (!element) continue;
      if (element.closest('.fjs-container')) translateForm(element);
      else if (record.type === 'childList') element.querySelectorAll('.fjs-container').forEach(translateForm);
    }
  }
}).observe(document.body, { childList: true, subtree: true, characterData: true, attributeFilter: formAttributes });

export default [];
