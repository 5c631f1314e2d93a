//! The committed completions and man pages match what the binary generates now.
//! Regenerate with:  bash scripts/generate-assets

use crate::common::Env;

const SHELLS: [(&str, &str); 5] = [
    ("bash", "oa-rt.bash"),
    ("zsh", "_oa-rt"),
    ("fish", "oa-rt.fish"),
    ("elvish", "oa-rt.elv"),
    ("powershell", "_oa-rt.ps1"),
];

fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn completions_are_current() {
    let env = Env::new();
    for (shell, file) in SHELLS {
        let run = env.run(&["completions", shell]);
        assert_eq!(run.code, 0, "{run:?}");
        let committed = std::fs::read_to_string(root().join("completions").join(file))
            .unwrap_or_else(|_| {
                panic!("completions/{file} missing: run bash scripts/generate-assets")
            });
        assert!(
            committed == run.stdout,
            "completions/{file} is stale: run bash scripts/generate-assets"
        );
    }
}

#[test]
fn man_pages_are_current() {
    let env = Env::new();
    let out = env.path().join("man");
    let run = env.run(&["man", "--out-dir", &out.display().to_string()]);
    assert_eq!(run.code, 0, "{run:?}");
    let mut generated: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    generated.sort();
    let mut committed: Vec<String> = std::fs::read_dir(root().join("man"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    committed.sort();
    assert_eq!(
        generated, committed,
        "man/ has other pages than the binary makes: run bash scripts/generate-assets"
    );
    for name in generated {
        let new = std::fs::read_to_string(out.join(&name)).unwrap();
        let old = std::fs::read_to_string(root().join("man").join(&name)).unwrap();
        assert!(
            new == old,
            "man/{name} is stale: run bash scripts/generate-assets"
        );
    }
    let page = std::fs::read_to_string(root().join("man/oa-rt.1")).unwrap();
    assert!(
        page.contains("Exit codes"),
        "the man page documents the exit codes"
    );
}
