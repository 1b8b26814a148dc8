// Maagal's Tasklist configuration: Hebrew first, English available; our name instead of Camunda's.
export default {
  app: {
    name: 'מעגל',
    vendor: 'מעגל התכנון השנתי'
  },
  locales: {
    availableLocales: ['he', 'en'],
    fallbackLocale: 'he'
  },
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, D MMMM YYYY HH:mm'
  },
  disableWelcomeMessage: true,
  // Keep 'offered' and 'fallback' there in step with 'locales' here.
  customScripts: ['maagal/language-direction'],

  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'claims the currently selected task' },
    focusFilter: { key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list' },
    focusList: { key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list' },
    focusForm: { key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form' }
  }
};
