// Contract test: the RESTlet must answer like the emulator's implementation of the same contract
// (src/emulator/companion.rs in oa-rt). A Rust test writes a fixture from the emulator — the account state and
// request/reply pairs — and names it in OA_RT_CONTRACT_FIXTURE; here the N-module stubs are driven from that state
// and every post(case.request) must deep-equal case.reply.
//
//   unset                    → skipped, with a message saying so
//   set, file missing/broken → FAILS (CI relies on it)
//   set, file present        → one test per case
//
// A relative path is taken from the directory npm was started in (INIT_CWD), else from the working directory.
const fs = require('fs');
const path = require('path');

jest.mock('N/runtime');
jest.mock('N/suiteAppInfo');
jest.mock('N/certificateControl');
jest.mock('N/certificateControl/certificate');
jest.mock('N/crypto/certificate');
jest.mock('N/crypto/certificate/signer');
jest.mock('N/file/instance');
jest.mock('N/query');
jest.mock('N/query/resultSet');
jest.mock('N/record');
jest.mock('N/record/instance');

const { installState } = require('./helpers/netsuiteState');
const { post } = require('SuiteScripts/oa-rt/oa_rt_companion');

const VARIABLE = 'OA_RT_CONTRACT_FIXTURE';
const named = process.env[VARIABLE];

/** The fixture, or an Error saying why it cannot be used. */
function loadFixture(name) {
    const file = path.resolve(process.env.INIT_CWD || process.cwd(), name);
    if (!fs.existsSync(file)) {
        return new Error(`${VARIABLE} names ${file}, which does not exist`);
    }
    let fixture;
    try {
        fixture = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (e) {
        return new Error(`${VARIABLE}: ${file} is not JSON: ${e.message}`);
    }
    if (!fixture || !Array.isArray(fixture.cases) || fixture.cases.length === 0) {
        return new Error(`${VARIABLE}: ${file} has no "cases"`);
    }
    const bad = fixture.cases.findIndex((c) => !c || c.request === undefined || c.reply === undefined);
    if (bad >= 0) {
        return new Error(`${VARIABLE}: case #${bad} of ${file} lacks "request" or "reply"`);
    }
    // BUNDLE_LOCKED names the bundle, which the RESTlet finds from the deployment's script
    // (listBundlesContainingScripts); the fixture must say which script a locked deployment belongs to.
    const orphan = (fixture.deployments || []).find((d) => d.bundleLocked && !d.script);
    if (orphan) {
        return new Error(
            `${VARIABLE}: deployment ${orphan.scriptId} is bundleLocked but has no "script" (its script's id), ` +
                'which the RESTlet needs to name the bundle'
        );
    }
    return { file, fixture };
}

function label(c, i) {
    const r = c.request;
    const what = r && typeof r === 'object' && !Array.isArray(r) ? r.action || '(no action)' : JSON.stringify(r);
    const outcome = c.reply && c.reply.ok === false && c.reply.error ? c.reply.error.code : 'ok';
    return `#${i} ${what} -> ${outcome}`;
}

if (!named) {
    // Jest does not list the tests of a file in which every test is skipped, so say it on stderr as well.
    process.stderr.write(`contract.test.js: SKIPPED, ${VARIABLE} is not set (set it to a fixture written from the emulator)\n`);
    describe('contract with the emulator', () => {
        test.skip(`skipped: set ${VARIABLE} to a fixture file written from the emulator to run it`, () => {});
    });
} else {
    const loaded = loadFixture(named);
    if (loaded instanceof Error) {
        describe('contract with the emulator', () => {
            test(`the fixture named by ${VARIABLE} can be used`, () => {
                throw loaded;
            });
        });
    } else {
        const { file, fixture } = loaded;
        describe(`contract with the emulator (${path.basename(file)})`, () => {
            beforeEach(() => {
                jest.clearAllMocks();
                installState(fixture);
            });
            test.each(fixture.cases.map((c, i) => [label(c, i), c]))('%s', (_, c) => {
                // What goes on the wire is the JSON serialization of the returned object.
                const wire = JSON.stringify(post(c.request));
                expect(wire).not.toMatch(/PRIVATE KEY/);
                const got = JSON.parse(wire);
                // observe's usage is NetSuite's count of governance units, which the stubs only approximate.
                delete got.usage;
                expect(got).toStrictEqual(c.reply);
            });
        });
    }
}
