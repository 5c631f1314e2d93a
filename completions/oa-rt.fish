# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_oa_rt_global_optspecs
    string join \n profile= config= json yes dry-run q/quiet v/verbose color= emulator= lock-wait= confirmed-by= simulate-operator h/help V/version
end

function __fish_oa_rt_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_oa_rt_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_oa_rt_using_subcommand
    set -l cmd (__fish_oa_rt_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c oa-rt -n "__fish_oa_rt_needs_command" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_needs_command" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_needs_command" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_needs_command" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_needs_command" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_needs_command" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_needs_command" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -f -a "setup" -d 'The interactive wizard: every step in the seed\'s order, explained, planned, applied and verified'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -f -a "status" -d 'Every step\'s checks in one view (exit 1 when one fails)'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -f -a "doctor" -d 'Every step\'s checks in one view (exit 1 when one fails)'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -f -a "plan" -d 'The difference between the desired state (oa-rt.toml) and the account (exit 1 on drift)'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -f -a "apply" -d 'Make the account as the desired state says: a saved plan (refused when the account changed since), or a fresh one'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -f -a "restore" -d 'Put back what a change replaced, from the backups written before every change'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -f -a "bundles" -d 'Installed bundle versions (369637, 369630, 369619) against what the certificate-based import needs'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -f -a "role" -d 'The integration role\'s permissions against what the certificate-based import needs'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -f -a "deploy" -d 'Undeploy the SuiteScript 1.0 send script and deploy the v2.0 one as the integration needs'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -f -a "verify-order" -d 'Check that the send script runs after every other afterSubmit script; record what only a person can see'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -f -a "settings" -d 'The OpenAir SRP Integration Settings record'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -f -a "enable" -d 'Switch the real-time import on in OpenAir (guided) once NetSuite is ready, and verify the certificate'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -f -a "cert" -d 'The real-time import certificate (custcertificate_oa_realtime), or a local certificate file'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -f -a "auth" -d 'oa-rt\'s own NetSuite OAuth 2.0 M2M credential'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -f -a "test-import" -d 'Save a record in NetSuite and watch it arrive in OpenAir: the end-to-end check'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -f -a "companion" -d 'The companion RESTlet oa-rt needs in the NetSuite account'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -f -a "profile" -d 'Connection profiles: one NetSuite account paired with one OpenAir company'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -f -a "emulator" -d 'The local emulator of a NetSuite account and an OpenAir company'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -f -a "man" -d 'Print the man page, or write every page to a directory'
complete -c oa-rt -n "__fish_oa_rt_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand setup" -l file -d 'The desired-state file' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand setup" -l timeout -d 'How long to watch for the effect of each guided step (30s, 5m, 2h; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand setup" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand setup" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand setup" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand setup" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand setup" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand setup" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand setup" -l allow-unverified -d 'Exit 0 while checks only a person can make remain (needs-check); failing checks still exit 1'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand setup" -l no-test-import -d 'Skip the closing test import'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand setup" -l skip-sandbox -d 'Change a production account although this desired state was never applied to a sandbox'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand setup" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand setup" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand setup" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand setup" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand setup" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand setup" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand setup" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand setup" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand status" -l file -d 'The desired-state file' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand status" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand status" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand status" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand status" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand status" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand status" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand status" -l allow-unverified -d 'Exit 0 while checks only a person can make remain (needs-check); failing checks still exit 1'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand status" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand status" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand status" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand status" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand status" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand status" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand status" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand status" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand doctor" -l file -d 'The desired-state file' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand doctor" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand doctor" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand doctor" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand doctor" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand doctor" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand doctor" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand doctor" -l allow-unverified -d 'Exit 0 while checks only a person can make remain (needs-check); failing checks still exit 1'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand doctor" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand doctor" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand doctor" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand doctor" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand doctor" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand doctor" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand plan" -l file -d 'The desired-state file' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand plan" -l out -d 'Save the plan, with a stamp of what it observed, for `oa-rt apply FILE`' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand plan" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand plan" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand plan" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand plan" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand plan" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand plan" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand plan" -l allow-unverified -d 'Exit 0 while checks only a person can make remain (needs-check); failing checks still exit 1'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand plan" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand plan" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand plan" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand plan" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand plan" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand plan" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand plan" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand plan" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand apply" -l file -d 'The desired-state file' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand apply" -l timeout -d 'How long to watch for the effect of each guided step (30s, 5m, 2h; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand apply" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand apply" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand apply" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand apply" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand apply" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand apply" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand apply" -l skip-sandbox -d 'Change a production account although this desired state was never applied to a sandbox'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand apply" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand apply" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand apply" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand apply" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand apply" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand apply" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand apply" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand apply" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand restore" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand restore" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand restore" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand restore" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand restore" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand restore" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand restore" -l list -d 'List the backups'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand restore" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand restore" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand restore" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand restore" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand restore" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand restore" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand restore" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand restore" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand bundles" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand bundles" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand bundles" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand bundles" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand bundles" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand bundles" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand bundles" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand bundles" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand bundles" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand bundles" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand bundles" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand bundles" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand bundles" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand bundles" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand role" -l role -d 'The role [default: the profile\'s netsuite.role]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand role" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand role" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand role" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand role" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand role" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand role" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand role" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand role" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand role" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand role" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand role" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand role" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand role" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand role" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand deploy" -l record-types -d 'Record types to deploy the v2.0 script on, comma-separated (like customer,job,employee) [default: where a send script is deployed now]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand deploy" -l log-level -d 'The deployments\' log level' -r -f -a "DEBUG\t''
AUDIT\t''
ERROR\t''
EMERGENCY\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand deploy" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand deploy" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand deploy" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand deploy" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand deploy" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand deploy" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand deploy" -l include-leads -d 'Also deploy customdeploy_oa_send_lead [default: when the settings record includes leads]'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand deploy" -l include-prospects -d 'Also deploy customdeploy_oa_send_prospect [default: when the settings record includes prospects]'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand deploy" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand deploy" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand deploy" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand deploy" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand deploy" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand deploy" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand deploy" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand deploy" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand verify-order" -l record-types -d 'Only these record types, comma-separated [default: every type the v2.0 script is deployed on]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand verify-order" -l confirm -d 'Look at the Scripted Records page of this record type and record the confirmation' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand verify-order" -l evidence -d 'The evidence file confirmations are recorded in [default: the one oa-rt.toml names, else oa-rt-evidence.toml beside it]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand verify-order" -l file -d 'The desired-state file' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand verify-order" -l probe -d 'Evidence of the order\'s effect: save this record in the NetSuite UI (guided; on an emulator, through its UI surface), then compare the fields the connector maps in NetSuite with what OpenAir received. A newer value in NetSuite fails the record type and names the candidate scripts; agreement is supporting evidence, not a confirmation. TYPE:ID, like customer:1001' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand verify-order" -l timeout -d 'How long the probe waits for the record to arrive in OpenAir (30s, 5m, 2h; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand verify-order" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand verify-order" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand verify-order" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand verify-order" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand verify-order" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand verify-order" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand verify-order" -l allow-unverified -d 'Exit 0 while checks only a person can make remain (needs-check); failing checks still exit 1'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand verify-order" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand verify-order" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand verify-order" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand verify-order" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand verify-order" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand verify-order" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand verify-order" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand verify-order" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and not __fish_seen_subcommand_from show set edit help" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and not __fish_seen_subcommand_from show set edit help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and not __fish_seen_subcommand_from show set edit help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and not __fish_seen_subcommand_from show set edit help" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and not __fish_seen_subcommand_from show set edit help" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and not __fish_seen_subcommand_from show set edit help" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and not __fish_seen_subcommand_from show set edit help" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and not __fish_seen_subcommand_from show set edit help" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and not __fish_seen_subcommand_from show set edit help" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and not __fish_seen_subcommand_from show set edit help" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and not __fish_seen_subcommand_from show set edit help" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and not __fish_seen_subcommand_from show set edit help" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and not __fish_seen_subcommand_from show set edit help" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and not __fish_seen_subcommand_from show set edit help" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and not __fish_seen_subcommand_from show set edit help" -f -a "show" -d 'Show the settings record, with what is wrong and how to fix it'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and not __fish_seen_subcommand_from show set edit help" -f -a "set" -d 'Change settings: KEY=VALUE (enable, error-email, include-leads, include-prospects, openair-url, openair-db-id, suitesignon-record, soap-customer, ...). An empty value clears'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and not __fish_seen_subcommand_from show set edit help" -f -a "edit" -d 'Edit the settings in $VISUAL / $EDITOR, then review and apply the changes'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and not __fish_seen_subcommand_from show set edit help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from show" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from show" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from show" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from show" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from show" -l allow-unverified -d 'Exit 0 while checks only a person can make remain (needs-check); failing checks still exit 1'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from show" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from show" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from show" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from set" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from set" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from set" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from set" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from set" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from set" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from set" -l openair-done -d 'OpenAir\'s admin form already includes the leads/prospects being included here (the checklist does OpenAir\'s setting first); without a terminal, including them is refused until this is given'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from set" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from set" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from set" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from set" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from edit" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from edit" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from edit" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from edit" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from edit" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from edit" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from edit" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from edit" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from edit" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the settings record, with what is wrong and how to fix it'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change settings: KEY=VALUE (enable, error-email, include-leads, include-prospects, openair-url, openair-db-id, suitesignon-record, soap-customer, ...). An empty value clears'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Edit the settings in $VISUAL / $EDITOR, then review and apply the changes'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand enable" -l file -d 'The desired-state file' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand enable" -l timeout -d 'How long to watch for the certificate OpenAir uploads (30s, 5m, 2h; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand enable" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand enable" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand enable" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand enable" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand enable" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand enable" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand enable" -l allow-unverified -d 'Exit 0 while checks only a person can make remain (needs-check); failing checks still exit 1'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand enable" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand enable" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand enable" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand enable" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand enable" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand enable" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand enable" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand enable" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and not __fish_seen_subcommand_from inspect check rotate help" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and not __fish_seen_subcommand_from inspect check rotate help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and not __fish_seen_subcommand_from inspect check rotate help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and not __fish_seen_subcommand_from inspect check rotate help" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and not __fish_seen_subcommand_from inspect check rotate help" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and not __fish_seen_subcommand_from inspect check rotate help" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and not __fish_seen_subcommand_from inspect check rotate help" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and not __fish_seen_subcommand_from inspect check rotate help" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and not __fish_seen_subcommand_from inspect check rotate help" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and not __fish_seen_subcommand_from inspect check rotate help" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and not __fish_seen_subcommand_from inspect check rotate help" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and not __fish_seen_subcommand_from inspect check rotate help" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and not __fish_seen_subcommand_from inspect check rotate help" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and not __fish_seen_subcommand_from inspect check rotate help" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and not __fish_seen_subcommand_from inspect check rotate help" -f -a "inspect" -d 'What the certificate says (subject, issuer, serial, key, validity, days left, SHA-256, placeholder, signing probe, OpenAir\'s rotation window). With FILE: a local PEM, DER or PKCS#12 file, offline'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and not __fish_seen_subcommand_from inspect check rotate help" -f -a "check" -d 'Exit 0 when the certificate is valid beyond the window; 1 when it expires inside it, is missing, is the placeholder, or fails the signing probe'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and not __fish_seen_subcommand_from inspect check rotate help" -f -a "rotate" -d 'Guide "Generate new real-time import certificate" and wait until NetSuite holds a newer one that signs'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and not __fish_seen_subcommand_from inspect check rotate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from inspect" -l password-env -d 'The environment variable holding a PKCS#12 file\'s password' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from inspect" -l format -d 'How to print it' -r -f -a "text\t''
json\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from inspect" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from inspect" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from inspect" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from inspect" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from inspect" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from inspect" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from inspect" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from inspect" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from inspect" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from inspect" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from inspect" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from inspect" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from check" -l within -d 'Exit 1 when the certificate expires within DAYS (14, 14d, 2w: a plain number is days). Without it, the judgement `status` makes: warn within the desired state\'s certificate_window_days (14), fail once OpenAir\'s rotation window (one to two weeks before expiry) has passed without a new certificate' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from check" -l file -d 'The desired-state file' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from check" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from check" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from check" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from check" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from check" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from check" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from check" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from check" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from check" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from check" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l if-expiring-within -d 'Do nothing (exit 0) unless the certificate expires within DAYS (14, 14d, 2w: a plain number is days)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l timeout -d 'How long to watch for the new certificate (30s, 5m, 2h; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from rotate" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from rotate" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from rotate" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from rotate" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'What the certificate says (subject, issuer, serial, key, validity, days left, SHA-256, placeholder, signing probe, OpenAir\'s rotation window). With FILE: a local PEM, DER or PKCS#12 file, offline'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from help" -f -a "check" -d 'Exit 0 when the certificate is valid beyond the window; 1 when it expires inside it, is missing, is the placeholder, or fails the signing probe'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from help" -f -a "rotate" -d 'Guide "Generate new real-time import certificate" and wait until NetSuite holds a newer one that signs'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand cert; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and not __fish_seen_subcommand_from init status rotate help" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and not __fish_seen_subcommand_from init status rotate help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and not __fish_seen_subcommand_from init status rotate help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and not __fish_seen_subcommand_from init status rotate help" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and not __fish_seen_subcommand_from init status rotate help" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and not __fish_seen_subcommand_from init status rotate help" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and not __fish_seen_subcommand_from init status rotate help" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and not __fish_seen_subcommand_from init status rotate help" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and not __fish_seen_subcommand_from init status rotate help" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and not __fish_seen_subcommand_from init status rotate help" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and not __fish_seen_subcommand_from init status rotate help" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and not __fish_seen_subcommand_from init status rotate help" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and not __fish_seen_subcommand_from init status rotate help" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and not __fish_seen_subcommand_from init status rotate help" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and not __fish_seen_subcommand_from init status rotate help" -f -a "init" -d 'Make a key pair and a self-signed certificate NetSuite accepts for OAuth 2.0 M2M, and say where to upload it'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and not __fish_seen_subcommand_from init status rotate help" -f -a "status" -d 'The profile\'s M2M certificate, and whether NetSuite gives it a token'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and not __fish_seen_subcommand_from init status rotate help" -f -a "rotate" -d 'Replace the profile\'s M2M certificate: new key, upload, prove, switch, revoke the old one (crash-safe)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and not __fish_seen_subcommand_from init status rotate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from init" -l key -d 'ec-p256, ec-p384, rsa3072 or rsa4096' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from init" -l days -d 'Validity in days (at most 730)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from init" -l out-dir -d 'Where to write the files [default: $XDG_CONFIG_HOME/oa-rt/keys]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from init" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from init" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from init" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from init" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from init" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from init" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from init" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from init" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from init" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from init" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from init" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from status" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from status" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from status" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from status" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from status" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from status" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from status" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from status" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from status" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from rotate" -l key -d 'ec-p256, ec-p384, rsa3072 or rsa4096' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from rotate" -l days -d 'Validity in days (at most 730)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from rotate" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from rotate" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from rotate" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from rotate" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from rotate" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from rotate" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from rotate" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from rotate" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from rotate" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from rotate" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from rotate" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from rotate" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from rotate" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "init" -d 'Make a key pair and a self-signed certificate NetSuite accepts for OAuth 2.0 M2M, and say where to upload it'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'The profile\'s M2M certificate, and whether NetSuite gives it a token'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "rotate" -d 'Replace the profile\'s M2M certificate: new key, upload, prove, switch, revoke the old one (crash-safe)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand test-import" -l record -d 'TYPE:ID, like customer:1001 (customer, lead, prospect, job, employee, projecttask)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand test-import" -l timeout -d 'How long to wait for OpenAir (30s, 5m, 2h; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand test-import" -l file -d 'The desired-state file' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand test-import" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand test-import" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand test-import" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand test-import" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand test-import" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand test-import" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand test-import" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand test-import" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand test-import" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand test-import" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand test-import" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand test-import" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand test-import" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand test-import" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and not __fish_seen_subcommand_from export help" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and not __fish_seen_subcommand_from export help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and not __fish_seen_subcommand_from export help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and not __fish_seen_subcommand_from export help" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and not __fish_seen_subcommand_from export help" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and not __fish_seen_subcommand_from export help" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and not __fish_seen_subcommand_from export help" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and not __fish_seen_subcommand_from export help" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and not __fish_seen_subcommand_from export help" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and not __fish_seen_subcommand_from export help" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and not __fish_seen_subcommand_from export help" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and not __fish_seen_subcommand_from export help" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and not __fish_seen_subcommand_from export help" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and not __fish_seen_subcommand_from export help" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and not __fish_seen_subcommand_from export help" -f -a "export" -d 'Write the companion RESTlet (SuiteScript 2.1 source, SDF objects, install guide) into DIR'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and not __fish_seen_subcommand_from export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and __fish_seen_subcommand_from export" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and __fish_seen_subcommand_from export" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and __fish_seen_subcommand_from export" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and __fish_seen_subcommand_from export" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and __fish_seen_subcommand_from export" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and __fish_seen_subcommand_from export" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and __fish_seen_subcommand_from export" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and __fish_seen_subcommand_from export" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and __fish_seen_subcommand_from export" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and __fish_seen_subcommand_from export" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write the companion RESTlet (SuiteScript 2.1 source, SDF objects, install guide) into DIR'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand companion; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and not __fish_seen_subcommand_from add list show test use remove rename help" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and not __fish_seen_subcommand_from add list show test use remove rename help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and not __fish_seen_subcommand_from add list show test use remove rename help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and not __fish_seen_subcommand_from add list show test use remove rename help" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and not __fish_seen_subcommand_from add list show test use remove rename help" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and not __fish_seen_subcommand_from add list show test use remove rename help" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and not __fish_seen_subcommand_from add list show test use remove rename help" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and not __fish_seen_subcommand_from add list show test use remove rename help" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and not __fish_seen_subcommand_from add list show test use remove rename help" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and not __fish_seen_subcommand_from add list show test use remove rename help" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and not __fish_seen_subcommand_from add list show test use remove rename help" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and not __fish_seen_subcommand_from add list show test use remove rename help" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and not __fish_seen_subcommand_from add list show test use remove rename help" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and not __fish_seen_subcommand_from add list show test use remove rename help" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and not __fish_seen_subcommand_from add list show test use remove rename help" -f -a "add" -d 'Add a profile to the config file. Secrets are given as env:VARIABLE or file:PATH, never as values'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and not __fish_seen_subcommand_from add list show test use remove rename help" -f -a "list" -d 'List the profiles'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and not __fish_seen_subcommand_from add list show test use remove rename help" -f -a "show" -d 'Show a profile; secrets appear only as where they come from'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and not __fish_seen_subcommand_from add list show test use remove rename help" -f -a "test" -d 'Check that both services accept the profile\'s credentials, with each round-trip time'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and not __fish_seen_subcommand_from add list show test use remove rename help" -f -a "use" -d 'Make a profile the default: the one used when neither --profile nor OA_RT_PROFILE names one'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and not __fish_seen_subcommand_from add list show test use remove rename help" -f -a "remove" -d 'Remove a profile from the config file (asks first; --yes answers yes). Its key and secret files are left where they are, and named'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and not __fish_seen_subcommand_from add list show test use remove rename help" -f -a "rename" -d 'Rename a profile; the default follows it. Refused when NEW exists'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and not __fish_seen_subcommand_from add list show test use remove rename help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l ns-account -d 'NetSuite account id: 1234567, 1234567_SB1, 1234567_RP' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l ns-role -d 'The integration role' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l ns-auth -d 'NetSuite authentication' -r -f -a "m2m\t''
tba\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l ns-client-id -d 'M2M: the integration\'s client id' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l ns-certificate-id -d 'M2M: the certificate id of the M2M mapping (the JWT kid)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l ns-private-key-file -d 'M2M: the private key file (PEM, mode 0600)' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l ns-consumer-key -d 'TBA: consumer key, as env:VARIABLE or file:PATH' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l ns-consumer-secret -d 'TBA: consumer secret, as env:VARIABLE or file:PATH' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l ns-token-id -d 'TBA: token id, as env:VARIABLE or file:PATH' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l ns-token-secret -d 'TBA: token secret, as env:VARIABLE or file:PATH' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l ns-base-url -d 'Replace both NetSuite hosts (suitetalk and restlets) with this URL (an emulator; needs --advanced)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l ns-restlet-url -d 'The RESTlet host, as Setup > Company > Company Information > Company URLs shows it (default https://<account>.restlets.api.netsuite.com)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l oa-company -d 'OpenAir company id' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l oa-environment -d 'OpenAir environment (must match the NetSuite account: sandbox with _SB accounts)' -r -f -a "production\t''
sandbox\t''
preview\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l oa-domain -d 'OpenAir domain family' -r -f -a "openair.com\t''
netsuitesuiteprojectspro.com\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l oa-auth -d 'OpenAir authentication' -r -f -a "token\t''
login\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l oa-access-token -d 'token: the OAuth 2.0 access token, as env:VARIABLE or file:PATH' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l oa-user -d 'login: the user' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l oa-password -d 'login: the password, as env:VARIABLE or file:PATH' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l oa-namespace -d 'The XML API namespace (required with login)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l oa-api-key -d 'The XML API key, as env:VARIABLE or file:PATH (required with login)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l oa-url -d 'The OpenAir account\'s address, when it is not <company>.app[.sandbox].<domain> (the settings record gets it) [default: derived from the company id, which never replaces a different value the record holds]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l oa-db-id -d 'The value for the settings record\'s OpenAir database id [default: the company id, which never replaces a different value the record holds]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l oa-base-url -d 'Replace the OpenAir host with this URL (an emulator; needs --advanced)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l advanced -d 'Accept the emulator-only options above, which point a profile at another host than the account\'s own; a real account never needs them (`oa-rt emulator serve --add-profile NAME` writes an emulator\'s profile)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l default -d 'Make this the default profile'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l force -d 'Replace an existing profile of the same name'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from list" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from list" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from list" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from list" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from list" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from list" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from list" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from list" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from show" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from show" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from show" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from show" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from show" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from show" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from show" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from show" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from test" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from test" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from test" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from test" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from test" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from test" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from test" -l deep -d 'Also ask, read-only, every question oa-rt relies on: each SuiteQL table and column set, the settings record, each companion RESTlet action, the M2M certificate endpoints and the OpenAir reads. Each is available, refused (with the permission the role oa-rt signs in with lacks and where to grant it) or unknown (with the service\'s answer); with --json, a report to attach to a bug report. Exit 1 when something is refused or unclear'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from test" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from test" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from test" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from test" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from test" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from test" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from test" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from use" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from use" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from use" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from use" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from use" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from use" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from use" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from use" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from use" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from use" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from remove" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from remove" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from remove" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from remove" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from remove" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from remove" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from remove" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from remove" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from rename" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from rename" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from rename" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from rename" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from rename" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from rename" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from rename" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from rename" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from rename" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from rename" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from rename" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a profile to the config file. Secrets are given as env:VARIABLE or file:PATH, never as values'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the profiles'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a profile; secrets appear only as where they come from'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "test" -d 'Check that both services accept the profile\'s credentials, with each round-trip time'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the default: the one used when neither --profile nor OA_RT_PROFILE names one'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a profile from the config file (asks first; --yes answers yes). Its key and secret files are left where they are, and named'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a profile; the default follows it. Refused when NEW exists'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and not __fish_seen_subcommand_from serve scenarios ui dump reset help" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and not __fish_seen_subcommand_from serve scenarios ui dump reset help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and not __fish_seen_subcommand_from serve scenarios ui dump reset help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and not __fish_seen_subcommand_from serve scenarios ui dump reset help" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and not __fish_seen_subcommand_from serve scenarios ui dump reset help" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and not __fish_seen_subcommand_from serve scenarios ui dump reset help" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and not __fish_seen_subcommand_from serve scenarios ui dump reset help" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and not __fish_seen_subcommand_from serve scenarios ui dump reset help" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and not __fish_seen_subcommand_from serve scenarios ui dump reset help" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and not __fish_seen_subcommand_from serve scenarios ui dump reset help" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and not __fish_seen_subcommand_from serve scenarios ui dump reset help" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and not __fish_seen_subcommand_from serve scenarios ui dump reset help" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and not __fish_seen_subcommand_from serve scenarios ui dump reset help" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and not __fish_seen_subcommand_from serve scenarios ui dump reset help" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and not __fish_seen_subcommand_from serve scenarios ui dump reset help" -f -a "serve" -d 'Serve the emulator on a loopback port and print how to reach it'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and not __fish_seen_subcommand_from serve scenarios ui dump reset help" -f -a "scenarios" -d 'List the scenarios'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and not __fish_seen_subcommand_from serve scenarios ui dump reset help" -f -a "ui" -d 'Perform what only the web UIs do (bundle installs, Scripted Records order, OpenAir admin form, ...)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and not __fish_seen_subcommand_from serve scenarios ui dump reset help" -f -a "dump" -d 'Show the whole state, secrets redacted (a running emulator, or a state file)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and not __fish_seen_subcommand_from serve scenarios ui dump reset help" -f -a "reset" -d 'Put the account back in its scenario\'s starting state (credentials are kept)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and not __fish_seen_subcommand_from serve scenarios ui dump reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l scenario -d 'The account\'s starting condition' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l account -d 'Serve this NetSuite account id instead of the scenario\'s 1234567_SB1 (a production id, like 7654321, pairs it with a production OpenAir company): a second account to promote a desired state to' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l port -d 'Loopback port [default: any free port]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l state -d 'Keep the state in this SQLite file (reused when it exists)' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l add-profile -d 'Also add the served account\'s profile (M2M, its key and secret files in the credentials directory) to your config file (--config, OA_RT_CONFIG, or the default) as NAME. Refused when NAME exists there' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l credentials-dir -d 'Where to write the generated credentials and a ready config file [default: next to --state, else $XDG_STATE_HOME/oa-rt/emulator/PORT]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l clock-offset -d 'Move the emulated clock by DURATION (30d, 12h, -90m; a plain number is seconds; may be negative): tokens, signatures and certificates are judged against it, as a real service judges them against its own clock' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l latency -d 'Fault: add this many milliseconds to every answer' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l fail-rate -d 'Fault: answer this fraction of requests with HTTP 503' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l burst-429 -d 'Fault: refuse the first N requests as over the concurrency limit (REST 429, RESTlet 400 SSS_REQUEST_LIMIT_EXCEEDED)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l concurrency-limit -d 'Fault: refuse requests beyond N in flight, as NetSuite\'s account concurrency limit does' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l drop-rate -d 'Fault: drop this fraction of connections without an answer' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l fault-seed -d 'Fault: seed the random draws of --fail-rate and --drop-rate, so that sequential requests meet the same faults again (scripts/chaos passes one per trial) [default: random]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l refuse-column -d 'Fault: this account has no such SuiteQL column (TABLE.COLUMN, repeatable): queries naming it get NetSuite\'s "Unknown identifier" refusal' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l companion -d 'Which oa-rt companion RESTlet the account has: the current one (answers `observe`), an older one (1.0.0, without `observe`: oa-rt reads through SuiteQL and single actions), or none deployed' -r -f -a "current\t''
older\t''
none\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l restlet-units -d 'Fault: give each call of the companion RESTlet N governance units instead of NetSuite\'s 5,000, so that `observe` leaves deployments for later calls as it would on a very large account' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from scenarios" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from scenarios" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from scenarios" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from scenarios" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from scenarios" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from scenarios" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from scenarios" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from scenarios" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from scenarios" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from scenarios" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from scenarios" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from scenarios" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from scenarios" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from scenarios" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from ui" -l url -d 'A running emulator [default: the selected profile\'s, when it points at one]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from ui" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from ui" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from ui" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from ui" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from ui" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from ui" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from ui" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from ui" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from ui" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from ui" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from ui" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from ui" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from ui" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from ui" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from ui" -f -a "install-bundle" -d 'NetSuite: install or update a bundle (Customization > SuiteBundler > Search & Install Bundles)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from ui" -f -a "order" -d 'NetSuite: set the order on Customization > Scripting > Scripted Records > RECORD TYPE (drag the rows)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from ui" -f -a "edit-deployment" -d 'NetSuite: edit a script deployment in the UI (the UI is never refused like the API)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from ui" -f -a "set-permission" -d 'NetSuite: set a role\'s permission (Setup > Users/Roles > Manage Roles > Permissions)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from ui" -f -a "save-record" -d 'NetSuite: save a record (runs its user event scripts, and the real-time import when it applies)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from ui" -f -a "openair-admin" -d 'OpenAir: Administration > NetSuite Connector admin form boxes'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from ui" -f -a "generate-certificate" -d 'OpenAir: Administration > NetSuite Connector > Tips > "Generate new real-time import certificate"'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from ui" -f -a "scheduled-run" -d 'OpenAir: start or finish a scheduled integration run'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from ui" -f -a "clock" -d 'Move the emulated clock forward, like 30d, 12h, 90m'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from ui" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from dump" -l url -d 'A running emulator [default: the selected profile\'s, when it points at one]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from dump" -l state -d 'A state file of `emulator serve --state` (the emulator need not run)' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from dump" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from dump" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from dump" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from dump" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from dump" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from dump" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from dump" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from dump" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from dump" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from dump" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from dump" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from dump" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from dump" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from dump" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l url -d 'A running emulator [default: the selected profile\'s, when it points at one]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l state -d 'A state file of `emulator serve --state` (the emulator need not run)' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the emulator on a loopback port and print how to reach it'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "scenarios" -d 'List the scenarios'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "ui" -d 'Perform what only the web UIs do (bundle installs, Scripted Records order, OpenAir admin form, ...)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "dump" -d 'Show the whole state, secrets redacted (a running emulator, or a state file)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Put the account back in its scenario\'s starting state (credentials are kept)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand completions" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand completions" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand completions" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand completions" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand completions" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand completions" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand completions" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand completions" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand completions" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand completions" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand completions" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand completions" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand completions" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand completions" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand man" -l out-dir -d 'Write oa-rt.1 and one page per subcommand into DIR' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand man" -l profile -d 'Profile to use (a NetSuite account paired with an OpenAir company)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand man" -l config -d 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]' -r -F
complete -c oa-rt -n "__fish_oa_rt_using_subcommand man" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c oa-rt -n "__fish_oa_rt_using_subcommand man" -l emulator -d 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand man" -l lock-wait -d 'How long a command that changes an account waits for another one changing it (30s, 5m; a plain number is seconds)' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand man" -l confirmed-by -d 'Who answers for the guided steps and confirmations of this run (recorded as given), when no one answers at a terminal. A confirmation is a person\'s act: `--yes` never gives one' -r
complete -c oa-rt -n "__fish_oa_rt_using_subcommand man" -l json -d 'Print machine-readable JSON on stdout'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand man" -l yes -d 'Make changes without asking'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand man" -l dry-run -d 'Show what would change and stop'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand man" -s q -l quiet -d 'Print only results and errors'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand man" -s v -l verbose -d 'Log requests on stderr (-v requests, -vv bodies, -vvv everything); secrets are redacted'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand man" -l simulate-operator -d 'On an emulator only: perform guided steps through the emulator\'s UI surface instead of waiting for a person'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand man" -s h -l help -d 'Print help'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand man" -s V -l version -d 'Print version'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and not __fish_seen_subcommand_from setup status plan apply restore bundles role deploy verify-order settings enable cert auth test-import companion profile emulator completions man help" -f -a "setup" -d 'The interactive wizard: every step in the seed\'s order, explained, planned, applied and verified'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and not __fish_seen_subcommand_from setup status plan apply restore bundles role deploy verify-order settings enable cert auth test-import companion profile emulator completions man help" -f -a "status" -d 'Every step\'s checks in one view (exit 1 when one fails)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and not __fish_seen_subcommand_from setup status plan apply restore bundles role deploy verify-order settings enable cert auth test-import companion profile emulator completions man help" -f -a "plan" -d 'The difference between the desired state (oa-rt.toml) and the account (exit 1 on drift)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and not __fish_seen_subcommand_from setup status plan apply restore bundles role deploy verify-order settings enable cert auth test-import companion profile emulator completions man help" -f -a "apply" -d 'Make the account as the desired state says: a saved plan (refused when the account changed since), or a fresh one'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and not __fish_seen_subcommand_from setup status plan apply restore bundles role deploy verify-order settings enable cert auth test-import companion profile emulator completions man help" -f -a "restore" -d 'Put back what a change replaced, from the backups written before every change'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and not __fish_seen_subcommand_from setup status plan apply restore bundles role deploy verify-order settings enable cert auth test-import companion profile emulator completions man help" -f -a "bundles" -d 'Installed bundle versions (369637, 369630, 369619) against what the certificate-based import needs'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and not __fish_seen_subcommand_from setup status plan apply restore bundles role deploy verify-order settings enable cert auth test-import companion profile emulator completions man help" -f -a "role" -d 'The integration role\'s permissions against what the certificate-based import needs'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and not __fish_seen_subcommand_from setup status plan apply restore bundles role deploy verify-order settings enable cert auth test-import companion profile emulator completions man help" -f -a "deploy" -d 'Undeploy the SuiteScript 1.0 send script and deploy the v2.0 one as the integration needs'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and not __fish_seen_subcommand_from setup status plan apply restore bundles role deploy verify-order settings enable cert auth test-import companion profile emulator completions man help" -f -a "verify-order" -d 'Check that the send script runs after every other afterSubmit script; record what only a person can see'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and not __fish_seen_subcommand_from setup status plan apply restore bundles role deploy verify-order settings enable cert auth test-import companion profile emulator completions man help" -f -a "settings" -d 'The OpenAir SRP Integration Settings record'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and not __fish_seen_subcommand_from setup status plan apply restore bundles role deploy verify-order settings enable cert auth test-import companion profile emulator completions man help" -f -a "enable" -d 'Switch the real-time import on in OpenAir (guided) once NetSuite is ready, and verify the certificate'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and not __fish_seen_subcommand_from setup status plan apply restore bundles role deploy verify-order settings enable cert auth test-import companion profile emulator completions man help" -f -a "cert" -d 'The real-time import certificate (custcertificate_oa_realtime), or a local certificate file'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and not __fish_seen_subcommand_from setup status plan apply restore bundles role deploy verify-order settings enable cert auth test-import companion profile emulator completions man help" -f -a "auth" -d 'oa-rt\'s own NetSuite OAuth 2.0 M2M credential'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and not __fish_seen_subcommand_from setup status plan apply restore bundles role deploy verify-order settings enable cert auth test-import companion profile emulator completions man help" -f -a "test-import" -d 'Save a record in NetSuite and watch it arrive in OpenAir: the end-to-end check'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and not __fish_seen_subcommand_from setup status plan apply restore bundles role deploy verify-order settings enable cert auth test-import companion profile emulator completions man help" -f -a "companion" -d 'The companion RESTlet oa-rt needs in the NetSuite account'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and not __fish_seen_subcommand_from setup status plan apply restore bundles role deploy verify-order settings enable cert auth test-import companion profile emulator completions man help" -f -a "profile" -d 'Connection profiles: one NetSuite account paired with one OpenAir company'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and not __fish_seen_subcommand_from setup status plan apply restore bundles role deploy verify-order settings enable cert auth test-import companion profile emulator completions man help" -f -a "emulator" -d 'The local emulator of a NetSuite account and an OpenAir company'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and not __fish_seen_subcommand_from setup status plan apply restore bundles role deploy verify-order settings enable cert auth test-import companion profile emulator completions man help" -f -a "completions" -d 'Print shell completions'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and not __fish_seen_subcommand_from setup status plan apply restore bundles role deploy verify-order settings enable cert auth test-import companion profile emulator completions man help" -f -a "man" -d 'Print the man page, or write every page to a directory'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and not __fish_seen_subcommand_from setup status plan apply restore bundles role deploy verify-order settings enable cert auth test-import companion profile emulator completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "show" -d 'Show the settings record, with what is wrong and how to fix it'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "set" -d 'Change settings: KEY=VALUE (enable, error-email, include-leads, include-prospects, openair-url, openair-db-id, suitesignon-record, soap-customer, ...). An empty value clears'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "edit" -d 'Edit the settings in $VISUAL / $EDITOR, then review and apply the changes'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and __fish_seen_subcommand_from cert" -f -a "inspect" -d 'What the certificate says (subject, issuer, serial, key, validity, days left, SHA-256, placeholder, signing probe, OpenAir\'s rotation window). With FILE: a local PEM, DER or PKCS#12 file, offline'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and __fish_seen_subcommand_from cert" -f -a "check" -d 'Exit 0 when the certificate is valid beyond the window; 1 when it expires inside it, is missing, is the placeholder, or fails the signing probe'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and __fish_seen_subcommand_from cert" -f -a "rotate" -d 'Guide "Generate new real-time import certificate" and wait until NetSuite holds a newer one that signs'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "init" -d 'Make a key pair and a self-signed certificate NetSuite accepts for OAuth 2.0 M2M, and say where to upload it'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'The profile\'s M2M certificate, and whether NetSuite gives it a token'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "rotate" -d 'Replace the profile\'s M2M certificate: new key, upload, prove, switch, revoke the old one (crash-safe)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and __fish_seen_subcommand_from companion" -f -a "export" -d 'Write the companion RESTlet (SuiteScript 2.1 source, SDF objects, install guide) into DIR'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "add" -d 'Add a profile to the config file. Secrets are given as env:VARIABLE or file:PATH, never as values'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List the profiles'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show a profile; secrets appear only as where they come from'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "test" -d 'Check that both services accept the profile\'s credentials, with each round-trip time'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "use" -d 'Make a profile the default: the one used when neither --profile nor OA_RT_PROFILE names one'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "remove" -d 'Remove a profile from the config file (asks first; --yes answers yes). Its key and secret files are left where they are, and named'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "rename" -d 'Rename a profile; the default follows it. Refused when NEW exists'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "serve" -d 'Serve the emulator on a loopback port and print how to reach it'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "scenarios" -d 'List the scenarios'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "ui" -d 'Perform what only the web UIs do (bundle installs, Scripted Records order, OpenAir admin form, ...)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "dump" -d 'Show the whole state, secrets redacted (a running emulator, or a state file)'
complete -c oa-rt -n "__fish_oa_rt_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "reset" -d 'Put the account back in its scenario\'s starting state (credentials are kept)'
