
use builtin;
use str;

set edit:completion:arg-completer[oa-rt] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'oa-rt'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'oa-rt'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand setup 'The interactive wizard: every step in the seed''s order, explained, planned, applied and verified'
            cand status 'Every step''s checks in one view (exit 1 when one fails)'
            cand doctor 'Every step''s checks in one view (exit 1 when one fails)'
            cand plan 'The difference between the desired state (oa-rt.toml) and the account (exit 1 on drift)'
            cand apply 'Make the account as the desired state says: a saved plan (refused when the account changed since), or a fresh one'
            cand restore 'Put back what a change replaced, from the backups written before every change'
            cand bundles 'Installed bundle versions (369637, 369630, 369619) against what the certificate-based import needs'
            cand role 'The integration role''s permissions against what the certificate-based import needs'
            cand deploy 'Undeploy the SuiteScript 1.0 send script and deploy the v2.0 one as the integration needs'
            cand verify-order 'Check that the send script runs after every other afterSubmit script; record what only a person can see'
            cand settings 'The OpenAir SRP Integration Settings record'
            cand enable 'Switch the real-time import on in OpenAir (guided) once NetSuite is ready, and verify the certificate'
            cand cert 'The real-time import certificate (custcertificate_oa_realtime), or a local certificate file'
            cand auth 'oa-rt''s own NetSuite OAuth 2.0 M2M credential'
            cand test-import 'Save a record in NetSuite and watch it arrive in OpenAir: the end-to-end check'
            cand companion 'The companion RESTlet oa-rt needs in the NetSuite account'
            cand profile 'Connection profiles: one NetSuite account paired with one OpenAir company'
            cand emulator 'The local emulator of a NetSuite account and an OpenAir company'
            cand completions 'Print shell completions'
            cand man 'Print the man page, or write every page to a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oa-rt;setup'= {
            cand --file 'The desired-state file'
            cand --timeout 'How long to watch for the effect of each guided step (30s, 5m, 2h; a plain number is seconds)'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --allow-unverified 'Exit 0 while checks only a person can make remain (needs-check); failing checks still exit 1'
            cand --no-test-import 'Skip the closing test import'
            cand --skip-sandbox 'Change a production account although this desired state was never applied to a sandbox'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;status'= {
            cand --file 'The desired-state file'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --allow-unverified 'Exit 0 while checks only a person can make remain (needs-check); failing checks still exit 1'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;doctor'= {
            cand --file 'The desired-state file'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --allow-unverified 'Exit 0 while checks only a person can make remain (needs-check); failing checks still exit 1'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;plan'= {
            cand --file 'The desired-state file'
            cand --out 'Save the plan, with a stamp of what it observed, for `oa-rt apply FILE`'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --allow-unverified 'Exit 0 while checks only a person can make remain (needs-check); failing checks still exit 1'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;apply'= {
            cand --file 'The desired-state file'
            cand --timeout 'How long to watch for the effect of each guided step (30s, 5m, 2h; a plain number is seconds)'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --skip-sandbox 'Change a production account although this desired state was never applied to a sandbox'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;restore'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --list 'List the backups'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;bundles'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;role'= {
            cand --role 'The role [default: the profile''s netsuite.role]'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;deploy'= {
            cand --record-types 'Record types to deploy the v2.0 script on, comma-separated (like customer,job,employee) [default: where a send script is deployed now]'
            cand --log-level 'The deployments'' log level'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --include-leads 'Also deploy customdeploy_oa_send_lead [default: when the settings record includes leads]'
            cand --include-prospects 'Also deploy customdeploy_oa_send_prospect [default: when the settings record includes prospects]'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;verify-order'= {
            cand --record-types 'Only these record types, comma-separated [default: every type the v2.0 script is deployed on]'
            cand --confirm 'Look at the Scripted Records page of this record type and record the confirmation'
            cand --evidence 'The evidence file confirmations are recorded in [default: the one oa-rt.toml names, else oa-rt-evidence.toml beside it]'
            cand --file 'The desired-state file'
            cand --probe 'Evidence of the order''s effect: save this record in the NetSuite UI (guided; on an emulator, through its UI surface), then compare the fields the connector maps in NetSuite with what OpenAir received. A newer value in NetSuite fails the record type and names the candidate scripts; agreement is supporting evidence, not a confirmation. TYPE:ID, like customer:1001'
            cand --timeout 'How long the probe waits for the record to arrive in OpenAir (30s, 5m, 2h; a plain number is seconds)'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --allow-unverified 'Exit 0 while checks only a person can make remain (needs-check); failing checks still exit 1'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;settings'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show the settings record, with what is wrong and how to fix it'
            cand set 'Change settings: KEY=VALUE (enable, error-email, include-leads, include-prospects, openair-url, openair-db-id, suitesignon-record, soap-customer, ...). An empty value clears'
            cand edit 'Edit the settings in $VISUAL / $EDITOR, then review and apply the changes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oa-rt;settings;show'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --allow-unverified 'Exit 0 while checks only a person can make remain (needs-check); failing checks still exit 1'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;settings;set'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --openair-done 'OpenAir''s admin form already includes the leads/prospects being included here (the checklist does OpenAir''s setting first); without a terminal, including them is refused until this is given'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;settings;edit'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;settings;help'= {
            cand show 'Show the settings record, with what is wrong and how to fix it'
            cand set 'Change settings: KEY=VALUE (enable, error-email, include-leads, include-prospects, openair-url, openair-db-id, suitesignon-record, soap-customer, ...). An empty value clears'
            cand edit 'Edit the settings in $VISUAL / $EDITOR, then review and apply the changes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oa-rt;settings;help;show'= {
        }
        &'oa-rt;settings;help;set'= {
        }
        &'oa-rt;settings;help;edit'= {
        }
        &'oa-rt;settings;help;help'= {
        }
        &'oa-rt;enable'= {
            cand --file 'The desired-state file'
            cand --timeout 'How long to watch for the certificate OpenAir uploads (30s, 5m, 2h; a plain number is seconds)'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --allow-unverified 'Exit 0 while checks only a person can make remain (needs-check); failing checks still exit 1'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;cert'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand inspect 'What the certificate says (subject, issuer, serial, key, validity, days left, SHA-256, placeholder, signing probe, OpenAir''s rotation window). With FILE: a local PEM, DER or PKCS#12 file, offline'
            cand check 'Exit 0 when the certificate is valid beyond the window; 1 when it expires inside it, is missing, is the placeholder, or fails the signing probe'
            cand rotate 'Guide "Generate new real-time import certificate" and wait until NetSuite holds a newer one that signs'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oa-rt;cert;inspect'= {
            cand --password-env 'The environment variable holding a PKCS#12 file''s password'
            cand --format 'How to print it'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;cert;check'= {
            cand --within 'Exit 1 when the certificate expires within DAYS (14, 14d, 2w: a plain number is days). Without it, the judgement `status` makes: warn within the desired state''s certificate_window_days (14), fail once OpenAir''s rotation window (one to two weeks before expiry) has passed without a new certificate'
            cand --file 'The desired-state file'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;cert;rotate'= {
            cand --if-expiring-within 'Do nothing (exit 0) unless the certificate expires within DAYS (14, 14d, 2w: a plain number is days)'
            cand --timeout 'How long to watch for the new certificate (30s, 5m, 2h; a plain number is seconds)'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;cert;help'= {
            cand inspect 'What the certificate says (subject, issuer, serial, key, validity, days left, SHA-256, placeholder, signing probe, OpenAir''s rotation window). With FILE: a local PEM, DER or PKCS#12 file, offline'
            cand check 'Exit 0 when the certificate is valid beyond the window; 1 when it expires inside it, is missing, is the placeholder, or fails the signing probe'
            cand rotate 'Guide "Generate new real-time import certificate" and wait until NetSuite holds a newer one that signs'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oa-rt;cert;help;inspect'= {
        }
        &'oa-rt;cert;help;check'= {
        }
        &'oa-rt;cert;help;rotate'= {
        }
        &'oa-rt;cert;help;help'= {
        }
        &'oa-rt;auth'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Make a key pair and a self-signed certificate NetSuite accepts for OAuth 2.0 M2M, and say where to upload it'
            cand status 'The profile''s M2M certificate, and whether NetSuite gives it a token'
            cand rotate 'Replace the profile''s M2M certificate: new key, upload, prove, switch, revoke the old one (crash-safe)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oa-rt;auth;init'= {
            cand --key 'ec-p256, ec-p384, rsa3072 or rsa4096'
            cand --days 'Validity in days (at most 730)'
            cand --out-dir 'Where to write the files [default: $XDG_CONFIG_HOME/oa-rt/keys]'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;auth;status'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;auth;rotate'= {
            cand --key 'ec-p256, ec-p384, rsa3072 or rsa4096'
            cand --days 'Validity in days (at most 730)'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;auth;help'= {
            cand init 'Make a key pair and a self-signed certificate NetSuite accepts for OAuth 2.0 M2M, and say where to upload it'
            cand status 'The profile''s M2M certificate, and whether NetSuite gives it a token'
            cand rotate 'Replace the profile''s M2M certificate: new key, upload, prove, switch, revoke the old one (crash-safe)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oa-rt;auth;help;init'= {
        }
        &'oa-rt;auth;help;status'= {
        }
        &'oa-rt;auth;help;rotate'= {
        }
        &'oa-rt;auth;help;help'= {
        }
        &'oa-rt;test-import'= {
            cand --record 'TYPE:ID, like customer:1001 (customer, lead, prospect, job, employee, projecttask)'
            cand --timeout 'How long to wait for OpenAir (30s, 5m, 2h; a plain number is seconds)'
            cand --file 'The desired-state file'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;companion'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand export 'Write the companion RESTlet (SuiteScript 2.1 source, SDF objects, install guide) into DIR'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oa-rt;companion;export'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;companion;help'= {
            cand export 'Write the companion RESTlet (SuiteScript 2.1 source, SDF objects, install guide) into DIR'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oa-rt;companion;help;export'= {
        }
        &'oa-rt;companion;help;help'= {
        }
        &'oa-rt;profile'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a profile to the config file. Secrets are given as env:VARIABLE or file:PATH, never as values'
            cand list 'List the profiles'
            cand show 'Show a profile; secrets appear only as where they come from'
            cand test 'Check that both services accept the profile''s credentials, with each round-trip time'
            cand use 'Make a profile the default: the one used when neither --profile nor OA_RT_PROFILE names one'
            cand remove 'Remove a profile from the config file (asks first; --yes answers yes). Its key and secret files are left where they are, and named'
            cand rename 'Rename a profile; the default follows it. Refused when NEW exists'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oa-rt;profile;add'= {
            cand --ns-account 'NetSuite account id: 1234567, 1234567_SB1, 1234567_RP'
            cand --ns-role 'The integration role'
            cand --ns-auth 'NetSuite authentication'
            cand --ns-client-id 'M2M: the integration''s client id'
            cand --ns-certificate-id 'M2M: the certificate id of the M2M mapping (the JWT kid)'
            cand --ns-private-key-file 'M2M: the private key file (PEM, mode 0600)'
            cand --ns-consumer-key 'TBA: consumer key, as env:VARIABLE or file:PATH'
            cand --ns-consumer-secret 'TBA: consumer secret, as env:VARIABLE or file:PATH'
            cand --ns-token-id 'TBA: token id, as env:VARIABLE or file:PATH'
            cand --ns-token-secret 'TBA: token secret, as env:VARIABLE or file:PATH'
            cand --ns-base-url 'Replace both NetSuite hosts (suitetalk and restlets) with this URL (an emulator; needs --advanced)'
            cand --ns-restlet-url 'The RESTlet host, as Setup > Company > Company Information > Company URLs shows it (default https://<account>.restlets.api.netsuite.com)'
            cand --oa-company 'OpenAir company id'
            cand --oa-environment 'OpenAir environment (must match the NetSuite account: sandbox with _SB accounts)'
            cand --oa-domain 'OpenAir domain family'
            cand --oa-auth 'OpenAir authentication'
            cand --oa-access-token 'token: the OAuth 2.0 access token, as env:VARIABLE or file:PATH'
            cand --oa-user 'login: the user'
            cand --oa-password 'login: the password, as env:VARIABLE or file:PATH'
            cand --oa-namespace 'The XML API namespace (required with login)'
            cand --oa-api-key 'The XML API key, as env:VARIABLE or file:PATH (required with login)'
            cand --oa-url 'The OpenAir account''s address, when it is not <company>.app[.sandbox].<domain> (the settings record gets it) [default: derived from the company id, which never replaces a different value the record holds]'
            cand --oa-db-id 'The value for the settings record''s OpenAir database id [default: the company id, which never replaces a different value the record holds]'
            cand --oa-base-url 'Replace the OpenAir host with this URL (an emulator; needs --advanced)'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --advanced 'Accept the emulator-only options above, which point a profile at another host than the account''s own; a real account never needs them (`oa-rt emulator serve --add-profile NAME` writes an emulator''s profile)'
            cand --default 'Make this the default profile'
            cand --force 'Replace an existing profile of the same name'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;profile;list'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;profile;show'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;profile;test'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --deep 'Also ask, read-only, every question oa-rt relies on: each SuiteQL table and column set, the settings record, each companion RESTlet action, the M2M certificate endpoints and the OpenAir reads. Each is available, refused (with the permission the role oa-rt signs in with lacks and where to grant it) or unknown (with the service''s answer); with --json, a report to attach to a bug report. Exit 1 when something is refused or unclear'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;profile;use'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;profile;remove'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;profile;rename'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;profile;help'= {
            cand add 'Add a profile to the config file. Secrets are given as env:VARIABLE or file:PATH, never as values'
            cand list 'List the profiles'
            cand show 'Show a profile; secrets appear only as where they come from'
            cand test 'Check that both services accept the profile''s credentials, with each round-trip time'
            cand use 'Make a profile the default: the one used when neither --profile nor OA_RT_PROFILE names one'
            cand remove 'Remove a profile from the config file (asks first; --yes answers yes). Its key and secret files are left where they are, and named'
            cand rename 'Rename a profile; the default follows it. Refused when NEW exists'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oa-rt;profile;help;add'= {
        }
        &'oa-rt;profile;help;list'= {
        }
        &'oa-rt;profile;help;show'= {
        }
        &'oa-rt;profile;help;test'= {
        }
        &'oa-rt;profile;help;use'= {
        }
        &'oa-rt;profile;help;remove'= {
        }
        &'oa-rt;profile;help;rename'= {
        }
        &'oa-rt;profile;help;help'= {
        }
        &'oa-rt;emulator'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Serve the emulator on a loopback port and print how to reach it'
            cand scenarios 'List the scenarios'
            cand ui 'Perform what only the web UIs do (bundle installs, Scripted Records order, OpenAir admin form, ...)'
            cand dump 'Show the whole state, secrets redacted (a running emulator, or a state file)'
            cand reset 'Put the account back in its scenario''s starting state (credentials are kept)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oa-rt;emulator;serve'= {
            cand --scenario 'The account''s starting condition'
            cand --account 'Serve this NetSuite account id instead of the scenario''s 1234567_SB1 (a production id, like 7654321, pairs it with a production OpenAir company): a second account to promote a desired state to'
            cand --port 'Loopback port [default: any free port]'
            cand --state 'Keep the state in this SQLite file (reused when it exists)'
            cand --add-profile 'Also add the served account''s profile (M2M, its key and secret files in the credentials directory) to your config file (--config, OA_RT_CONFIG, or the default) as NAME. Refused when NAME exists there'
            cand --credentials-dir 'Where to write the generated credentials and a ready config file [default: next to --state, else $XDG_STATE_HOME/oa-rt/emulator/PORT]'
            cand --clock-offset 'Move the emulated clock by DURATION (30d, 12h, -90m; a plain number is seconds; may be negative): tokens, signatures and certificates are judged against it, as a real service judges them against its own clock'
            cand --latency 'Fault: add this many milliseconds to every answer'
            cand --fail-rate 'Fault: answer this fraction of requests with HTTP 503'
            cand --burst-429 'Fault: refuse the first N requests as over the concurrency limit (REST 429, RESTlet 400 SSS_REQUEST_LIMIT_EXCEEDED)'
            cand --concurrency-limit 'Fault: refuse requests beyond N in flight, as NetSuite''s account concurrency limit does'
            cand --drop-rate 'Fault: drop this fraction of connections without an answer'
            cand --fault-seed 'Fault: seed the random draws of --fail-rate and --drop-rate, so that sequential requests meet the same faults again (scripts/chaos passes one per trial) [default: random]'
            cand --refuse-column 'Fault: this account has no such SuiteQL column (TABLE.COLUMN, repeatable): queries naming it get NetSuite''s "Unknown identifier" refusal'
            cand --companion 'Which oa-rt companion RESTlet the account has: the current one (answers `observe`), an older one (1.0.0, without `observe`: oa-rt reads through SuiteQL and single actions), or none deployed'
            cand --restlet-units 'Fault: give each call of the companion RESTlet N governance units instead of NetSuite''s 5,000, so that `observe` leaves deployments for later calls as it would on a very large account'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;emulator;scenarios'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;emulator;ui'= {
            cand --url 'A running emulator [default: the selected profile''s, when it points at one]'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand install-bundle 'NetSuite: install or update a bundle (Customization > SuiteBundler > Search & Install Bundles)'
            cand order 'NetSuite: set the order on Customization > Scripting > Scripted Records > RECORD TYPE (drag the rows)'
            cand edit-deployment 'NetSuite: edit a script deployment in the UI (the UI is never refused like the API)'
            cand set-permission 'NetSuite: set a role''s permission (Setup > Users/Roles > Manage Roles > Permissions)'
            cand save-record 'NetSuite: save a record (runs its user event scripts, and the real-time import when it applies)'
            cand openair-admin 'OpenAir: Administration > NetSuite Connector admin form boxes'
            cand generate-certificate 'OpenAir: Administration > NetSuite Connector > Tips > "Generate new real-time import certificate"'
            cand scheduled-run 'OpenAir: start or finish a scheduled integration run'
            cand clock 'Move the emulated clock forward, like 30d, 12h, 90m'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oa-rt;emulator;ui;install-bundle'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;emulator;ui;order'= {
            cand --last 'Move this script to the end instead'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;emulator;ui;edit-deployment'= {
            cand --deployed 'The Deployed box'
            cand --status 'RELEASED, TESTING, ...'
            cand --all-roles 'The All Roles box of the Audience subtab'
            cand --run-as-role 'The internal id of the Execute As Role'
            cand --log-level 'DEBUG, AUDIT, ERROR or EMERGENCY'
            cand --event-type 'The event type the deployment is limited to, like CREATE (empty: every event)'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;emulator;ui;set-permission'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;emulator;ui;save-record'= {
            cand --context 'Execution context: userinterface, csvimport, suitescript, workflow, webservices, restlet'
            cand --event 'create, edit or xedit'
            cand --set 'Change a field before saving (repeatable)'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;emulator;ui;openair-admin'= {
            cand --realtime '"Enable NetSuite real-time integration"'
            cand --oauth2 '"Use OAuth 2.0 for NetSuite Single Sign-On Integration and Real-Time Record Import"'
            cand --leads '"Include NetSuite leads marked ''Export to OpenAir'' in the customers import"'
            cand --prospects '"Include NetSuite prospects marked ''Export to OpenAir'' in the customers import"'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;emulator;ui;generate-certificate'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;emulator;ui;scheduled-run'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;emulator;ui;clock'= {
            cand --advance 'How far, like 30d, 12h, 90m (a plain number is seconds)'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;emulator;ui;help'= {
            cand install-bundle 'NetSuite: install or update a bundle (Customization > SuiteBundler > Search & Install Bundles)'
            cand order 'NetSuite: set the order on Customization > Scripting > Scripted Records > RECORD TYPE (drag the rows)'
            cand edit-deployment 'NetSuite: edit a script deployment in the UI (the UI is never refused like the API)'
            cand set-permission 'NetSuite: set a role''s permission (Setup > Users/Roles > Manage Roles > Permissions)'
            cand save-record 'NetSuite: save a record (runs its user event scripts, and the real-time import when it applies)'
            cand openair-admin 'OpenAir: Administration > NetSuite Connector admin form boxes'
            cand generate-certificate 'OpenAir: Administration > NetSuite Connector > Tips > "Generate new real-time import certificate"'
            cand scheduled-run 'OpenAir: start or finish a scheduled integration run'
            cand clock 'Move the emulated clock forward, like 30d, 12h, 90m'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oa-rt;emulator;ui;help;install-bundle'= {
        }
        &'oa-rt;emulator;ui;help;order'= {
        }
        &'oa-rt;emulator;ui;help;edit-deployment'= {
        }
        &'oa-rt;emulator;ui;help;set-permission'= {
        }
        &'oa-rt;emulator;ui;help;save-record'= {
        }
        &'oa-rt;emulator;ui;help;openair-admin'= {
        }
        &'oa-rt;emulator;ui;help;generate-certificate'= {
        }
        &'oa-rt;emulator;ui;help;scheduled-run'= {
        }
        &'oa-rt;emulator;ui;help;clock'= {
        }
        &'oa-rt;emulator;ui;help;help'= {
        }
        &'oa-rt;emulator;dump'= {
            cand --url 'A running emulator [default: the selected profile''s, when it points at one]'
            cand --state 'A state file of `emulator serve --state` (the emulator need not run)'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;emulator;reset'= {
            cand --url 'A running emulator [default: the selected profile''s, when it points at one]'
            cand --state 'A state file of `emulator serve --state` (the emulator need not run)'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;emulator;help'= {
            cand serve 'Serve the emulator on a loopback port and print how to reach it'
            cand scenarios 'List the scenarios'
            cand ui 'Perform what only the web UIs do (bundle installs, Scripted Records order, OpenAir admin form, ...)'
            cand dump 'Show the whole state, secrets redacted (a running emulator, or a state file)'
            cand reset 'Put the account back in its scenario''s starting state (credentials are kept)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oa-rt;emulator;help;serve'= {
        }
        &'oa-rt;emulator;help;scenarios'= {
        }
        &'oa-rt;emulator;help;ui'= {
            cand install-bundle 'NetSuite: install or update a bundle (Customization > SuiteBundler > Search & Install Bundles)'
            cand order 'NetSuite: set the order on Customization > Scripting > Scripted Records > RECORD TYPE (drag the rows)'
            cand edit-deployment 'NetSuite: edit a script deployment in the UI (the UI is never refused like the API)'
            cand set-permission 'NetSuite: set a role''s permission (Setup > Users/Roles > Manage Roles > Permissions)'
            cand save-record 'NetSuite: save a record (runs its user event scripts, and the real-time import when it applies)'
            cand openair-admin 'OpenAir: Administration > NetSuite Connector admin form boxes'
            cand generate-certificate 'OpenAir: Administration > NetSuite Connector > Tips > "Generate new real-time import certificate"'
            cand scheduled-run 'OpenAir: start or finish a scheduled integration run'
            cand clock 'Move the emulated clock forward, like 30d, 12h, 90m'
        }
        &'oa-rt;emulator;help;ui;install-bundle'= {
        }
        &'oa-rt;emulator;help;ui;order'= {
        }
        &'oa-rt;emulator;help;ui;edit-deployment'= {
        }
        &'oa-rt;emulator;help;ui;set-permission'= {
        }
        &'oa-rt;emulator;help;ui;save-record'= {
        }
        &'oa-rt;emulator;help;ui;openair-admin'= {
        }
        &'oa-rt;emulator;help;ui;generate-certificate'= {
        }
        &'oa-rt;emulator;help;ui;scheduled-run'= {
        }
        &'oa-rt;emulator;help;ui;clock'= {
        }
        &'oa-rt;emulator;help;dump'= {
        }
        &'oa-rt;emulator;help;reset'= {
        }
        &'oa-rt;emulator;help;help'= {
        }
        &'oa-rt;completions'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;man'= {
            cand --out-dir 'Write oa-rt.1 and one page per subcommand into DIR'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
            cand --lock-wait 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)'
            cand --confirmed-by 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person''s act: `--yes` never gives one'
            cand --json 'Print machine-readable JSON on stdout'
            cand --yes 'Make changes without asking'
            cand --dry-run 'Show what would change and stop'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --verbose 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
            cand --simulate-operator 'On an emulator only: perform guided steps through the emulator''s UI surface instead of waiting for a person'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oa-rt;help'= {
            cand setup 'The interactive wizard: every step in the seed''s order, explained, planned, applied and verified'
            cand status 'Every step''s checks in one view (exit 1 when one fails)'
            cand plan 'The difference between the desired state (oa-rt.toml) and the account (exit 1 on drift)'
            cand apply 'Make the account as the desired state says: a saved plan (refused when the account changed since), or a fresh one'
            cand restore 'Put back what a change replaced, from the backups written before every change'
            cand bundles 'Installed bundle versions (369637, 369630, 369619) against what the certificate-based import needs'
            cand role 'The integration role''s permissions against what the certificate-based import needs'
            cand deploy 'Undeploy the SuiteScript 1.0 send script and deploy the v2.0 one as the integration needs'
            cand verify-order 'Check that the send script runs after every other afterSubmit script; record what only a person can see'
            cand settings 'The OpenAir SRP Integration Settings record'
            cand enable 'Switch the real-time import on in OpenAir (guided) once NetSuite is ready, and verify the certificate'
            cand cert 'The real-time import certificate (custcertificate_oa_realtime), or a local certificate file'
            cand auth 'oa-rt''s own NetSuite OAuth 2.0 M2M credential'
            cand test-import 'Save a record in NetSuite and watch it arrive in OpenAir: the end-to-end check'
            cand companion 'The companion RESTlet oa-rt needs in the NetSuite account'
            cand profile 'Connection profiles: one NetSuite account paired with one OpenAir company'
            cand emulator 'The local emulator of a NetSuite account and an OpenAir company'
            cand completions 'Print shell completions'
            cand man 'Print the man page, or write every page to a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oa-rt;help;setup'= {
        }
        &'oa-rt;help;status'= {
        }
        &'oa-rt;help;plan'= {
        }
        &'oa-rt;help;apply'= {
        }
        &'oa-rt;help;restore'= {
        }
        &'oa-rt;help;bundles'= {
        }
        &'oa-rt;help;role'= {
        }
        &'oa-rt;help;deploy'= {
        }
        &'oa-rt;help;verify-order'= {
        }
        &'oa-rt;help;settings'= {
            cand show 'Show the settings record, with what is wrong and how to fix it'
            cand set 'Change settings: KEY=VALUE (enable, error-email, include-leads, include-prospects, openair-url, openair-db-id, suitesignon-record, soap-customer, ...). An empty value clears'
            cand edit 'Edit the settings in $VISUAL / $EDITOR, then review and apply the changes'
        }
        &'oa-rt;help;settings;show'= {
        }
        &'oa-rt;help;settings;set'= {
        }
        &'oa-rt;help;settings;edit'= {
        }
        &'oa-rt;help;enable'= {
        }
        &'oa-rt;help;cert'= {
            cand inspect 'What the certificate says (subject, issuer, serial, key, validity, days left, SHA-256, placeholder, signing probe, OpenAir''s rotation window). With FILE: a local PEM, DER or PKCS#12 file, offline'
            cand check 'Exit 0 when the certificate is valid beyond the window; 1 when it expires inside it, is missing, is the placeholder, or fails the signing probe'
            cand rotate 'Guide "Generate new real-time import certificate" and wait until NetSuite holds a newer one that signs'
        }
        &'oa-rt;help;cert;inspect'= {
        }
        &'oa-rt;help;cert;check'= {
        }
        &'oa-rt;help;cert;rotate'= {
        }
        &'oa-rt;help;auth'= {
            cand init 'Make a key pair and a self-signed certificate NetSuite accepts for OAuth 2.0 M2M, and say where to upload it'
            cand status 'The profile''s M2M certificate, and whether NetSuite gives it a token'
            cand rotate 'Replace the profile''s M2M certificate: new key, upload, prove, switch, revoke the old one (crash-safe)'
        }
        &'oa-rt;help;auth;init'= {
        }
        &'oa-rt;help;auth;status'= {
        }
        &'oa-rt;help;auth;rotate'= {
        }
        &'oa-rt;help;test-import'= {
        }
        &'oa-rt;help;companion'= {
            cand export 'Write the companion RESTlet (SuiteScript 2.1 source, SDF objects, install guide) into DIR'
        }
        &'oa-rt;help;companion;export'= {
        }
        &'oa-rt;help;profile'= {
            cand add 'Add a profile to the config file. Secrets are given as env:VARIABLE or file:PATH, never as values'
            cand list 'List the profiles'
            cand show 'Show a profile; secrets appear only as where they come from'
            cand test 'Check that both services accept the profile''s credentials, with each round-trip time'
            cand use 'Make a profile the default: the one used when neither --profile nor OA_RT_PROFILE names one'
            cand remove 'Remove a profile from the config file (asks first; --yes answers yes). Its key and secret files are left where they are, and named'
            cand rename 'Rename a profile; the default follows it. Refused when NEW exists'
        }
        &'oa-rt;help;profile;add'= {
        }
        &'oa-rt;help;profile;list'= {
        }
        &'oa-rt;help;profile;show'= {
        }
        &'oa-rt;help;profile;test'= {
        }
        &'oa-rt;help;profile;use'= {
        }
        &'oa-rt;help;profile;remove'= {
        }
        &'oa-rt;help;profile;rename'= {
        }
        &'oa-rt;help;emulator'= {
            cand serve 'Serve the emulator on a loopback port and print how to reach it'
            cand scenarios 'List the scenarios'
            cand ui 'Perform what only the web UIs do (bundle installs, Scripted Records order, OpenAir admin form, ...)'
            cand dump 'Show the whole state, secrets redacted (a running emulator, or a state file)'
            cand reset 'Put the account back in its scenario''s starting state (credentials are kept)'
        }
        &'oa-rt;help;emulator;serve'= {
        }
        &'oa-rt;help;emulator;scenarios'= {
        }
        &'oa-rt;help;emulator;ui'= {
            cand install-bundle 'NetSuite: install or update a bundle (Customization > SuiteBundler > Search & Install Bundles)'
            cand order 'NetSuite: set the order on Customization > Scripting > Scripted Records > RECORD TYPE (drag the rows)'
            cand edit-deployment 'NetSuite: edit a script deployment in the UI (the UI is never refused like the API)'
            cand set-permission 'NetSuite: set a role''s permission (Setup > Users/Roles > Manage Roles > Permissions)'
            cand save-record 'NetSuite: save a record (runs its user event scripts, and the real-time import when it applies)'
            cand openair-admin 'OpenAir: Administration > NetSuite Connector admin form boxes'
            cand generate-certificate 'OpenAir: Administration > NetSuite Connector > Tips > "Generate new real-time import certificate"'
            cand scheduled-run 'OpenAir: start or finish a scheduled integration run'
            cand clock 'Move the emulated clock forward, like 30d, 12h, 90m'
        }
        &'oa-rt;help;emulator;ui;install-bundle'= {
        }
        &'oa-rt;help;emulator;ui;order'= {
        }
        &'oa-rt;help;emulator;ui;edit-deployment'= {
        }
        &'oa-rt;help;emulator;ui;set-permission'= {
        }
        &'oa-rt;help;emulator;ui;save-record'= {
        }
        &'oa-rt;help;emulator;ui;openair-admin'= {
        }
        &'oa-rt;help;emulator;ui;generate-certificate'= {
        }
        &'oa-rt;help;emulator;ui;scheduled-run'= {
        }
        &'oa-rt;help;emulator;ui;clock'= {
        }
        &'oa-rt;help;emulator;dump'= {
        }
        &'oa-rt;help;emulator;reset'= {
        }
        &'oa-rt;help;completions'= {
        }
        &'oa-rt;help;man'= {
        }
        &'oa-rt;help;help'= {
        }
    ]
    $completions[$command]
}
