//! The revision of the knowledge: a digest of every data file (`assets/*.toml`) and every
//! translation (`i18n/*/*.ftl`) the binary embeds, which `--version` prints. Two builds print the
//! same revision exactly when they explain with the same data and words; no git is needed. The
//! build script computes it with this same file.

/// The files the digest covers, relative to the crate's root, in the order it reads them.
pub fn files(root: &std::path::Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(root.join("assets"))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "toml") {
            files.push(path);
        }
    }
    for lang in std::fs::read_dir(root.join("i18n"))? {
        let lang = lang?.path();
        if !lang.is_dir() {
            continue;
        }
        for entry in std::fs::read_dir(&lang)? {
            let path = entry?.path();
            if path.extension().is_some_and(|e| e == "ftl") {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// FNV-1a (64 bits) over each file's path below `root` and its bytes: 16 hex digits.
pub fn digest(root: &std::path::Path, files: &[std::path::PathBuf]) -> std::io::Result<String> {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    for path in files {
        let name = path.strip_prefix(root).unwrap_or(path);
        feed(name.to_string_lossy().replace('\\', "/").as_bytes());
        feed(&[0]);
        let bytes = std::fs::read(path)?;
        feed(&(bytes.len() as u64).to_le_bytes());
        feed(&bytes);
    }
    Ok(format!("{hash:016x}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_binary_names_the_revision_of_the_files_it_embeds() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let files = files(root).unwrap();
        assert!(files.len() >= 5 + 5 * 7, "{files:?}");
        assert_eq!(
            digest(root, &files).unwrap(),
            crate::cli::help::KNOWLEDGE_REVISION
        );
    }

    #[test]
    fn a_changed_byte_changes_the_revision() {
        let dir = std::env::temp_dir().join(format!("mailwiz-revision-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("assets")).unwrap();
        std::fs::create_dir_all(dir.join("i18n/en")).unwrap();
        std::fs::write(dir.join("assets/codes.toml"), "a").unwrap();
        std::fs::write(dir.join("i18n/en/ui.ftl"), "x = 1").unwrap();
        let before = digest(&dir, &files(&dir).unwrap()).unwrap();
        std::fs::write(dir.join("i18n/en/ui.ftl"), "x = 2").unwrap();
        let after = digest(&dir, &files(&dir).unwrap()).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_ne!(before, after);
    }
}
