//! DKIM key records (RFC 6376 §3.6.1) at `selector._domainkey.domain`.

use base64::Engine;

use super::tags;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    /// An RSA key of this many bits.
    Rsa(usize),
    Ed25519,
    /// `p=` empty: the key was revoked (RFC 6376 §3.6.1).
    Revoked,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub key: Key,
    /// `t=y`: the domain is testing DKIM, and receivers treat failures as unsigned.
    pub testing: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyntaxError {
    /// Not a tag list, or a `v=` that is not `DKIM1` or not first.
    NotDkim,
    /// No `p=` tag.
    NoKey,
    /// A key type other than rsa and ed25519.
    KeyType(String),
    /// `p=` is not base64, or not a key of its type.
    BadKey,
}

pub fn parse(text: &str) -> Result<Record, SyntaxError> {
    let tags = tags::parse(text).ok_or(SyntaxError::NotDkim)?;
    if let Some(i) = tags.iter().position(|(n, _)| n == "v")
        && (i != 0 || tags[0].1 != "DKIM1")
    {
        return Err(SyntaxError::NotDkim);
    }
    let kind = tags::get(&tags, "k").unwrap_or("rsa").to_ascii_lowercase();
    let p: String = tags::get(&tags, "p")
        .ok_or(SyntaxError::NoKey)?
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let testing = tags::get(&tags, "t").is_some_and(|t| t.split(':').any(|f| f.trim() == "y"));
    let key = if p.is_empty() {
        Key::Revoked
    } else {
        let der = base64::engine::general_purpose::STANDARD
            .decode(p.as_bytes())
            .map_err(|_| SyntaxError::BadKey)?;
        match kind.as_str() {
            "rsa" => Key::Rsa(rsa_bits(&der).ok_or(SyntaxError::BadKey)?),
            "ed25519" if der.len() == 32 => Key::Ed25519,
            "ed25519" => return Err(SyntaxError::BadKey),
            other => return Err(SyntaxError::KeyType(other.to_string())),
        }
    };
    Ok(Record { key, testing })
}

/// The size of an RSA key's modulus, from its DER: a SubjectPublicKeyInfo, as RFC 6376 asks, or
/// a bare RSAPublicKey, which signers also publish and verifiers accept.
fn rsa_bits(der: &[u8]) -> Option<usize> {
    let (tag, body, _) = tlv(der)?;
    if tag != 0x30 {
        return None;
    }
    let (first, first_body, rest) = tlv(body)?;
    let key = if first == 0x30 {
        // SubjectPublicKeyInfo: the algorithm, then a BIT STRING holding the RSAPublicKey.
        let (bits, bits_body, _) = tlv(rest)?;
        if bits != 0x03 || bits_body.first() != Some(&0) {
            return None;
        }
        let (seq, seq_body, _) = tlv(&bits_body[1..])?;
        (seq == 0x30).then_some(seq_body)?
    } else {
        let _ = first_body;
        body
    };
    let (int, modulus, _) = tlv(key)?;
    if int != 0x02 {
        return None;
    }
    let modulus = match modulus.iter().position(|b| *b != 0) {
        Some(i) => &modulus[i..],
        None => return None,
    };
    Some(modulus.len() * 8 - modulus[0].leading_zeros() as usize)
}

/// One DER element: tag, contents, and what follows.
fn tlv(der: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, rest) = der.split_first()?;
    let (&len, rest) = rest.split_first()?;
    let (len, rest) = if len < 0x80 {
        (len as usize, rest)
    } else {
        let n = (len & 0x7f) as usize;
        if n == 0 || n > 4 || rest.len() < n {
            return None;
        }
        let len = rest[..n].iter().fold(0usize, |a, b| (a << 8) | *b as usize);
        (len, &rest[n..])
    };
    (rest.len() >= len).then(|| (tag, &rest[..len], &rest[len..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 1024-bit RSA key as SubjectPublicKeyInfo, in the form signers publish.
    const RSA_1024: &str = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDBBwQ0etqbuq96gvRdpmWUckwLnU/xQNVVCrQuHSf445eRwhTLuP2gQ61kl8CAb5I2a17Nl3QnZ2C5BwjaWtRZRhcTevxmAFP0ywDI1mOVMiE6nmpepUquC6l+zlt6bQf4ZVxPzxFt1qRDGRt5VMaFsDMlFBid8MqeUnElZzJyGwIDAQAB";

    #[test]
    fn reads_the_size_of_an_rsa_key() {
        let r = parse(&format!("v=DKIM1; k=rsa; p={RSA_1024}")).unwrap();
        assert_eq!(r.key, Key::Rsa(1024));
        assert!(!r.testing);
    }

    #[test]
    fn an_empty_key_is_revoked_and_t_y_is_testing() {
        let r = parse("v=DKIM1; t=y; p=").unwrap();
        assert_eq!(r.key, Key::Revoked);
        assert!(r.testing);
    }

    #[test]
    fn rejects_broken_records() {
        assert_eq!(
            parse("k=rsa; v=DKIM1; p=").unwrap_err(),
            SyntaxError::NotDkim
        );
        assert_eq!(parse("v=DKIM1; k=rsa").unwrap_err(), SyntaxError::NoKey);
        assert_eq!(parse("v=DKIM1; p=!!!").unwrap_err(), SyntaxError::BadKey);
        assert_eq!(parse("v=DKIM1; p=AAAA").unwrap_err(), SyntaxError::BadKey);
        assert_eq!(
            parse(&format!("v=DKIM1; k=dsa; p={RSA_1024}")).unwrap_err(),
            SyntaxError::KeyType("dsa".into())
        );
    }

    #[test]
    fn a_key_split_by_spaces_still_reads() {
        let (a, b) = RSA_1024.split_at(100);
        assert_eq!(parse(&format!("p={a} {b}")).unwrap().key, Key::Rsa(1024));
    }
}
