'use strict';
/** Sizes and durations of the search benchmark, shared by search.js and run.js. */
function searchSettings(smoke) {
    return smoke
        ? { mode: 'smoke', warmupSeconds: 1, searchSeconds: 2, searchSmall: 100, searchLarge: 1_000 }
        : { mode: 'full', warmupSeconds: 3, searchSeconds: 10, searchSmall: 1_000, searchLarge: 10_000 };
}
module.exports = { searchSettings };
