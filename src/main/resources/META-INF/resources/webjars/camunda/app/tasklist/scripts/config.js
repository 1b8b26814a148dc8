// Maagal's Tasklist configuration: Hebrew first, English available; our name instead of Camunda's.
import { language } from '../maagal/language-direction.js';

const hebrew = language === 'he';

export default {
  app: {
    name: 'מעגל',
    vendor: 'מעגל התכנון השנתי'
  },
  locales: {
    availableLocales: ['he', 'en'],
    // Hebrew unless the browser asks for English (language-direction.js decides the same way).
    // Tasklist also loads the fallback's file, and each file it loads switches the date and time
    // texts to its language: a fixed 'he' here left English users with Hebrew dates, now and then.
    fallbackLocale: language
  },
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, D MMMM YYYY HH:mm'
  },
  disableWelcomeMessage: true,
  // Keep 'offered' and 'fallback' in language-direction.js in step with 'locales' here.
  // planner-actions shows Start process and Create task to the strategy unit and admins only;
  // hebrew-texts translates what locales/he.json does not reach (it defines 'maagal.hebrew');
  // diagram-names draws task names without their expressions in the Diagram tab ('maagal.diagram').
  // dashboard-link puts a link to Maagal's dashboard in the header; landing, after a fresh login, goes back to
  // the Maagal page that sent the person to log in, or to the dashboard for the strategy unit and the management.
  // accessible-names gives Tasklist's icon-only links and buttons a name a screen reader reads.
  customScripts: ['maagal/language-direction', 'maagal/planner-actions', 'maagal/hebrew-texts', 'maagal/diagram-names',
    'maagal/dashboard-link', 'maagal/landing', 'maagal/accessible-names'],
  requireJsConfig: {
    ngDeps: ['maagal.hebrew', 'maagal.diagram']
  },

  // Tasklist shows these descriptions as they are written here, untranslated.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: hebrew ? 'לקיחת המשימה שנבחרה לטיפול' : 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: hebrew ? 'מעבר למסנן הראשון ברשימה' : 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: hebrew ? 'מעבר למשימה הראשונה ברשימה' : 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: hebrew ? 'מעבר לשדה הראשון בטופס המשימה' : 'sets the focus to the first input field in a task form'
    }
  }
};
