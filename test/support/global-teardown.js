module.exports = async () => {
  await globalThis.__CONCORD_TEST_DATABASE_SERVER__?.stop();
};
