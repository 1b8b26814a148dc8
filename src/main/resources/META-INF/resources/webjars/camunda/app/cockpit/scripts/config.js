// Maagal's Cockpit configuration: Hebrew first, English available.
export default {
  app: {
    name: 'מעגל',
    vendor: 'מעגל התכנון השנתי'
  },
  locales: {
    availableLocales: ['he', 'en'],
    fallbackLocale: 'he'
  },
  // paths relative to app/cockpit/, without '.js': the one script that sets <html lang>, shared with Tasklist
  customScripts: ['../tasklist/maagal/language-direction']
};
