//! Decodes the embedded data files (`assets/*.toml`) at build time and writes them as JSON into
//! OUT_DIR, where `src/knowledge` embeds them: `serde_json` reads them several times faster than
//! the TOML parser, which was most of the cost of `mailwiz explain 550`. The TOML stays the source
//! and is embedded too, for the lines of error messages; loading still checks everything, and a
//! test makes sure the JSON says what the TOML says. A file that does not decode fails the build.

#![allow(dead_code)]

#[path = "src/smtp.rs"]
mod smtp;

#[path = "src/knowledge/raw.rs"]
mod raw;

#[path = "src/revision.rs"]
mod revision;

use std::path::Path;

fn convert<T: serde::de::DeserializeOwned + serde::Serialize>(name: &str, out: &Path) {
    let source = format!("assets/{name}.toml");
    println!("cargo::rerun-if-changed={source}");
    let text = std::fs::read_to_string(&source).unwrap_or_else(|e| panic!("{source}: {e}"));
    let value: T = toml::from_str(&text).unwrap_or_else(|e| panic!("{source}: {e}"));
    let json = serde_json::to_string(&value).unwrap_or_else(|e| panic!("{source}: {e}"));
    let target = out.join(format!("{name}.json"));
    std::fs::write(&target, json).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
}

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=src/smtp.rs");
    println!("cargo::rerun-if-changed=src/knowledge/raw.rs");
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    convert::<raw::RawFlow>("flow", out);
    convert::<raw::RawCodes>("codes", out);
    convert::<raw::RawPatterns>("patterns", out);
    convert::<raw::RawEnhanced>("enhanced", out);
    // The knowledge's revision, for --version: every data file and translation.
    println!("cargo::rerun-if-changed=src/revision.rs");
    println!("cargo::rerun-if-changed=assets");
    println!("cargo::rerun-if-changed=i18n");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = revision::files(root).expect("assets/ and i18n/ are readable");
    for f in &files {
        println!("cargo::rerun-if-changed={}", f.display());
    }
    let digest = revision::digest(root, &files).expect("assets/ and i18n/ are readable");
    println!("cargo::rustc-env=MAILWIZ_KNOWLEDGE={digest}");
}
