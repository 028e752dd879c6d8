// Styles have no behaviour to test: component tests import them as an empty module.
module.exports = {};
