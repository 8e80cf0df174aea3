//! The tag lists of DMARC (RFC 7489 §6.4) and DKIM key records (RFC 6376 §3.6.1):
//! `name=value` pairs separated by semicolons.

/// The tags of a record, in order, names lowercased and values trimmed; `None` when a part is no
/// `name=value` pair.
pub fn parse(text: &str) -> Option<Vec<(String, String)>> {
    let mut tags = Vec::new();
    for part in text.split(';') {
        let part = part.trim_matches([' ', '\t', '\r', '\n']);
        if part.is_empty() {
            continue;
        }
        let (name, value) = part.split_once('=')?;
        let name = name.trim();
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
            return None;
        }
        tags.push((name.to_ascii_lowercase(), value.trim().to_string()));
    }
    Some(tags)
}

/// The value of a tag.
pub fn get<'a>(tags: &'a [(String, String)], name: &str) -> Option<&'a str> {
    tags.iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}
