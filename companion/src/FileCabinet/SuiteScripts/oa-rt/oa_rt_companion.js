/**
 * oa-rt companion RESTlet.
 *
 * Installed bundles and digital certificates are reachable only from SuiteScript, so oa-rt (a CLI that sets up
 * NetSuite -> OpenAir real-time record import) calls this RESTlet:
 *
 *   POST /app/site/hosting/restlet.nl?script=customscript_oa_rt_companion&deploy=customdeploy_oa_rt_companion
 *   Content-Type: application/json
 *   {"action": "...", ...}
 *
 * Every reply is a JSON object: {"ok": true, ...} or {"ok": false, "error": {"code": "...", "message": "..."}}.
 * The post entry point always returns the object (never throws), so the HTTP status is 200 whenever NetSuite runs
 * the script. No reply ever carries a stack trace or any private key material.
 *
 * Help Center pages each call follows are named next to it ("SuiteScript 2.x Modules" reference, docs.oracle.com
 * /en/cloud/saas/netsuite/ns-online-help/<page>.html).
 *
 * @NApiVersion 2.1
 * @NScriptType Restlet
 * @NModuleScope SameAccount
 */
define(['N/runtime', 'N/suiteAppInfo', 'N/certificateControl', 'N/crypto/certificate', 'N/record', 'N/query'], function (
    runtime,
    suiteAppInfo,
    certificateControl,
    certificate,
    record,
    query
) {
    'use strict';

    var COMPANION_VERSION = '1.1.0';

    /** Fields deployment.update may set, and how each is written with Record.setValue. */
    var DEPLOYMENT_FIELDS = {
        isdeployed: 'checkbox',
        allroles: 'checkbox',
        status: 'select',
        loglevel: 'select',
        eventtype: 'select',
        runasrole: 'select',
    };

    // ---- replies -----------------------------------------------------------------------------------------------

    /** A failure reply. */
    function fail(code, message) {
        return { ok: false, error: { code: code, message: redact(String(message)) } };
    }

    /** A success reply: {ok: true} followed by the given fields. */
    function ok(fields) {
        var out = { ok: true };
        Object.keys(fields || {}).forEach(function (k) {
            out[k] = fields[k];
        });
        return out;
    }

    /** An error raised on purpose inside an action, turned into a failure reply by post(). */
    function CompanionError(code, message) {
        this.name = code;
        this.message = message;
    }

    var PRIVATE_KEY_BLOCK = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g;

    /** Belt and braces: no text leaving this script may carry a PEM private key block. */
    function redact(text) {
        return text.replace(PRIVATE_KEY_BLOCK, '[private key removed]');
    }

    function isPlainObject(v) {
        return v !== null && typeof v === 'object' && !Array.isArray(v);
    }

    function isNonEmptyString(v) {
        return typeof v === 'string' && v.length > 0;
    }

    /** "YYYY-MM-DD" for a Date (in the server's time zone, as NetSuite shows dates); strings pass through. */
    function formatDate(value) {
        if (value === null || value === undefined || value === '') {
            return null;
        }
        if (Object.prototype.toString.call(value) === '[object Date]') {
            if (isNaN(value.getTime())) {
                return null;
            }
            var pad = function (n) {
                return (n < 10 ? '0' : '') + n;
            };
            return value.getFullYear() + '-' + pad(value.getMonth() + 1) + '-' + pad(value.getDate());
        }
        return String(value);
    }

    function idString(value) {
        return value === null || value === undefined ? null : String(value);
    }

    // ---- version -----------------------------------------------------------------------------------------------

    /** runtime.version: "The version of NetSuite that the method is called in" (page section_4296531948). */
    function version() {
        return ok({ companion: COMPANION_VERSION, netsuite: runtime.version });
    }

    // ---- bundles -----------------------------------------------------------------------------------------------

    /**
     * suiteAppInfo.listInstalledBundles() (page section_160236062593) returns objects with id (integer), name,
     * version, description, installedFrom, isManaged (boolean), dateInstalled (Date), dateLastUpdated (Date),
     * publisher {id (integer), name} and installedBy. The contract keeps id, name, version, the two dates,
     * isManaged and publisher, with ids as strings and dates as YYYY-MM-DD.
     */
    function bundlesList() {
        var installed = suiteAppInfo.listInstalledBundles() || [];
        var bundles = installed.map(function (b) {
            var publisher = b.publisher ? { id: idString(b.publisher.id), name: nullable(b.publisher.name) } : null;
            return {
                id: idString(b.id),
                name: nullable(b.name),
                version: b.version === null || b.version === undefined ? null : String(b.version),
                dateInstalled: formatDate(b.dateInstalled),
                dateLastUpdated: formatDate(b.dateLastUpdated),
                isManaged: b.isManaged === true || b.isManaged === 'T',
                publisher: publisher,
            };
        });
        return ok({ bundles: bundles });
    }

    function nullable(v) {
        return v === undefined ? null : v;
    }

    /**
     * suiteAppInfo.listBundlesContainingScripts(options) (page section_160236064276): "Object.<String, [int]>,
     * which is a {scriptId: arrayOfBundleIds} mapping". The page's parameter table spells the option
     * "options.scriptsIds" while its syntax sample (and Oracle's stub) use "scriptIds"; this follows the sample.
     */
    function bundlesContainingScripts(request) {
        if (!Array.isArray(request.scriptIds)) {
            return fail('INVALID_REQUEST', 'scriptIds must be an array of script ids');
        }
        // Entries that are not strings are ignored; an empty id is in no bundle and is not sent to NetSuite.
        var ids = request.scriptIds.filter(function (id) {
            return typeof id === 'string';
        });
        var asked = ids.filter(isNonEmptyString);
        var found = asked.length > 0 ? suiteAppInfo.listBundlesContainingScripts({ scriptIds: asked }) || {} : {};
        var map = {};
        ids.forEach(function (id) {
            var bundles = id === '' ? null : found[id];
            map[id] = Array.isArray(bundles) ? bundles.map(String) : [];
        });
        return ok({ map: map });
    }

    // ---- certificates ------------------------------------------------------------------------------------------

    /** True when an entry of certificateControl.findCertificates names this certificate. */
    function namesCertificate(entry, scriptId) {
        if (!entry) {
            return false;
        }
        var wanted = scriptId.toLowerCase();
        return [entry.id, entry.scriptId, entry.scriptid].some(function (v) {
            return v !== null && v !== undefined && String(v).toLowerCase() === wanted;
        });
    }

    function asList(found) {
        if (Array.isArray(found)) {
            return found;
        }
        if (isPlainObject(found)) {
            return Object.keys(found).map(function (k) {
                return found[k];
            });
        }
        return [];
    }

    /**
     * The file type (PEM, P12 or PFX) of a certificate, or null when the account has no such certificate.
     * certificateControl.findCertificates(options) (page section_1547249535) filters on options.type with the
     * certificateControl.Type enum (PFX, P12, PEM; page section_1547250231); the Certificate object itself has no
     * type property. Entries are matched on their id, as the sample "Find and Use an Existing Certificate Record"
     * (page subsect_156384869007) passes `found[0].id` on as the certificate id.
     */
    function certificateFileType(scriptId) {
        var types = certificateControl.Type || {};
        var order = [types.PEM, types.P12, types.PFX].filter(isNonEmptyString);
        for (var i = 0; i < order.length; i++) {
            var found = asList(certificateControl.findCertificates({ type: order[i] }));
            if (found.some(function (e) { return namesCertificate(e, scriptId); })) {
                return order[i];
            }
        }
        return null;
    }

    /** A SuiteScript error as "NAME: message". */
    function errorText(e) {
        return (e && e.name ? e.name + ': ' : '') + (e && e.message ? e.message : String(e));
    }

    var CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

    /** Only the -----BEGIN CERTIFICATE----- blocks of a PEM text (never a key), or null when there is none. */
    function publicCertificates(pemText) {
        if (typeof pemText !== 'string') {
            return null;
        }
        var blocks = pemText.match(CERTIFICATE_BLOCK);
        return blocks && blocks.length > 0 ? blocks.join('\n') + '\n' : null;
    }

    /**
     * The certificate's metadata and, for a PEM file, its public certificate(s). certificateControl.loadCertificate
     * (page section_156201707058) returns a certificateControl.Certificate whose `file` is a file.File
     * (Certificate.file, page section_156261189191), read with File.getContents(). A PKCS#12 (P12/PFX) file cannot be
     * read without its password (Certificate.password is write-only), so then publicCertificatePem is null and the
     * signing probe is the evidence. If NetSuite refuses to hand out the file contents ("It is not possible to
     * download digital certificates", page section_1542656620) publicCertificatePem is null as well.
     */
    function certificateGet(request) {
        if (typeof request.scriptId !== 'string') {
            return fail('INVALID_REQUEST', 'scriptId is required');
        }
        var fileType = certificateFileType(request.scriptId);
        if (fileType === null) {
            return ok({ exists: false });
        }
        var cert;
        try {
            cert = certificateControl.loadCertificate({ scriptId: request.scriptId });
        } catch (e) {
            // Listed but not loadable: restricted to other scripts or employees (Audience subtab, page
            // section_161964252762). Oracle documents no error for this, so its name and message go back verbatim.
            return ok({ exists: true, fileType: fileType, loadRefused: errorText(e) });
        }
        var pem = null;
        if (fileType === 'PEM' && cert.file) {
            try {
                pem = publicCertificates(cert.file.getContents());
            } catch (e) {
                pem = null;
            }
        }
        var reply = {
            exists: true,
            name: nullable(cert.name),
            description: nullable(cert.description),
            fileType: fileType,
            publicCertificatePem: pem,
        };
        // Certificate.scriptRestrictions (string[], since 2021.1): the Audience subtab's "Restrict to Scripts".
        if (Array.isArray(cert.scriptRestrictions) && cert.scriptRestrictions.length > 0) {
            reply.scriptRestrictions = cert.scriptRestrictions.map(String);
        }
        return ok(reply);
    }

    /**
     * Signs the message with the certificate's private key, as the real-time script does:
     * certificate.createSigner({certId, algorithm: certificate.HashAlg.SHA256}) (pages section_1547071865,
     * section_1549631688), Signer.update({input}) (page section_1547243336), Signer.sign() returning the signature
     * in Base64 (sample "Create Signer and Verifier Objects", page subsect_1547071218).
     */
    function certificateSignProbe(request) {
        if (typeof request.scriptId !== 'string' || typeof request.message !== 'string') {
            return fail('INVALID_REQUEST', 'scriptId and message are required');
        }
        if (certificateFileType(request.scriptId) === null) {
            return fail('SSS_INVALID_CERTIFICATE_ID', 'certificate ' + request.scriptId + ' does not exist');
        }
        var signature;
        try {
            var signer = certificate.createSigner({ certId: request.scriptId, algorithm: certificate.HashAlg.SHA256 });
            signer.update({ input: request.message });
            signature = signer.sign();
        } catch (e) {
            return fail('SSS_SIGNING_FAILED', 'certificate ' + request.scriptId + ' could not sign: ' + errorText(e));
        }
        return ok({ signature: signature });
    }

    // ---- deployments -------------------------------------------------------------------------------------------

    /**
     * The deployment's internal id and its script's script id, or null. N/query query.runSuiteQL(options) (page
     * section_157960542026) with a bound parameter; the scriptdeployment table's internal id column is primarykey.
     */
    function findDeployment(scriptId) {
        return findDeployments([scriptId])[scriptId.toUpperCase()] || null;
    }

    /** Deployments asked at once by one query (10 units, page section_157960470046). */
    var FIND_BATCH = 100;

    /**
     * Each deployment's internal id and its script's script id, by upper-case deployment script id: one
     * query.runSuiteQL per FIND_BATCH deployments, with bound parameters.
     */
    function findDeployments(scriptIds) {
        var found = {};
        for (var i = 0; i < scriptIds.length; i += FIND_BATCH) {
            var batch = scriptIds.slice(i, i + FIND_BATCH).map(function (id) {
                return id.toUpperCase();
            });
            var rows = query
                .runSuiteQL({
                    query:
                        'SELECT d.primarykey AS internalid, UPPER(d.scriptid) AS deployment, s.scriptid AS script ' +
                        'FROM scriptdeployment d LEFT JOIN script s ON s.id = d.script WHERE UPPER(d.scriptid) IN (' +
                        batch.map(function () { return '?'; }).join(', ') +
                        ')',
                    params: batch,
                })
                .asMappedResults();
            (rows || []).forEach(function (r) {
                found[String(r.deployment).toUpperCase()] = {
                    internalId: r.internalid,
                    script: r.script ? String(r.script).toLowerCase() : null,
                };
            });
        }
        return found;
    }

    /** The value to write with Record.setValue, or a CompanionError for a field or value deployment.update refuses. */
    function deploymentValue(field, value) {
        var kind = DEPLOYMENT_FIELDS[field];
        if (!kind) {
            throw new CompanionError('INVALID_FLD', 'field ' + field + ' cannot be set');
        }
        if (value === null) {
            return kind === 'checkbox' ? false : '';
        }
        if (kind === 'checkbox') {
            if (typeof value === 'boolean') {
                return value;
            }
            if (value === 'T' || value === 'F') {
                return value === 'T';
            }
            throw new CompanionError('INVALID_FLD_VALUE', 'bad value for ' + field);
        }
        if (typeof value === 'string' || typeof value === 'number') {
            return value;
        }
        throw new CompanionError('INVALID_FLD_VALUE', 'bad value for ' + field);
    }

    /**
     * Bundles that hold the deployment's script and that this companion is not part of. "Scripts can only access
     * script deployment records when the records are part of the same bundle" (Script Deployment record, page
     * section_3753014009); Script.bundleIds lists the bundles of the running script (page section_4439977567).
     */
    function foreignBundles(script) {
        if (!script) {
            return [];
        }
        var found = suiteAppInfo.listBundlesContainingScripts({ scriptIds: [script] }) || {};
        var own = (runtime.getCurrentScript().bundleIds || []).map(String);
        return (found[script] || []).map(String).filter(function (b) {
            return own.indexOf(b) < 0;
        });
    }

    /**
     * Sets fields of a script deployment with N/record: record.load({type: record.Type.SCRIPT_DEPLOYMENT, id}),
     * Record.setValue({fieldId, value}), Record.save() (Script Deployment record, page section_3753014009). When
     * NetSuite refuses and the deployment belongs to a bundle this script is not part of, the reply is BUNDLE_LOCKED
     * (oa-rt then guides the admin through the UI).
     */
    function deploymentUpdate(request) {
        if (typeof request.scriptId !== 'string') {
            return fail('INVALID_REQUEST', 'scriptId (customdeploy_...) is required');
        }
        if (!isPlainObject(request.set)) {
            return fail('INVALID_REQUEST', 'set must be an object of fields');
        }
        var deployment = findDeployment(request.scriptId);
        if (deployment === null) {
            return fail('RCRD_DSNT_EXIST', 'deployment ' + request.scriptId + ' does not exist');
        }
        var values = Object.keys(request.set).map(function (field) {
            return { fieldId: field, value: deploymentValue(field, request.set[field]) };
        });
        try {
            var rec = record.load({ type: record.Type.SCRIPT_DEPLOYMENT, id: deployment.internalId });
            values.forEach(function (v) {
                rec.setValue({ fieldId: v.fieldId, value: v.value });
            });
            rec.save();
        } catch (e) {
            var locked = bundleLocked(deployment, request.scriptId, 'edit');
            if (locked !== null) {
                return fail(locked.code, locked.message);
            }
            throw e;
        }
        return ok({ updated: true });
    }

    /**
     * NetSuite's refusal of another bundle's deployment as BUNDLE_LOCKED, naming the bundle, or null when the
     * script belongs to no other bundle (then NetSuite's own error is the answer).
     */
    function bundleLocked(deployment, scriptId, verb) {
        var bundles = [];
        try {
            bundles = foreignBundles(deployment.script);
        } catch (ignored) {
            // NetSuite's own refusal is the better answer when the bundle lookup fails as well.
        }
        if (bundles.length === 0) {
            return null;
        }
        return {
            code: 'BUNDLE_LOCKED',
            message:
                'deployment ' + scriptId + ' belongs to bundle ' + bundles.join(', ') +
                '; scripts may only ' + verb + ' deployments of their own bundle',
        };
    }

    /** A checkbox as Record.getValue gives it (boolean, or 'T'/'F' on older records). */
    function checkbox(value) {
        return value === true || value === 'T';
    }

    /** A select or text value, with blank as null. Multi-selects (an array) are joined with '|', as SDF writes them. */
    function blankToNull(value) {
        if (Array.isArray(value)) {
            value = value.join('|');
        }
        if (value === null || value === undefined || value === '') {
            return null;
        }
        return String(value);
    }

    /** One deployment's fields that no public SuiteQL shows, or its own error (`deployment`: as found, or null). */
    function readDeployment(scriptId, deployment) {
        if (!deployment) {
            return { error: { code: 'RCRD_DSNT_EXIST', message: 'deployment ' + scriptId + ' does not exist' } };
        }
        try {
            var rec = record.load({ type: record.Type.SCRIPT_DEPLOYMENT, id: deployment.internalId });
            var get = function (fieldId) {
                return rec.getValue({ fieldId: fieldId });
            };
            return {
                allRoles: checkbox(get('allroles')),
                runAsRole: blankToNull(get('runasrole')),
                eventType: blankToNull(get('eventtype')),
                allLocalizationContexts: checkbox(get('alllocalizationcontexts')),
                localizationContext: blankToNull(get('localizationcontext')),
            };
        } catch (e) {
            var locked = bundleLocked(deployment, scriptId, 'access');
            if (locked !== null) {
                return { error: locked };
            }
            return { error: { code: e && e.name ? String(e.name) : 'UNEXPECTED_ERROR', message: redact(String(e && e.message ? e.message : e)) } };
        }
    }

    /**
     * The fields of script deployments that no public SuiteQL shows — audience, Execute As Role, event type,
     * localization — read with N/record (record.load, Record.getValue; field ids as the SDF scriptdeployment object
     * documents them, page SDFxml_1334137041). Each deployment answers its fields or its own error: NetSuite lets a
     * script access only deployments of its own bundle (page section_3753014009).
     */
    function deploymentsGet(request) {
        if (!Array.isArray(request.scriptIds) || !request.scriptIds.every(isNonEmptyString)) {
            return fail('INVALID_REQUEST', 'scriptIds must be an array of deployment script ids');
        }
        var found = findDeployments(request.scriptIds);
        var deployments = {};
        request.scriptIds.forEach(function (scriptId) {
            deployments[scriptId] = readDeployment(scriptId, found[scriptId.toUpperCase()]);
        });
        return ok({ deployments: deployments });
    }

    // ---- observe -----------------------------------------------------------------------------------------------

    /** record.load of a script deployment (a customization record) costs 5 units (page section_157072844224). */
    var DEPLOYMENT_LOAD_UNITS = 5;
    /** Units kept for the reply after the last deployment is read. */
    var RESERVE_UNITS = 20;
    /** Rows per page of query.runSuiteQLPaged (at most 1000). */
    var PAGE_ROWS = 1000;

    /** Script.getRemainingUsage() (page section_4296661153): the units left of this call's 5,000. */
    function remainingUsage() {
        return runtime.getCurrentScript().getRemainingUsage();
    }

    /** An exception as a part's error: {code: e.name, message}. */
    function partError(e) {
        return {
            ok: false,
            error: { code: e && e.name ? String(e.name) : 'UNEXPECTED_ERROR', message: redact(String(e && e.message ? e.message : e)) },
        };
    }

    /** A single action run as a part of observe: its reply, or its exception as the part's error. */
    function asPart(action, request) {
        try {
            return action(request);
        } catch (e) {
            return partError(e);
        }
    }

    /**
     * Every row of a SuiteQL query, under the caller's role: query.runSuiteQLPaged({query, pageSize}) (page
     * section_157960542026), each page fetched (PagedData.fetch, Page.data) and mapped (ResultSet.asMappedResults).
     */
    function runQuery(sql) {
        try {
            var paged = query.runSuiteQLPaged({ query: sql, pageSize: PAGE_ROWS });
            var rows = [];
            (paged.pageRanges || []).forEach(function (range) {
                rows = rows.concat(paged.fetch({ index: range.index }).data.asMappedResults() || []);
            });
            return { ok: true, rows: rows };
        } catch (e) {
            return partError(e);
        }
    }

    /** The distinct non-empty string values of the named columns of the queries answered. */
    function valuesOf(columns, answered) {
        var seen = {};
        (columns || []).forEach(function (c) {
            var part = c && answered[c.query];
            ((part && part.rows) || []).forEach(function (row) {
                var v = row[c.column];
                if (v !== null && v !== undefined && v !== '') {
                    seen[String(v)] = true;
                }
            });
        });
        return Object.keys(seen).sort();
    }

    /**
     * record.load of a record (2 units for a custom record): Record.getFields() and the value of each field
     * (Record.getValue), empty ones left out as the REST record API leaves them out.
     */
    function loadRecord(type, id) {
        try {
            var rec = record.load({ type: type, id: id });
            var fields = rec.getFields() || [];
            var values = {};
            fields.forEach(function (fieldId) {
                var v = rec.getValue({ fieldId: fieldId });
                if (v !== null && v !== undefined && v !== '') {
                    values[fieldId] = v;
                }
            });
            return ok({ id: String(id), values: values, fields: fields });
        } catch (e) {
            return partError(e);
        }
    }

    /**
     * Every NetSuite fact a command asks for, in one call; each part its result or its own error, so a part NetSuite
     * refuses leaves the others whole. The queries are the caller's own SuiteQL, run under the caller's role (the
     * RESTlet runs with it), so this reads nothing the caller could not read itself. Deployments are read last;
     * those this call's usage units do not cover come back as `pending`, for the caller to ask with deployments.get.
     */
    function observe(request) {
        if (request.queries !== undefined && !isPlainObject(request.queries)) {
            return fail('INVALID_REQUEST', 'queries must be an object of name: SuiteQL');
        }
        var reply = { ok: true, queries: {} };
        var start = remainingUsage();
        Object.keys(request.queries || {}).forEach(function (name) {
            var sql = request.queries[name];
            reply.queries[name] = isNonEmptyString(sql) ? runQuery(sql) : fail('INVALID_REQUEST', 'query ' + name + ' is empty');
        });
        var asked = request.record;
        if (isPlainObject(asked) && isNonEmptyString(asked.type)) {
            var ids = reply.queries[asked.idsFrom];
            if (ids && ids.rows && ids.rows.length === 1 && ids.rows[0].id !== null && ids.rows[0].id !== undefined) {
                reply.record = loadRecord(asked.type, ids.rows[0].id);
            }
        }
        if (request.bundles === true) {
            reply.bundles = asPart(bundlesList, {});
        }
        if (isPlainObject(request.certificate)) {
            reply.certificate = asPart(certificateGet, { scriptId: request.certificate.scriptId });
            if (reply.certificate.ok && reply.certificate.exists) {
                reply.signature = asPart(certificateSignProbe, request.certificate);
            }
        }
        if (Array.isArray(request.scriptBundles) && request.scriptBundles.length > 0) {
            reply.scriptBundles = asPart(bundlesContainingScripts, { scriptIds: valuesOf(request.scriptBundles, reply.queries) });
        }
        if (Array.isArray(request.deploymentFields) && request.deploymentFields.length > 0) {
            reply.deploymentFields = asPart(function () {
                var wanted = valuesOf(request.deploymentFields, reply.queries);
                var found = findDeployments(wanted);
                var deployments = {};
                var pending = [];
                wanted.forEach(function (scriptId) {
                    if (pending.length > 0 || remainingUsage() < DEPLOYMENT_LOAD_UNITS + RESERVE_UNITS) {
                        pending.push(scriptId);
                        return;
                    }
                    deployments[scriptId] = readDeployment(scriptId, found[scriptId.toUpperCase()]);
                });
                var part = ok({ deployments: deployments });
                if (pending.length > 0) {
                    part.pending = pending;
                }
                return part;
            });
        }
        reply.usage = start - remainingUsage();
        return reply;
    }

    // ---- entry point -------------------------------------------------------------------------------------------

    var ACTIONS = {
        version: version,
        'bundles.list': bundlesList,
        'bundles.containingScripts': bundlesContainingScripts,
        'certificate.get': certificateGet,
        'certificate.signProbe': certificateSignProbe,
        'deployment.update': deploymentUpdate,
        'deployments.get': deploymentsGet,
        observe: observe,
    };

    /** The request body as an object, or null. A text/plain body arrives as a string and is parsed here. */
    function parseBody(body) {
        if (typeof body === 'string') {
            try {
                body = JSON.parse(body);
            } catch (e) {
                return null;
            }
        }
        return isPlainObject(body) ? body : null;
    }

    /** The RESTlet's post entry point: answers one request, always with a reply object. */
    function post(requestBody) {
        try {
            var request = parseBody(requestBody);
            if (request === null || !isNonEmptyString(request.action)) {
                return fail('INVALID_REQUEST', 'the body must be a JSON object with an action');
            }
            if (!Object.prototype.hasOwnProperty.call(ACTIONS, request.action)) {
                return fail('UNKNOWN_ACTION', "unknown action '" + request.action + "'");
            }
            return ACTIONS[request.action](request);
        } catch (e) {
            var code = e && e.name ? String(e.name) : 'UNEXPECTED_ERROR';
            var message = e && e.message ? e.message : String(e);
            return fail(code, message);
        }
    }

    // Unit tests reach the actions and helpers through the entry point function; the returned interface itself
    // holds only the RESTlet entry point, so NetSuite's entry point validation sees nothing but `post`.
    post._actions = ACTIONS;
    post._helpers = {
        parseBody: parseBody,
        publicCertificates: publicCertificates,
        formatDate: formatDate,
        redact: redact,
        certificateFileType: certificateFileType,
        COMPANION_VERSION: COMPANION_VERSION,
    };

    return { post: post };
});
