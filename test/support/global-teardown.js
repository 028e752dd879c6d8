module.exports = async () => {
  await globalThis.__CONCORD_TEST_DATABASE_SERVER__?.stop();
  await globalThis.__CONCORD_TEST_REDIS__?.stop();
};
