// Jest, wired with Oracle's SuiteCloud Unit Testing helper: it maps every `N/...` module to the stubs shipped in
// @oracle/suitecloud-unit-testing/stubs, maps `SuiteScripts/...` to src/FileCabinet/SuiteScripts, and transforms
// the AMD `define` modules (the script and the stubs) to CommonJS.
const SuiteCloudJestConfiguration = require('@oracle/suitecloud-unit-testing/jest-configuration/SuiteCloudJestConfiguration');

module.exports = {
    ...SuiteCloudJestConfiguration.build({
        projectFolder: 'src',
        projectType: SuiteCloudJestConfiguration.ProjectType.ACP,
    }),
    testMatch: ['<rootDir>/test/**/*.test.js'],
    verbose: true,
};
