'use strict';
const path = require('node:path');

const REPO = path.resolve(__dirname, '../../..');
module.exports = {
    REPO,
    BACKEND_DIST: path.join(REPO, 'backend/dist'),
    SHARED_DIST: path.join(REPO, 'shared/dist'),
};
