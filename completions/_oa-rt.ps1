
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'oa-rt' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'oa-rt'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'oa-rt' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'The interactive wizard: every step in the seed''s order, explained, planned, applied and verified')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Every step''s checks in one view (exit 1 when one fails)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Every step''s checks in one view (exit 1 when one fails)')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'The difference between the desired state (oa-rt.toml) and the account (exit 1 on drift)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the account as the desired state says: a saved plan (refused when the account changed since), or a fresh one')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Put back what a change replaced, from the backups written before every change')
            [CompletionResult]::new('bundles', 'bundles', [CompletionResultType]::ParameterValue, 'Installed bundle versions (369637, 369630, 369619) against what the certificate-based import needs')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'The integration role''s permissions against what the certificate-based import needs')
            [CompletionResult]::new('deploy', 'deploy', [CompletionResultType]::ParameterValue, 'Undeploy the SuiteScript 1.0 send script and deploy the v2.0 one as the integration needs')
            [CompletionResult]::new('verify-order', 'verify-order', [CompletionResultType]::ParameterValue, 'Check that the send script runs after every other afterSubmit script; record what only a person can see')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'The OpenAir SRP Integration Settings record')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Switch the real-time import on in OpenAir (guided) once NetSuite is ready, and verify the certificate')
            [CompletionResult]::new('cert', 'cert', [CompletionResultType]::ParameterValue, 'The real-time import certificate (custcertificate_oa_realtime), or a local certificate file')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'oa-rt''s own NetSuite OAuth 2.0 M2M credential')
            [CompletionResult]::new('test-import', 'test-import', [CompletionResultType]::ParameterValue, 'Save a record in NetSuite and watch it arrive in OpenAir: the end-to-end check')
            [CompletionResult]::new('companion', 'companion', [CompletionResultType]::ParameterValue, 'The companion RESTlet oa-rt needs in the NetSuite account')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Connection profiles: one NetSuite account paired with one OpenAir company')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'The local emulator of a NetSuite account and an OpenAir company')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page, or write every page to a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oa-rt;setup' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The desired-state file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to watch for the effect of each guided step (30s, 5m, 2h; a plain number is seconds)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--allow-unverified', '--allow-unverified', [CompletionResultType]::ParameterName, 'Exit 0 while checks only a person can make remain (needs-check); failing checks still exit 1')
            [CompletionResult]::new('--no-test-import', '--no-test-import', [CompletionResultType]::ParameterName, 'Skip the closing test import')
            [CompletionResult]::new('--skip-sandbox', '--skip-sandbox', [CompletionResultType]::ParameterName, 'Change a production account although this desired state was never applied to a sandbox')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;status' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The desired-state file')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--allow-unverified', '--allow-unverified', [CompletionResultType]::ParameterName, 'Exit 0 while checks only a person can make remain (needs-check); failing checks still exit 1')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;doctor' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The desired-state file')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--allow-unverified', '--allow-unverified', [CompletionResultType]::ParameterName, 'Exit 0 while checks only a person can make remain (needs-check); failing checks still exit 1')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;plan' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The desired-state file')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Save the plan, with a stamp of what it observed, for `oa-rt apply FILE`')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--allow-unverified', '--allow-unverified', [CompletionResultType]::ParameterName, 'Exit 0 while checks only a person can make remain (needs-check); failing checks still exit 1')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;apply' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The desired-state file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to watch for the effect of each guided step (30s, 5m, 2h; a plain number is seconds)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--skip-sandbox', '--skip-sandbox', [CompletionResultType]::ParameterName, 'Change a production account although this desired state was never applied to a sandbox')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;restore' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--list', '--list', [CompletionResultType]::ParameterName, 'List the backups')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;bundles' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;role' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The role [default: the profile''s netsuite.role]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;deploy' {
            [CompletionResult]::new('--record-types', '--record-types', [CompletionResultType]::ParameterName, 'Record types to deploy the v2.0 script on, comma-separated (like customer,job,employee) [default: where a send script is deployed now]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'The deployments'' log level')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--include-leads', '--include-leads', [CompletionResultType]::ParameterName, 'Also deploy customdeploy_oa_send_lead [default: when the settings record includes leads]')
            [CompletionResult]::new('--include-prospects', '--include-prospects', [CompletionResultType]::ParameterName, 'Also deploy customdeploy_oa_send_prospect [default: when the settings record includes prospects]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;verify-order' {
            [CompletionResult]::new('--record-types', '--record-types', [CompletionResultType]::ParameterName, 'Only these record types, comma-separated [default: every type the v2.0 script is deployed on]')
            [CompletionResult]::new('--confirm', '--confirm', [CompletionResultType]::ParameterName, 'Look at the Scripted Records page of this record type and record the confirmation')
            [CompletionResult]::new('--evidence', '--evidence', [CompletionResultType]::ParameterName, 'The evidence file confirmations are recorded in [default: the one oa-rt.toml names, else oa-rt-evidence.toml beside it]')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The desired-state file')
            [CompletionResult]::new('--probe', '--probe', [CompletionResultType]::ParameterName, 'Evidence of the order''s effect: save this record in the NetSuite UI (guided; on an emulator, through its UI surface), then compare the fields the connector maps in NetSuite with what OpenAir received. A newer value in NetSuite fails the record type and names the candidate scripts; agreement is supporting evidence, not a confirmation. TYPE:ID, like customer:1001')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the probe waits for the record to arrive in OpenAir (30s, 5m, 2h; a plain number is seconds)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--allow-unverified', '--allow-unverified', [CompletionResultType]::ParameterName, 'Exit 0 while checks only a person can make remain (needs-check); failing checks still exit 1')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;settings' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings record, with what is wrong and how to fix it')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change settings: KEY=VALUE (enable, error-email, include-leads, include-prospects, openair-url, openair-db-id, suitesignon-record, soap-customer, ...). An empty value clears')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit the settings in $VISUAL / $EDITOR, then review and apply the changes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oa-rt;settings;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--allow-unverified', '--allow-unverified', [CompletionResultType]::ParameterName, 'Exit 0 while checks only a person can make remain (needs-check); failing checks still exit 1')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;settings;set' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--openair-done', '--openair-done', [CompletionResultType]::ParameterName, 'OpenAir''s admin form already includes the leads/prospects being included here (the checklist does OpenAir''s setting first); without a terminal, including them is refused until this is given')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;settings;edit' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;settings;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings record, with what is wrong and how to fix it')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change settings: KEY=VALUE (enable, error-email, include-leads, include-prospects, openair-url, openair-db-id, suitesignon-record, soap-customer, ...). An empty value clears')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit the settings in $VISUAL / $EDITOR, then review and apply the changes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oa-rt;settings;help;show' {
            break
        }
        'oa-rt;settings;help;set' {
            break
        }
        'oa-rt;settings;help;edit' {
            break
        }
        'oa-rt;settings;help;help' {
            break
        }
        'oa-rt;enable' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The desired-state file')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to watch for the certificate OpenAir uploads (30s, 5m, 2h; a plain number is seconds)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--allow-unverified', '--allow-unverified', [CompletionResultType]::ParameterName, 'Exit 0 while checks only a person can make remain (needs-check); failing checks still exit 1')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;cert' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'What the certificate says (subject, issuer, serial, key, validity, days left, SHA-256, placeholder, signing probe, OpenAir''s rotation window). With FILE: a local PEM, DER or PKCS#12 file, offline')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Exit 0 when the certificate is valid beyond the window; 1 when it expires inside it, is missing, is the placeholder, or fails the signing probe')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Guide "Generate new real-time import certificate" and wait until NetSuite holds a newer one that signs')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oa-rt;cert;inspect' {
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'The environment variable holding a PKCS#12 file''s password')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print it')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;cert;check' {
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'Exit 1 when the certificate expires within DAYS (14, 14d, 2w: a plain number is days). Without it, the judgement `status` makes: warn within the desired state''s certificate_window_days (14), fail once OpenAir''s rotation window (one to two weeks before expiry) has passed without a new certificate')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The desired-state file')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;cert;rotate' {
            [CompletionResult]::new('--if-expiring-within', '--if-expiring-within', [CompletionResultType]::ParameterName, 'Do nothing (exit 0) unless the certificate expires within DAYS (14, 14d, 2w: a plain number is days)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to watch for the new certificate (30s, 5m, 2h; a plain number is seconds)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;cert;help' {
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'What the certificate says (subject, issuer, serial, key, validity, days left, SHA-256, placeholder, signing probe, OpenAir''s rotation window). With FILE: a local PEM, DER or PKCS#12 file, offline')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Exit 0 when the certificate is valid beyond the window; 1 when it expires inside it, is missing, is the placeholder, or fails the signing probe')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Guide "Generate new real-time import certificate" and wait until NetSuite holds a newer one that signs')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oa-rt;cert;help;inspect' {
            break
        }
        'oa-rt;cert;help;check' {
            break
        }
        'oa-rt;cert;help;rotate' {
            break
        }
        'oa-rt;cert;help;help' {
            break
        }
        'oa-rt;auth' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Make a key pair and a self-signed certificate NetSuite accepts for OAuth 2.0 M2M, and say where to upload it')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The profile''s M2M certificate, and whether NetSuite gives it a token')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace the profile''s M2M certificate: new key, upload, prove, switch, revoke the old one (crash-safe)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oa-rt;auth;init' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'ec-p256, ec-p384, rsa3072 or rsa4096')
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'Validity in days (at most 730)')
            [CompletionResult]::new('--out-dir', '--out-dir', [CompletionResultType]::ParameterName, 'Where to write the files [default: $XDG_CONFIG_HOME/oa-rt/keys]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;auth;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;auth;rotate' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'ec-p256, ec-p384, rsa3072 or rsa4096')
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'Validity in days (at most 730)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;auth;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Make a key pair and a self-signed certificate NetSuite accepts for OAuth 2.0 M2M, and say where to upload it')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The profile''s M2M certificate, and whether NetSuite gives it a token')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace the profile''s M2M certificate: new key, upload, prove, switch, revoke the old one (crash-safe)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oa-rt;auth;help;init' {
            break
        }
        'oa-rt;auth;help;status' {
            break
        }
        'oa-rt;auth;help;rotate' {
            break
        }
        'oa-rt;auth;help;help' {
            break
        }
        'oa-rt;test-import' {
            [CompletionResult]::new('--record', '--record', [CompletionResultType]::ParameterName, 'TYPE:ID, like customer:1001 (customer, lead, prospect, job, employee, projecttask)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for OpenAir (30s, 5m, 2h; a plain number is seconds)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The desired-state file')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;companion' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the companion RESTlet (SuiteScript 2.1 source, SDF objects, install guide) into DIR')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oa-rt;companion;export' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;companion;help' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the companion RESTlet (SuiteScript 2.1 source, SDF objects, install guide) into DIR')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oa-rt;companion;help;export' {
            break
        }
        'oa-rt;companion;help;help' {
            break
        }
        'oa-rt;profile' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a profile to the config file. Secrets are given as env:VARIABLE or file:PATH, never as values')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile; secrets appear only as where they come from')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Check that both services accept the profile''s credentials, with each round-trip time')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default: the one used when neither --profile nor OA_RT_PROFILE names one')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile from the config file (asks first; --yes answers yes). Its key and secret files are left where they are, and named')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a profile; the default follows it. Refused when NEW exists')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oa-rt;profile;add' {
            [CompletionResult]::new('--ns-account', '--ns-account', [CompletionResultType]::ParameterName, 'NetSuite account id: 1234567, 1234567_SB1, 1234567_RP')
            [CompletionResult]::new('--ns-role', '--ns-role', [CompletionResultType]::ParameterName, 'The integration role')
            [CompletionResult]::new('--ns-auth', '--ns-auth', [CompletionResultType]::ParameterName, 'NetSuite authentication')
            [CompletionResult]::new('--ns-client-id', '--ns-client-id', [CompletionResultType]::ParameterName, 'M2M: the integration''s client id')
            [CompletionResult]::new('--ns-certificate-id', '--ns-certificate-id', [CompletionResultType]::ParameterName, 'M2M: the certificate id of the M2M mapping (the JWT kid)')
            [CompletionResult]::new('--ns-private-key-file', '--ns-private-key-file', [CompletionResultType]::ParameterName, 'M2M: the private key file (PEM, mode 0600)')
            [CompletionResult]::new('--ns-consumer-key', '--ns-consumer-key', [CompletionResultType]::ParameterName, 'TBA: consumer key, as env:VARIABLE or file:PATH')
            [CompletionResult]::new('--ns-consumer-secret', '--ns-consumer-secret', [CompletionResultType]::ParameterName, 'TBA: consumer secret, as env:VARIABLE or file:PATH')
            [CompletionResult]::new('--ns-token-id', '--ns-token-id', [CompletionResultType]::ParameterName, 'TBA: token id, as env:VARIABLE or file:PATH')
            [CompletionResult]::new('--ns-token-secret', '--ns-token-secret', [CompletionResultType]::ParameterName, 'TBA: token secret, as env:VARIABLE or file:PATH')
            [CompletionResult]::new('--ns-base-url', '--ns-base-url', [CompletionResultType]::ParameterName, 'Replace both NetSuite hosts (suitetalk and restlets) with this URL (an emulator; needs --advanced)')
            [CompletionResult]::new('--ns-restlet-url', '--ns-restlet-url', [CompletionResultType]::ParameterName, 'The RESTlet host, as Setup > Company > Company Information > Company URLs shows it (default https://<account>.restlets.api.netsuite.com)')
            [CompletionResult]::new('--oa-company', '--oa-company', [CompletionResultType]::ParameterName, 'OpenAir company id')
            [CompletionResult]::new('--oa-environment', '--oa-environment', [CompletionResultType]::ParameterName, 'OpenAir environment (must match the NetSuite account: sandbox with _SB accounts)')
            [CompletionResult]::new('--oa-domain', '--oa-domain', [CompletionResultType]::ParameterName, 'OpenAir domain family')
            [CompletionResult]::new('--oa-auth', '--oa-auth', [CompletionResultType]::ParameterName, 'OpenAir authentication')
            [CompletionResult]::new('--oa-access-token', '--oa-access-token', [CompletionResultType]::ParameterName, 'token: the OAuth 2.0 access token, as env:VARIABLE or file:PATH')
            [CompletionResult]::new('--oa-user', '--oa-user', [CompletionResultType]::ParameterName, 'login: the user')
            [CompletionResult]::new('--oa-password', '--oa-password', [CompletionResultType]::ParameterName, 'login: the password, as env:VARIABLE or file:PATH')
            [CompletionResult]::new('--oa-namespace', '--oa-namespace', [CompletionResultType]::ParameterName, 'The XML API namespace (required with login)')
            [CompletionResult]::new('--oa-api-key', '--oa-api-key', [CompletionResultType]::ParameterName, 'The XML API key, as env:VARIABLE or file:PATH (required with login)')
            [CompletionResult]::new('--oa-url', '--oa-url', [CompletionResultType]::ParameterName, 'The OpenAir account''s address, when it is not <company>.app[.sandbox].<domain> (the settings record gets it) [default: derived from the company id, which never replaces a different value the record holds]')
            [CompletionResult]::new('--oa-db-id', '--oa-db-id', [CompletionResultType]::ParameterName, 'The value for the settings record''s OpenAir database id [default: the company id, which never replaces a different value the record holds]')
            [CompletionResult]::new('--oa-base-url', '--oa-base-url', [CompletionResultType]::ParameterName, 'Replace the OpenAir host with this URL (an emulator; needs --advanced)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--advanced', '--advanced', [CompletionResultType]::ParameterName, 'Accept the emulator-only options above, which point a profile at another host than the account''s own; a real account never needs them (`oa-rt emulator serve --add-profile NAME` writes an emulator''s profile)')
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'Make this the default profile')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing profile of the same name')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;profile;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;profile;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;profile;test' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--deep', '--deep', [CompletionResultType]::ParameterName, 'Also ask, read-only, every question oa-rt relies on: each SuiteQL table and column set, the settings record, each companion RESTlet action, the M2M certificate endpoints and the OpenAir reads. Each is available, refused (with the permission the role oa-rt signs in with lacks and where to grant it) or unknown (with the service''s answer); with --json, a report to attach to a bug report. Exit 1 when something is refused or unclear')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;profile;use' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;profile;remove' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;profile;rename' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;profile;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a profile to the config file. Secrets are given as env:VARIABLE or file:PATH, never as values')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile; secrets appear only as where they come from')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Check that both services accept the profile''s credentials, with each round-trip time')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default: the one used when neither --profile nor OA_RT_PROFILE names one')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile from the config file (asks first; --yes answers yes). Its key and secret files are left where they are, and named')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a profile; the default follows it. Refused when NEW exists')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oa-rt;profile;help;add' {
            break
        }
        'oa-rt;profile;help;list' {
            break
        }
        'oa-rt;profile;help;show' {
            break
        }
        'oa-rt;profile;help;test' {
            break
        }
        'oa-rt;profile;help;use' {
            break
        }
        'oa-rt;profile;help;remove' {
            break
        }
        'oa-rt;profile;help;rename' {
            break
        }
        'oa-rt;profile;help;help' {
            break
        }
        'oa-rt;emulator' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the emulator on a loopback port and print how to reach it')
            [CompletionResult]::new('scenarios', 'scenarios', [CompletionResultType]::ParameterValue, 'List the scenarios')
            [CompletionResult]::new('ui', 'ui', [CompletionResultType]::ParameterValue, 'Perform what only the web UIs do (bundle installs, Scripted Records order, OpenAir admin form, ...)')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Show the whole state, secrets redacted (a running emulator, or a state file)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Put the account back in its scenario''s starting state (credentials are kept)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oa-rt;emulator;serve' {
            [CompletionResult]::new('--scenario', '--scenario', [CompletionResultType]::ParameterName, 'The account''s starting condition')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Serve this NetSuite account id instead of the scenario''s 1234567_SB1 (a production id, like 7654321, pairs it with a production OpenAir company): a second account to promote a desired state to')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Loopback port [default: any free port]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Keep the state in this SQLite file (reused when it exists)')
            [CompletionResult]::new('--add-profile', '--add-profile', [CompletionResultType]::ParameterName, 'Also add the served account''s profile (M2M, its key and secret files in the credentials directory) to your config file (--config, OA_RT_CONFIG, or the default) as NAME. Refused when NAME exists there')
            [CompletionResult]::new('--credentials-dir', '--credentials-dir', [CompletionResultType]::ParameterName, 'Where to write the generated credentials and a ready config file [default: next to --state, else $XDG_STATE_HOME/oa-rt/emulator/PORT]')
            [CompletionResult]::new('--clock-offset', '--clock-offset', [CompletionResultType]::ParameterName, 'Move the emulated clock by DURATION (30d, 12h, -90m; a plain number is seconds; may be negative): tokens, signatures and certificates are judged against it, as a real service judges them against its own clock')
            [CompletionResult]::new('--latency', '--latency', [CompletionResultType]::ParameterName, 'Fault: add this many milliseconds to every answer')
            [CompletionResult]::new('--fail-rate', '--fail-rate', [CompletionResultType]::ParameterName, 'Fault: answer this fraction of requests with HTTP 503')
            [CompletionResult]::new('--burst-429', '--burst-429', [CompletionResultType]::ParameterName, 'Fault: refuse the first N requests as over the concurrency limit (REST 429, RESTlet 400 SSS_REQUEST_LIMIT_EXCEEDED)')
            [CompletionResult]::new('--concurrency-limit', '--concurrency-limit', [CompletionResultType]::ParameterName, 'Fault: refuse requests beyond N in flight, as NetSuite''s account concurrency limit does')
            [CompletionResult]::new('--drop-rate', '--drop-rate', [CompletionResultType]::ParameterName, 'Fault: drop this fraction of connections without an answer')
            [CompletionResult]::new('--fault-seed', '--fault-seed', [CompletionResultType]::ParameterName, 'Fault: seed the random draws of --fail-rate and --drop-rate, so that sequential requests meet the same faults again (scripts/chaos passes one per trial) [default: random]')
            [CompletionResult]::new('--refuse-column', '--refuse-column', [CompletionResultType]::ParameterName, 'Fault: this account has no such SuiteQL column (TABLE.COLUMN, repeatable): queries naming it get NetSuite''s "Unknown identifier" refusal')
            [CompletionResult]::new('--companion', '--companion', [CompletionResultType]::ParameterName, 'Which oa-rt companion RESTlet the account has: the current one (answers `observe`), an older one (1.0.0, without `observe`: oa-rt reads through SuiteQL and single actions), or none deployed')
            [CompletionResult]::new('--restlet-units', '--restlet-units', [CompletionResultType]::ParameterName, 'Fault: give each call of the companion RESTlet N governance units instead of NetSuite''s 5,000, so that `observe` leaves deployments for later calls as it would on a very large account')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;emulator;scenarios' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;emulator;ui' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'A running emulator [default: the selected profile''s, when it points at one]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('install-bundle', 'install-bundle', [CompletionResultType]::ParameterValue, 'NetSuite: install or update a bundle (Customization > SuiteBundler > Search & Install Bundles)')
            [CompletionResult]::new('order', 'order', [CompletionResultType]::ParameterValue, 'NetSuite: set the order on Customization > Scripting > Scripted Records > RECORD TYPE (drag the rows)')
            [CompletionResult]::new('edit-deployment', 'edit-deployment', [CompletionResultType]::ParameterValue, 'NetSuite: edit a script deployment in the UI (the UI is never refused like the API)')
            [CompletionResult]::new('set-permission', 'set-permission', [CompletionResultType]::ParameterValue, 'NetSuite: set a role''s permission (Setup > Users/Roles > Manage Roles > Permissions)')
            [CompletionResult]::new('save-record', 'save-record', [CompletionResultType]::ParameterValue, 'NetSuite: save a record (runs its user event scripts, and the real-time import when it applies)')
            [CompletionResult]::new('openair-admin', 'openair-admin', [CompletionResultType]::ParameterValue, 'OpenAir: Administration > NetSuite Connector admin form boxes')
            [CompletionResult]::new('generate-certificate', 'generate-certificate', [CompletionResultType]::ParameterValue, 'OpenAir: Administration > NetSuite Connector > Tips > "Generate new real-time import certificate"')
            [CompletionResult]::new('scheduled-run', 'scheduled-run', [CompletionResultType]::ParameterValue, 'OpenAir: start or finish a scheduled integration run')
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'Move the emulated clock forward, like 30d, 12h, 90m')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oa-rt;emulator;ui;install-bundle' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;emulator;ui;order' {
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'Move this script to the end instead')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;emulator;ui;edit-deployment' {
            [CompletionResult]::new('--deployed', '--deployed', [CompletionResultType]::ParameterName, 'The Deployed box')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'RELEASED, TESTING, ...')
            [CompletionResult]::new('--all-roles', '--all-roles', [CompletionResultType]::ParameterName, 'The All Roles box of the Audience subtab')
            [CompletionResult]::new('--run-as-role', '--run-as-role', [CompletionResultType]::ParameterName, 'The internal id of the Execute As Role')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'DEBUG, AUDIT, ERROR or EMERGENCY')
            [CompletionResult]::new('--event-type', '--event-type', [CompletionResultType]::ParameterName, 'The event type the deployment is limited to, like CREATE (empty: every event)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;emulator;ui;set-permission' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;emulator;ui;save-record' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Execution context: userinterface, csvimport, suitescript, workflow, webservices, restlet')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'create, edit or xedit')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Change a field before saving (repeatable)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;emulator;ui;openair-admin' {
            [CompletionResult]::new('--realtime', '--realtime', [CompletionResultType]::ParameterName, '"Enable NetSuite real-time integration"')
            [CompletionResult]::new('--oauth2', '--oauth2', [CompletionResultType]::ParameterName, '"Use OAuth 2.0 for NetSuite Single Sign-On Integration and Real-Time Record Import"')
            [CompletionResult]::new('--leads', '--leads', [CompletionResultType]::ParameterName, '"Include NetSuite leads marked ''Export to OpenAir'' in the customers import"')
            [CompletionResult]::new('--prospects', '--prospects', [CompletionResultType]::ParameterName, '"Include NetSuite prospects marked ''Export to OpenAir'' in the customers import"')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;emulator;ui;generate-certificate' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;emulator;ui;scheduled-run' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;emulator;ui;clock' {
            [CompletionResult]::new('--advance', '--advance', [CompletionResultType]::ParameterName, 'How far, like 30d, 12h, 90m (a plain number is seconds)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;emulator;ui;help' {
            [CompletionResult]::new('install-bundle', 'install-bundle', [CompletionResultType]::ParameterValue, 'NetSuite: install or update a bundle (Customization > SuiteBundler > Search & Install Bundles)')
            [CompletionResult]::new('order', 'order', [CompletionResultType]::ParameterValue, 'NetSuite: set the order on Customization > Scripting > Scripted Records > RECORD TYPE (drag the rows)')
            [CompletionResult]::new('edit-deployment', 'edit-deployment', [CompletionResultType]::ParameterValue, 'NetSuite: edit a script deployment in the UI (the UI is never refused like the API)')
            [CompletionResult]::new('set-permission', 'set-permission', [CompletionResultType]::ParameterValue, 'NetSuite: set a role''s permission (Setup > Users/Roles > Manage Roles > Permissions)')
            [CompletionResult]::new('save-record', 'save-record', [CompletionResultType]::ParameterValue, 'NetSuite: save a record (runs its user event scripts, and the real-time import when it applies)')
            [CompletionResult]::new('openair-admin', 'openair-admin', [CompletionResultType]::ParameterValue, 'OpenAir: Administration > NetSuite Connector admin form boxes')
            [CompletionResult]::new('generate-certificate', 'generate-certificate', [CompletionResultType]::ParameterValue, 'OpenAir: Administration > NetSuite Connector > Tips > "Generate new real-time import certificate"')
            [CompletionResult]::new('scheduled-run', 'scheduled-run', [CompletionResultType]::ParameterValue, 'OpenAir: start or finish a scheduled integration run')
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'Move the emulated clock forward, like 30d, 12h, 90m')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oa-rt;emulator;ui;help;install-bundle' {
            break
        }
        'oa-rt;emulator;ui;help;order' {
            break
        }
        'oa-rt;emulator;ui;help;edit-deployment' {
            break
        }
        'oa-rt;emulator;ui;help;set-permission' {
            break
        }
        'oa-rt;emulator;ui;help;save-record' {
            break
        }
        'oa-rt;emulator;ui;help;openair-admin' {
            break
        }
        'oa-rt;emulator;ui;help;generate-certificate' {
            break
        }
        'oa-rt;emulator;ui;help;scheduled-run' {
            break
        }
        'oa-rt;emulator;ui;help;clock' {
            break
        }
        'oa-rt;emulator;ui;help;help' {
            break
        }
        'oa-rt;emulator;dump' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'A running emulator [default: the selected profile''s, when it points at one]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'A state file of `emulator serve --state` (the emulator need not run)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;emulator;reset' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'A running emulator [default: the selected profile''s, when it points at one]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'A state file of `emulator serve --state` (the emulator need not run)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;emulator;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the emulator on a loopback port and print how to reach it')
            [CompletionResult]::new('scenarios', 'scenarios', [CompletionResultType]::ParameterValue, 'List the scenarios')
            [CompletionResult]::new('ui', 'ui', [CompletionResultType]::ParameterValue, 'Perform what only the web UIs do (bundle installs, Scripted Records order, OpenAir admin form, ...)')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Show the whole state, secrets redacted (a running emulator, or a state file)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Put the account back in its scenario''s starting state (credentials are kept)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oa-rt;emulator;help;serve' {
            break
        }
        'oa-rt;emulator;help;scenarios' {
            break
        }
        'oa-rt;emulator;help;ui' {
            [CompletionResult]::new('install-bundle', 'install-bundle', [CompletionResultType]::ParameterValue, 'NetSuite: install or update a bundle (Customization > SuiteBundler > Search & Install Bundles)')
            [CompletionResult]::new('order', 'order', [CompletionResultType]::ParameterValue, 'NetSuite: set the order on Customization > Scripting > Scripted Records > RECORD TYPE (drag the rows)')
            [CompletionResult]::new('edit-deployment', 'edit-deployment', [CompletionResultType]::ParameterValue, 'NetSuite: edit a script deployment in the UI (the UI is never refused like the API)')
            [CompletionResult]::new('set-permission', 'set-permission', [CompletionResultType]::ParameterValue, 'NetSuite: set a role''s permission (Setup > Users/Roles > Manage Roles > Permissions)')
            [CompletionResult]::new('save-record', 'save-record', [CompletionResultType]::ParameterValue, 'NetSuite: save a record (runs its user event scripts, and the real-time import when it applies)')
            [CompletionResult]::new('openair-admin', 'openair-admin', [CompletionResultType]::ParameterValue, 'OpenAir: Administration > NetSuite Connector admin form boxes')
            [CompletionResult]::new('generate-certificate', 'generate-certificate', [CompletionResultType]::ParameterValue, 'OpenAir: Administration > NetSuite Connector > Tips > "Generate new real-time import certificate"')
            [CompletionResult]::new('scheduled-run', 'scheduled-run', [CompletionResultType]::ParameterValue, 'OpenAir: start or finish a scheduled integration run')
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'Move the emulated clock forward, like 30d, 12h, 90m')
            break
        }
        'oa-rt;emulator;help;ui;install-bundle' {
            break
        }
        'oa-rt;emulator;help;ui;order' {
            break
        }
        'oa-rt;emulator;help;ui;edit-deployment' {
            break
        }
        'oa-rt;emulator;help;ui;set-permission' {
            break
        }
        'oa-rt;emulator;help;ui;save-record' {
            break
        }
        'oa-rt;emulator;help;ui;openair-admin' {
            break
        }
        'oa-rt;emulator;help;ui;generate-certificate' {
            break
        }
        'oa-rt;emulator;help;ui;scheduled-run' {
            break
        }
        'oa-rt;emulator;help;ui;clock' {
            break
        }
        'oa-rt;emulator;help;dump' {
            break
        }
        'oa-rt;emulator;help;reset' {
            break
        }
        'oa-rt;emulator;help;help' {
            break
        }
        'oa-rt;completions' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;man' {
            [CompletionResult]::new('--out-dir', '--out-dir', [CompletionResultType]::ParameterName, 'Write oa-rt.1 and one page per subcommand into DIR')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (a NetSuite account paired with an OpenAir company)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)')
            [CompletionResult]::new('--confirmed-by', '--confirmed-by', [CompletionResultType]::ParameterName, 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Make changes without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and stop')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted')
            [CompletionResult]::new('--simulate-operator', '--simulate-operator', [CompletionResultType]::ParameterName, 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oa-rt;help' {
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'The interactive wizard: every step in the seed''s order, explained, planned, applied and verified')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Every step''s checks in one view (exit 1 when one fails)')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'The difference between the desired state (oa-rt.toml) and the account (exit 1 on drift)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the account as the desired state says: a saved plan (refused when the account changed since), or a fresh one')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Put back what a change replaced, from the backups written before every change')
            [CompletionResult]::new('bundles', 'bundles', [CompletionResultType]::ParameterValue, 'Installed bundle versions (369637, 369630, 369619) against what the certificate-based import needs')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'The integration role''s permissions against what the certificate-based import needs')
            [CompletionResult]::new('deploy', 'deploy', [CompletionResultType]::ParameterValue, 'Undeploy the SuiteScript 1.0 send script and deploy the v2.0 one as the integration needs')
            [CompletionResult]::new('verify-order', 'verify-order', [CompletionResultType]::ParameterValue, 'Check that the send script runs after every other afterSubmit script; record what only a person can see')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'The OpenAir SRP Integration Settings record')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Switch the real-time import on in OpenAir (guided) once NetSuite is ready, and verify the certificate')
            [CompletionResult]::new('cert', 'cert', [CompletionResultType]::ParameterValue, 'The real-time import certificate (custcertificate_oa_realtime), or a local certificate file')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'oa-rt''s own NetSuite OAuth 2.0 M2M credential')
            [CompletionResult]::new('test-import', 'test-import', [CompletionResultType]::ParameterValue, 'Save a record in NetSuite and watch it arrive in OpenAir: the end-to-end check')
            [CompletionResult]::new('companion', 'companion', [CompletionResultType]::ParameterValue, 'The companion RESTlet oa-rt needs in the NetSuite account')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Connection profiles: one NetSuite account paired with one OpenAir company')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'The local emulator of a NetSuite account and an OpenAir company')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page, or write every page to a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oa-rt;help;setup' {
            break
        }
        'oa-rt;help;status' {
            break
        }
        'oa-rt;help;plan' {
            break
        }
        'oa-rt;help;apply' {
            break
        }
        'oa-rt;help;restore' {
            break
        }
        'oa-rt;help;bundles' {
            break
        }
        'oa-rt;help;role' {
            break
        }
        'oa-rt;help;deploy' {
            break
        }
        'oa-rt;help;verify-order' {
            break
        }
        'oa-rt;help;settings' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings record, with what is wrong and how to fix it')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change settings: KEY=VALUE (enable, error-email, include-leads, include-prospects, openair-url, openair-db-id, suitesignon-record, soap-customer, ...). An empty value clears')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit the settings in $VISUAL / $EDITOR, then review and apply the changes')
            break
        }
        'oa-rt;help;settings;show' {
            break
        }
        'oa-rt;help;settings;set' {
            break
        }
        'oa-rt;help;settings;edit' {
            break
        }
        'oa-rt;help;enable' {
            break
        }
        'oa-rt;help;cert' {
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'What the certificate says (subject, issuer, serial, key, validity, days left, SHA-256, placeholder, signing probe, OpenAir''s rotation window). With FILE: a local PEM, DER or PKCS#12 file, offline')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Exit 0 when the certificate is valid beyond the window; 1 when it expires inside it, is missing, is the placeholder, or fails the signing probe')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Guide "Generate new real-time import certificate" and wait until NetSuite holds a newer one that signs')
            break
        }
        'oa-rt;help;cert;inspect' {
            break
        }
        'oa-rt;help;cert;check' {
            break
        }
        'oa-rt;help;cert;rotate' {
            break
        }
        'oa-rt;help;auth' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Make a key pair and a self-signed certificate NetSuite accepts for OAuth 2.0 M2M, and say where to upload it')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The profile''s M2M certificate, and whether NetSuite gives it a token')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace the profile''s M2M certificate: new key, upload, prove, switch, revoke the old one (crash-safe)')
            break
        }
        'oa-rt;help;auth;init' {
            break
        }
        'oa-rt;help;auth;status' {
            break
        }
        'oa-rt;help;auth;rotate' {
            break
        }
        'oa-rt;help;test-import' {
            break
        }
        'oa-rt;help;companion' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the companion RESTlet (SuiteScript 2.1 source, SDF objects, install guide) into DIR')
            break
        }
        'oa-rt;help;companion;export' {
            break
        }
        'oa-rt;help;profile' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a profile to the config file. Secrets are given as env:VARIABLE or file:PATH, never as values')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile; secrets appear only as where they come from')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Check that both services accept the profile''s credentials, with each round-trip time')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default: the one used when neither --profile nor OA_RT_PROFILE names one')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile from the config file (asks first; --yes answers yes). Its key and secret files are left where they are, and named')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a profile; the default follows it. Refused when NEW exists')
            break
        }
        'oa-rt;help;profile;add' {
            break
        }
        'oa-rt;help;profile;list' {
            break
        }
        'oa-rt;help;profile;show' {
            break
        }
        'oa-rt;help;profile;test' {
            break
        }
        'oa-rt;help;profile;use' {
            break
        }
        'oa-rt;help;profile;remove' {
            break
        }
        'oa-rt;help;profile;rename' {
            break
        }
        'oa-rt;help;emulator' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the emulator on a loopback port and print how to reach it')
            [CompletionResult]::new('scenarios', 'scenarios', [CompletionResultType]::ParameterValue, 'List the scenarios')
            [CompletionResult]::new('ui', 'ui', [CompletionResultType]::ParameterValue, 'Perform what only the web UIs do (bundle installs, Scripted Records order, OpenAir admin form, ...)')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Show the whole state, secrets redacted (a running emulator, or a state file)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Put the account back in its scenario''s starting state (credentials are kept)')
            break
        }
        'oa-rt;help;emulator;serve' {
            break
        }
        'oa-rt;help;emulator;scenarios' {
            break
        }
        'oa-rt;help;emulator;ui' {
            [CompletionResult]::new('install-bundle', 'install-bundle', [CompletionResultType]::ParameterValue, 'NetSuite: install or update a bundle (Customization > SuiteBundler > Search & Install Bundles)')
            [CompletionResult]::new('order', 'order', [CompletionResultType]::ParameterValue, 'NetSuite: set the order on Customization > Scripting > Scripted Records > RECORD TYPE (drag the rows)')
            [CompletionResult]::new('edit-deployment', 'edit-deployment', [CompletionResultType]::ParameterValue, 'NetSuite: edit a script deployment in the UI (the UI is never refused like the API)')
            [CompletionResult]::new('set-permission', 'set-permission', [CompletionResultType]::ParameterValue, 'NetSuite: set a role''s permission (Setup > Users/Roles > Manage Roles > Permissions)')
            [CompletionResult]::new('save-record', 'save-record', [CompletionResultType]::ParameterValue, 'NetSuite: save a record (runs its user event scripts, and the real-time import when it applies)')
            [CompletionResult]::new('openair-admin', 'openair-admin', [CompletionResultType]::ParameterValue, 'OpenAir: Administration > NetSuite Connector admin form boxes')
            [CompletionResult]::new('generate-certificate', 'generate-certificate', [CompletionResultType]::ParameterValue, 'OpenAir: Administration > NetSuite Connector > Tips > "Generate new real-time import certificate"')
            [CompletionResult]::new('scheduled-run', 'scheduled-run', [CompletionResultType]::ParameterValue, 'OpenAir: start or finish a scheduled integration run')
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'Move the emulated clock forward, like 30d, 12h, 90m')
            break
        }
        'oa-rt;help;emulator;ui;install-bundle' {
            break
        }
        'oa-rt;help;emulator;ui;order' {
            break
        }
        'oa-rt;help;emulator;ui;edit-deployment' {
            break
        }
        'oa-rt;help;emulator;ui;set-permission' {
            break
        }
        'oa-rt;help;emulator;ui;save-record' {
            break
        }
        'oa-rt;help;emulator;ui;openair-admin' {
            break
        }
        'oa-rt;help;emulator;ui;generate-certificate' {
            break
        }
        'oa-rt;help;emulator;ui;scheduled-run' {
            break
        }
        'oa-rt;help;emulator;ui;clock' {
            break
        }
        'oa-rt;help;emulator;dump' {
            break
        }
        'oa-rt;help;emulator;reset' {
            break
        }
        'oa-rt;help;completions' {
            break
        }
        'oa-rt;help;man' {
            break
        }
        'oa-rt;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
