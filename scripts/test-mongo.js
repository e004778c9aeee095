// `npm run test:mongo`: proves a MongoDB deployment before it goes live. Runs the whole store
// contract suite and a short dispatch end to end against STOPLINE_TEST_MONGODB_URI, and fails
// (never skips) when that variable is unset. The tests create a database named
// stopline_test_<pid>_<time> on that server and drop it at the end: point it at the cluster you
// will use (or one like it), with a user allowed to create and drop such databases. Never the
// service's own MONGODB_URI / DATABASE_URL, which these tests do not read.
const { spawnSync } = require('node:child_process');

const uri = (process.env.STOPLINE_TEST_MONGODB_URI ?? '').trim();
if (uri === '') {
  process.stderr.write(
    'test:mongo: STOPLINE_TEST_MONGODB_URI is not set. Set it to a MongoDB replica set the tests ' +
      'may use (e.g. mongodb+srv://user:pass@cluster0.example.mongodb.net/?retryWrites=true); ' +
      'they create and drop a database named stopline_test_*.\n',
  );
  process.exit(2);
}

const result = spawnSync(
  'npx',
  [
    'jest',
    '--runInBand',
    '--testTimeout=120000',
    'test/store/mongo.test.ts',
    'test/e2e/mongo-dispatch.test.ts',
  ],
  {
    stdio: 'inherit',
    env: { ...process.env, STOPLINE_TEST_MONGO_REQUIRED: '1' },
    shell: process.platform === 'win32',
  },
);
process.exit(result.status ?? 1);
