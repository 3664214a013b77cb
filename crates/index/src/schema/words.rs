//! What a word is: the one place that splits text into the analyzer's words.
//!
//! The text analyzer ([`WordTokenizer`]) gives exactly the tokens of
//! tantivy's `SimpleTokenizer` -> `RemoveLongFilter::limit(40)` ->
//! `LowerCaser` chain (a test holds it to that on arbitrary text), in one
//! pass and one token buffer instead of three boxed streams. Indexing spends
//! a tenth of its time in the analyzer, and the letters are nearly all
//! ASCII, so bytes are classified through a table and only a non-ASCII byte
//! decodes its character. [`next_word`] is the same split for code that
//! needs word spans without tokens (`letter_text`).

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// Words of this many bytes or more (before lower-casing) are dropped, as
/// `RemoveLongFilter::limit(40)` drops them: long runs are pasted tables,
/// hashes and OCR debris, not words anyone searches for. A dropped word
/// still takes its position, so a phrase never matches across it.
pub const MAX_WORD_BYTES: usize = 40;

/// Byte classes: 0 = ASCII separator, 1 = ASCII letter or digit,
/// 2 = part of a non-ASCII character (decode to decide).
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c >= 0x80 {
            2
        } else if c.is_ascii_alphanumeric() {
            1
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Whether `b` is an ASCII letter or digit (a table lookup: the hot loops
/// that compare words byte by byte use it).
#[inline]
pub fn is_ascii_word_byte(b: u8) -> bool {
    CLASS[usize::from(b)] == 1
}

/// Whether the character starting at byte `i` (a character boundary) is a
/// word character, and its length in bytes.
#[inline]
fn class_at(text: &str, i: usize) -> (bool, usize) {
    let bytes = text.as_bytes();
    match CLASS[usize::from(bytes[i])] {
        0 => (false, 1),
        1 => (true, 1),
        _ => match text.get(i..).and_then(|t| t.chars().next()) {
            Some(c) => (c.is_alphanumeric(), c.len_utf8()),
            // Not reached for a boundary of a `str`; treat as a separator.
            None => (false, 1),
        },
    }
}

/// The first word at or after byte `from` (a character boundary): its byte
/// span and whether it is all ASCII. Words are maximal runs of alphanumeric
/// characters (`char::is_alphanumeric`), as `SimpleTokenizer` splits them.
#[inline]
pub fn next_word(text: &str, from: usize) -> Option<(usize, usize, bool)> {
    let bytes = text.as_bytes();
    let run = |from: usize, class: u8| {
        bytes.get(from..).map_or(0, |rest| {
            rest.iter()
                .take_while(|&&b| CLASS[usize::from(b)] == class)
                .count()
        })
    };
    // Skip separators: ASCII ones in a tight run, others decoded.
    let mut i = from;
    let start = loop {
        i += run(i, 0);
        if i >= bytes.len() {
            return None;
        }
        let (word, len) = class_at(text, i);
        if word {
            break i;
        }
        i += len;
    };
    let mut ascii = true;
    loop {
        i += run(i, 1);
        if i >= bytes.len() || CLASS[usize::from(bytes[i])] == 0 {
            break;
        }
        let (word, len) = class_at(text, i);
        if !word {
            break;
        }
        ascii = false;
        i += len;
    }
    Some((start, i, ascii))
}

/// Appends `word` lower-cased to `out`: ASCII by table, anything else by
/// `char::to_lowercase` (no final-sigma rule, as tantivy's `LowerCaser`).
#[inline]
pub fn push_lower(out: &mut String, word: &str, ascii: bool) {
    if ascii {
        // Copying and lower-casing in one loop is a third of the cost of a
        // copy call and a second pass over a word this short.
        // SAFETY: `word` is ASCII, and ASCII lower-cases to ASCII, so only
        // ASCII bytes are appended and `out` stays UTF-8.
        unsafe { out.as_mut_vec() }.extend(word.bytes().map(|b| b.to_ascii_lowercase()));
    } else {
        for c in word.chars() {
            out.extend(c.to_lowercase());
        }
    }
}

/// The text analyzer: words, over-long ones dropped, lower-cased.
#[derive(Clone, Default)]
pub struct WordTokenizer {
    token: Token,
}

/// The words of one text.
pub struct WordStream<'a> {
    text: &'a str,
    at: usize,
    token: &'a mut Token,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordStream<'a> {
        self.token.reset();
        WordStream {
            text,
            at: 0,
            token: &mut self.token,
        }
    }
}

impl TokenStream for WordStream<'_> {
    fn advance(&mut self) -> bool {
        while let Some((start, end, ascii)) = next_word(self.text, self.at) {
            self.at = end;
            // Positions count every word, kept or not (`reset` starts them
            // at usize::MAX, so the first word is 0).
            self.token.position = self.token.position.wrapping_add(1);
            if end - start >= MAX_WORD_BYTES {
                continue;
            }
            self.token.text.clear();
            push_lower(&mut self.token.text, &self.text[start..end], ascii);
            self.token.offset_from = start;
            self.token.offset_to = end;
            return true;
        }
        false
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// Token lists for tests: ours, and those of the tantivy chain the word
/// analyzer replaces (the pair tests compare against it too).
#[cfg(test)]
pub(crate) mod testing {
    use super::*;
    use tantivy::tokenizer::{LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer};

    /// Text, position, start and end offsets, position length.
    pub type Seen = Vec<(String, usize, usize, usize, usize)>;

    pub fn tokens(stream: &mut dyn TokenStream) -> Seen {
        let mut out = Vec::new();
        while stream.advance() {
            let t = stream.token();
            out.push((
                t.text.clone(),
                t.position,
                t.offset_from,
                t.offset_to,
                t.position_length,
            ));
        }
        out
    }

    /// The chain this tokenizer replaces, as tantivy builds it.
    pub fn reference(text: &str) -> Seen {
        let mut chain = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(MAX_WORD_BYTES))
            .filter(LowerCaser)
            .build();
        let mut stream = chain.token_stream(text);
        tokens(&mut stream)
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{reference, tokens, Seen};
    use super::*;
    use proptest::prelude::*;

    fn ours(text: &str) -> Seen {
        let mut t = WordTokenizer::default();
        let mut stream = t.token_stream(text);
        tokens(&mut stream)
    }

    #[test]
    fn splits_lowers_and_drops_like_the_chain() {
        let text = "The Patient's MRI (2014-03-05) showed L4-5 stenosis; \
                    ÉTAT Straße ΣΑΣ 12ab\u{00a0}x aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa y";
        let got = ours(text);
        assert_eq!(got, reference(text));
        let words: Vec<&str> = got.iter().map(|t| t.0.as_str()).collect();
        assert_eq!(
            words,
            [
                "the", "patient", "s", "mri", "2014", "03", "05", "showed", "l4", "5", "stenosis",
                "état", "straße", "σασ", "12ab", "x", "y"
            ]
        );
        // The dropped 44-letter run still takes position 16.
        assert_eq!(got.last().map(|t| t.1), Some(17));
    }

    #[test]
    fn a_stream_reused_starts_again_at_position_zero() {
        let mut t = WordTokenizer::default();
        assert_eq!(tokens(&mut t.token_stream("a b")).len(), 2);
        let again = tokens(&mut t.token_stream("c"));
        assert_eq!(again, vec![("c".to_string(), 0, 0, 1, 1)]);
    }

    proptest! {
        #[test]
        fn any_text_gives_the_chain_s_tokens(s in "\\PC{0,200}") {
            prop_assert_eq!(ours(&s), reference(&s));
        }

        #[test]
        fn letter_like_text_gives_the_chain_s_tokens(
            s in "([A-Za-z0-9]{1,45}|[ .,;:()\\-\n]|é|ß|İ|Σ|\u{2003}|٣){0,80}"
        ) {
            prop_assert_eq!(ours(&s), reference(&s));
        }
    }
}
