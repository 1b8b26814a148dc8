// Maagal's Admin configuration: Hebrew first, English available.
export default {
  app: {
    name: 'מעגל',
    vendor: 'מעגל התכנון השנתי'
  },
  locales: {
    availableLocales: ['he', 'en'],
    fallbackLocale: 'he'
  },
  // the one script that sets <html lang>, shared with Tasklist (paths are relative to app/admin/)
  customScripts: ['../tasklist/maagal/language-direction']
};
