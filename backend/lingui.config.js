// Extracts the messages of our dashboard extensions (`npx lingui extract` in backend/) into each
// plugin's dashboard/i18n/<locale>.po; the dashboard build merges them over its own catalogues.
const { formatter } = require('@lingui/format-po');

const plugins = [
    'certification',
    'pos',
    'producers',
    'product-changes',
    'sales-report',
    'sales-points',
    'stamp-fulfilment',
    'stamp-verification',
    'stamps',
];

module.exports = {
    sourceLocale: 'en',
    locales: ['en', 'vi'],
    format: formatter({ lineNumbers: false, origins: false }),
    orderBy: 'messageId',
    catalogs: plugins.map(name => ({
        path: `<rootDir>/src/plugins/${name}/dashboard/i18n/{locale}`,
        include: [`<rootDir>/src/plugins/${name}/dashboard`],
    })),
};
