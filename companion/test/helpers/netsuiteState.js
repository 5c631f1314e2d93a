// Drives Oracle's SuiteCloud Unit Testing stubs (automocked with jest.mock in each test file) from one plain
// description of a NetSuite account — the same shape as the contract fixture (see README.md):
//
//   { runtimeVersion, bundles: [...], bundlesContainingScripts: {...}, certificates: [...], deployments: [...] }
//
// Each N-module function answers the way its Help Center page documents it (ids as integers, dates as Date objects,
// errors as SuiteScriptError-like objects with a `name`), so the RESTlet's own conversions are exercised.
//
// The test file must call, before requiring anything:
//   jest.mock('N/runtime'); jest.mock('N/suiteAppInfo'); jest.mock('N/certificateControl');
//   jest.mock('N/certificateControl/certificate'); jest.mock('N/crypto/certificate');
//   jest.mock('N/crypto/certificate/signer'); jest.mock('N/file/instance'); jest.mock('N/query');
//   jest.mock('N/query/resultSet'); jest.mock('N/record'); jest.mock('N/record/instance');

const runtime = require('N/runtime');
const suiteAppInfo = require('N/suiteAppInfo');
const certificateControl = require('N/certificateControl');
const Certificate = require('N/certificateControl/certificate');
const certificate = require('N/crypto/certificate');
const Signer = require('N/crypto/certificate/signer');
const File = require('N/file/instance');
const query = require('N/query');
const ResultSet = require('N/query/resultSet');
const record = require('N/record');
const Record = require('N/record/instance');

/** A SuiteScriptError-like error: what N modules throw. */
function nsError(name, message) {
    const e = new Error(message);
    e.name = name;
    e.type = 'error.SuiteScriptError';
    return e;
}

/** "2023-03-14" → a Date at local midnight (what listInstalledBundles documents); anything else unchanged. */
function toDate(value) {
    if (typeof value !== 'string') {
        return value;
    }
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : value;
}

/** "369637" → 369637 (documented as integer); non-numeric ids stay as they are. */
function toInt(value) {
    return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
}

/** A bundle as suiteAppInfo.listInstalledBundles() documents it (page section_160236062593). */
function toNetSuiteBundle(b) {
    return {
        id: toInt(b.id),
        name: b.name,
        version: b.version,
        description: b.description === undefined ? '' : b.description,
        installedFrom: b.installedFrom === undefined ? 'PRODUCTION' : b.installedFrom,
        isManaged: b.isManaged,
        dateInstalled: toDate(b.dateInstalled),
        dateLastUpdated: toDate(b.dateLastUpdated),
        publisher: b.publisher ? { id: toInt(b.publisher.id), name: b.publisher.name } : b.publisher,
        installedBy: { id: -5, name: 'Administrator' },
    };
}

const FILE_EXTENSIONS = { PEM: '.pem', P12: '.p12', PFX: '.pfx' };

/**
 * Installs the state into the stubs. Returns what the script did, for assertions:
 *   { signed: [{certId, algorithm, input}], saved: [{internalId, values: {fieldId: value}}] }
 */
function installState(state) {
    const s = state || {};
    const calls = { signed: [], saved: [] };

    runtime.version = s.runtimeVersion;
    // Governance as the emulator models it (src/emulator/netsuite/observe.rs): 10 units per query or further page,
    // 5 per record.load of a deployment, 2 of a custom record; `units` (default 5,000) per call.
    let used = 0;
    runtime.getCurrentScript.mockImplementation(() => ({
        id: 'customscript_oa_rt_companion',
        deploymentId: 'customdeploy_oa_rt_companion',
        bundleIds: (s.companionBundleIds || []).map(String),
        getRemainingUsage: () => (s.units === undefined ? 5000 : s.units) - used,
    }));

    suiteAppInfo.listInstalledBundles.mockImplementation(() => (s.bundles || []).map(toNetSuiteBundle));
    suiteAppInfo.listBundlesContainingScripts.mockImplementation((options) => {
        const known = s.bundlesContainingScripts || {};
        const out = {};
        (options.scriptIds || []).forEach((id) => {
            out[id] = (known[id] || []).map(toInt);
        });
        return out;
    });

    const certificates = s.certificates || [];
    const findCert = (scriptId) => certificates.find((c) => c.scriptId === scriptId);
    certificateControl.findCertificates.mockImplementation((options) =>
        certificates
            .filter((c) => !options || !options.type || c.fileType === options.type)
            .map((c, i) => ({ id: c.scriptId, internalId: 100 + i, name: c.name, description: c.description }))
    );
    certificateControl.loadCertificate.mockImplementation((options) => {
        const c = findCert(options.scriptId);
        if (!c) {
            throw nsError('RCRD_DSNT_EXIST', 'That record does not exist.');
        }
        if (c.loadError) {
            // A certificate restricted to other scripts: Oracle documents no error for this (docs/emulator-fidelity.md).
            throw nsError(c.loadError, 'This certificate is restricted to other scripts.');
        }
        Certificate.scriptId = c.scriptId;
        Certificate.scriptRestrictions = c.scriptRestrictions || [];
        Certificate.name = c.name;
        Certificate.description = c.description;
        Certificate.password = undefined; // write-only in NetSuite
        File.name = c.scriptId + (FILE_EXTENSIONS[c.fileType] || '');
        File.fileType = 'CERTIFICATE';
        File.getContents.mockImplementation(() => {
            if (c.getContentsError) {
                throw nsError(c.getContentsError, 'You cannot read this file.');
            }
            return c.fileContents;
        });
        Certificate.file = File;
        return Certificate;
    });

    // Oracle's N/crypto/certificate stub has no HashAlg enum; its values are documented on page section_1549631688.
    certificate.HashAlg = { SHA256: 'SHA256', SHA384: 'SHA384', SHA512: 'SHA512' };
    certificate.createSigner.mockImplementation((options) => {
        const c = findCert(options.certId);
        if (!c) {
            throw nsError('SSS_INVALID_CERTIFICATE_ID', 'Invalid certificate ID: ' + options.certId);
        }
        if (c.loadError) {
            throw nsError(c.loadError, 'This certificate is restricted to other scripts.');
        }
        let input = '';
        Signer.update.mockImplementation((u) => {
            input += typeof u === 'string' ? u : u.input;
        });
        Signer.sign.mockImplementation(() => {
            calls.signed.push({ certId: options.certId, algorithm: options.algorithm, input: input });
            const signatures = c.signatures || {};
            if (options.algorithm !== 'SHA256' || !Object.prototype.hasOwnProperty.call(signatures, input)) {
                throw nsError('SSS_INVALID_SIGNATURE_REQUEST', 'The certificate cannot sign this message.');
            }
            return signatures[input];
        });
        return Signer;
    });

    const deployments = s.deployments || [];
    query.runSuiteQL.mockImplementation((options) => {
        used += 10;
        const wanted = (options.params || []).map((p) => String(p).toUpperCase());
        const rows = deployments
            .filter((d) => wanted.includes(d.scriptId.toUpperCase()))
            .map((d) => ({
                internalid: d.internalId,
                deployment: d.scriptId.toUpperCase(),
                script: d.script === undefined ? null : d.script,
            }));
        ResultSet.asMappedResults.mockReturnValue(rows);
        return ResultSet;
    });
    // The caller's SuiteQL, answered from `suiteql` (query text → {ok: true, rows} or {ok: false, error}), in
    // pages of pageSize rows.
    query.runSuiteQLPaged.mockImplementation((options) => {
        used += 10;
        const answer = (s.suiteql || {})[options.query];
        if (!answer) {
            throw nsError('SSS_SEARCH_ERROR_OCCURRED', 'Search error occurred: the stubs know no such query.');
        }
        if (answer.ok === false) {
            throw nsError(answer.error.code, answer.error.message);
        }
        const size = options.pageSize || 1000;
        const rows = answer.rows || [];
        const ranges = [];
        for (let i = 0; i * size < rows.length; i++) {
            ranges.push({ index: i });
        }
        return {
            pageRanges: ranges,
            fetch: (o) => {
                if (o.index > 0) {
                    used += 10;
                }
                const page = rows.slice(o.index * size, (o.index + 1) * size);
                return { data: { asMappedResults: () => page } };
            },
        };
    });
    const records = s.records || [];
    record.load.mockImplementation((options) => {
        const custom = records.find((r) => r.type === options.type && String(r.id) === String(options.id));
        if (custom) {
            used += 2;
            Record.getFields.mockImplementation(() => custom.fields.slice());
            Record.getValue.mockImplementation((v) =>
                Object.prototype.hasOwnProperty.call(custom.values, v.fieldId) ? custom.values[v.fieldId] : ''
            );
            return Record;
        }
        used += 5;
        const d = deployments.find((x) => String(x.internalId) === String(options.id));
        if (options.type !== record.Type.SCRIPT_DEPLOYMENT || !d) {
            throw nsError('RCRD_DSNT_EXIST', 'That record does not exist.');
        }
        if (d.bundleLocked === 'load') {
            throw nsError('INSUFFICIENT_PERMISSION', 'You do not have privileges to view this page.');
        }
        const values = {};
        Record.getValue.mockImplementation((v) => {
            const fields = d.fields || {};
            return Object.prototype.hasOwnProperty.call(fields, v.fieldId) ? fields[v.fieldId] : '';
        });
        Record.setValue.mockImplementation((v) => {
            values[v.fieldId] = v.value;
            return Record;
        });
        Record.save.mockImplementation(() => {
            if (d.bundleLocked) {
                throw nsError('INSUFFICIENT_PERMISSION', 'You do not have permission to edit this deployment.');
            }
            calls.saved.push({ internalId: d.internalId, values: values });
            return d.internalId;
        });
        return Record;
    });

    return calls;
}

module.exports = { installState, nsError, toNetSuiteBundle };
