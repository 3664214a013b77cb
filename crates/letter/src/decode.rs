//! Raw bytes -> text.
//!
//! Letters arrive as UTF-8 from most PDF-to-text tools, but some tools (and
//! some hand-edited copies) leave Windows-1252 bytes such as a curly
//! apostrophe `0x92`. A file that is not valid UTF-8 is decoded as
//! Windows-1252, which maps every byte to a character, so nothing is lost;
//! the record gets a warning saying so.

use std::borrow::Cow;

/// Decoded text plus a warning when the bytes were not UTF-8.
#[derive(Debug)]
pub struct Decoded<'a> {
    /// The letter's text.
    pub text: Cow<'a, str>,
    /// Set when the text was decoded as Windows-1252.
    pub warning: Option<String>,
}

/// Decodes a letter file's bytes: UTF-8 (a BOM is dropped), else Windows-1252.
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Decoded {
            text: Cow::Borrowed(s),
            warning: None,
        },
        Err(e) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            let non_ascii = bytes.iter().filter(|b| !b.is_ascii()).count();
            Decoded {
                text,
                warning: Some(crate::warning::encoding(e.valid_up_to(), non_ascii)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_borrowed() {
        let d = decode("caf\u{e9}".as_bytes());
        assert!(matches!(d.text, Cow::Borrowed("caf\u{e9}")));
        assert!(d.warning.is_none());
    }

    #[test]
    fn cp1252_apostrophe() {
        let d = decode(b"the patient\x92s knee");
        assert_eq!(d.text, "the patient\u{2019}s knee");
        let w = d.warning.unwrap();
        assert!(w.contains("Windows-1252"), "{w}");
        assert!(w.contains("offset 11"), "{w}");
    }

    #[test]
    fn bom_dropped() {
        assert_eq!(decode(b"\xEF\xBB\xBFabc").text, "abc");
    }
}
