/**
 * `npm run demo`: starts stopline on a temporary SQLite file with the sandbox, plays a whole
 * story over its HTTP API (tenant, category, opt-outs, two marketing tasks, customers replying
 * in several languages) and prints what happened to each customer and why. Exits 1 if an
 * invariant breaks (a suppressed contact messaged, a task not completing).
 */
import { checkOutcome } from './demo/checks';
import { playConsentAct } from './demo/consent-act';
import { printReport } from './demo/report';
import { startService, type RunningService } from './demo/service';
import { readFinalState } from './demo/state';
import { playStory } from './demo/story';

const out = (line: string) => process.stdout.write(`${line}\n`);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s`;

async function run(service: RunningService): Promise<number> {
  const facts = await playStory(
    service,
    (line) => out(`${elapsed()}  ${line}`),
    (line) => {
      if (process.env.DEMO_VERBOSE) out(`${elapsed()}    $ ${line}`);
    },
  );
  const state = await readFinalState(facts);
  printReport(facts, state, out);
  const { broken, unexpected } = checkOutcome(facts, state);
  out('');
  const consent = await playConsentAct(facts.api, service.baseUrl, facts.offersId, (line) =>
    out(`${elapsed()}  ${line}`),
  );
  broken.push(...consent.broken);
  out('');
  for (const line of unexpected) out(`⚠ ${line}`);
  for (const line of broken) out(`✗ ${line}`);
  if (broken.length === 0 && unexpected.length === 0)
    out('✓ every customer got what the rules say, and nobody who said stop was messaged');
  else if (broken.length === 0)
    out(`✓ nobody who said stop was messaged (${unexpected.length} expectation(s) above differ)`);
  return broken.length === 0 ? 0 : 1;
}

async function main(): Promise<void> {
  out(
    `${elapsed()}  starting stopline (src/main.ts) on a temporary SQLite file, sandbox as the Graph API…`,
  );
  const service = await startService();
  out(`${elapsed()}  listening on ${service.baseUrl} (database ${service.dbPath})`);
  let code = 1;
  try {
    code = await run(service);
  } catch (err) {
    out(`\n✗ the demo stopped: ${(err as Error).message}`);
    out(`--- last service log lines ---\n${service.logTail()}`);
  } finally {
    const exit = await service.stop();
    out(`${elapsed()}  service stopped (exit ${exit ?? 'signal'}), temporary files removed`);
  }
  process.exit(code);
}

void main();
