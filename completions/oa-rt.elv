
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
            cand bundles 'Installed bundle versions (369637, 369630, 369619) against what the certificate-based import needs'
            cand profile 'Connection profiles: one NetSuite account paired with one OpenAir company'
            cand emulator 'The local emulator of a NetSuite account and an OpenAir company'
            cand completions 'Print shell completions'
            cand man 'Print the man page, or write every page to a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oa-rt;bundles'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
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
        &'oa-rt;profile'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
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
            cand --ns-base-url 'Replace both NetSuite hosts (suitetalk and restlets) with this URL (the emulator)'
            cand --oa-company 'OpenAir company id'
            cand --oa-environment 'OpenAir environment (must match the NetSuite account: sandbox with _SB accounts)'
            cand --oa-domain 'OpenAir domain family'
            cand --oa-auth 'OpenAir authentication'
            cand --oa-access-token 'token: the OAuth 2.0 access token, as env:VARIABLE or file:PATH'
            cand --oa-user 'login: the user'
            cand --oa-password 'login: the password, as env:VARIABLE or file:PATH'
            cand --oa-namespace 'The XML API namespace (required with login)'
            cand --oa-api-key 'The XML API key, as env:VARIABLE or file:PATH (required with login)'
            cand --oa-base-url 'Replace the OpenAir host with this URL (the emulator)'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
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
        &'oa-rt;profile;help;help'= {
        }
        &'oa-rt;emulator'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
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
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oa-rt;emulator;serve'= {
            cand --scenario 'The account''s starting condition'
            cand --port 'Loopback port [default: any free port]'
            cand --state 'Keep the state in this SQLite file (reused when it exists)'
            cand --credentials-dir 'Where to write the generated credentials and a ready config file [default: next to --state, else $XDG_STATE_HOME/oa-rt/emulator/PORT]'
            cand --clock-offset 'Move the emulated clock by SECONDS (may be negative): tokens, signatures and certificates are judged against it, as a real service judges them against its own clock'
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
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
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oa-rt;emulator;help;serve'= {
        }
        &'oa-rt;emulator;help;scenarios'= {
        }
        &'oa-rt;emulator;help;help'= {
        }
        &'oa-rt;completions'= {
            cand --profile 'Profile to use (a NetSuite account paired with an OpenAir company)'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/oa-rt/config.toml]'
            cand --color 'When to use colour'
            cand --emulator 'Run against a fresh embedded emulator of NetSuite and OpenAir [default scenario: upgrade]'
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
            cand bundles 'Installed bundle versions (369637, 369630, 369619) against what the certificate-based import needs'
            cand profile 'Connection profiles: one NetSuite account paired with one OpenAir company'
            cand emulator 'The local emulator of a NetSuite account and an OpenAir company'
            cand completions 'Print shell completions'
            cand man 'Print the man page, or write every page to a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oa-rt;help;bundles'= {
        }
        &'oa-rt;help;profile'= {
            cand add 'Add a profile to the config file. Secrets are given as env:VARIABLE or file:PATH, never as values'
            cand list 'List the profiles'
            cand show 'Show a profile; secrets appear only as where they come from'
            cand test 'Check that both services accept the profile''s credentials, with each round-trip time'
        }
        &'oa-rt;help;profile;add'= {
        }
        &'oa-rt;help;profile;list'= {
        }
        &'oa-rt;help;profile;show'= {
        }
        &'oa-rt;help;profile;test'= {
        }
        &'oa-rt;help;emulator'= {
            cand serve 'Serve the emulator on a loopback port and print how to reach it'
            cand scenarios 'List the scenarios'
        }
        &'oa-rt;help;emulator;serve'= {
        }
        &'oa-rt;help;emulator;scenarios'= {
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
