//! Two-word terms ("shingles") for the text fields searched by default.
//!
//! A phrase query reads the positions of every document holding all its
//! words; for the phrases this corpus is full of ("medically necessary",
//! "functional improvement") that is most of the index. The `*_pairs` fields
//! index each two adjacent words as one term ("medically necessary"), so a
//! two-word phrase is a single term lookup and a longer one a phrase of
//! pairs, matching exactly the documents the word phrase matches (the
//! trade Elasticsearch makes with `index_phrases`): more index, much less
//! reading at query time.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

use super::words::{next_word, push_lower, MAX_WORD_BYTES};

/// Name under which [`PairTokenizer`] is registered.
pub const PAIR_ANALYZER: &str = "imr_pairs";

/// The pair term of two analyzed words.
pub fn pair_term(first: &str, second: &str) -> String {
    let mut s = String::with_capacity(first.len() + 1 + second.len());
    s.push_str(first);
    s.push(' ');
    s.push_str(second);
    s
}

/// Splits text as the word analyzer does and emits one token per two
/// adjacent words, at the first word's position. A word the analyzer drops
/// (over-long) breaks the chain, just as it breaks a word phrase.
#[derive(Clone, Default)]
pub struct PairTokenizer;

/// The pairs of one text, made as the words stream past. The token's text
/// is "previous current"; the next pair keeps the current word's half and
/// appends the next word, so each word is lower-cased once and a pair costs
/// no allocation.
pub struct PairStream<'a> {
    text: &'a str,
    /// Where the next word search starts.
    at: usize,
    /// Position of the next word read (dropped words count).
    next_position: usize,
    /// The last kept word: its position, start offset, and the length of
    /// its lower-cased form, which ends `pair.text`.
    prev: Option<(usize, usize, usize)>,
    pair: Token,
}

impl Tokenizer for PairTokenizer {
    type TokenStream<'a> = PairStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> PairStream<'a> {
        PairStream {
            text,
            at: 0,
            next_position: 0,
            prev: None,
            pair: Token::default(),
        }
    }
}

impl TokenStream for PairStream<'_> {
    fn advance(&mut self) -> bool {
        while let Some((start, end, ascii)) = next_word(self.text, self.at) {
            self.at = end;
            let position = self.next_position;
            self.next_position += 1;
            if end - start >= MAX_WORD_BYTES {
                self.prev = None;
                continue;
            }
            let text = &mut self.pair.text;
            let paired = match self.prev {
                Some((prev_position, prev_start, prev_len)) => {
                    text.drain(..text.len() - prev_len);
                    text.push(' ');
                    self.pair.position = prev_position;
                    self.pair.offset_from = prev_start;
                    self.pair.offset_to = end;
                    self.pair.position_length = 1;
                    true
                }
                None => {
                    text.clear();
                    false
                }
            };
            let before = text.len();
            push_lower(text, &self.text[start..end], ascii);
            self.prev = Some((position, start, text.len() - before));
            if paired {
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        &self.pair
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.pair
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::words::testing;

    fn pairs(text: &str) -> Vec<(String, usize)> {
        full_pairs(text)
            .into_iter()
            .map(|(t, p, _, _)| (t, p))
            .collect()
    }

    type Seen = Vec<(String, usize, usize, usize)>;

    fn full_pairs(text: &str) -> Seen {
        let mut t = PairTokenizer;
        let mut stream = t.token_stream(text);
        let pairs = testing::tokens(&mut stream);
        pairs
            .into_iter()
            .map(|(t, p, a, b, _)| (t, p, a, b))
            .collect()
    }

    /// Pairs made from tantivy's own word chain, token by token.
    fn reference(text: &str) -> Seen {
        testing::reference(text)
            .windows(2)
            .filter(|w| w[0].1 + 1 == w[1].1)
            .map(|w| (pair_term(&w[0].0, &w[1].0), w[0].1, w[0].2, w[1].3))
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn pairs_are_the_word_chain_s_adjacent_words(
            s in "([A-Za-z0-9]{1,45}|[ .,;:\\-\n]|É|ß|İ|Σ|\u{2003}){0,60}"
        ) {
            proptest::prop_assert_eq!(full_pairs(&s), reference(&s));
        }
    }

    #[test]
    fn adjacent_words_pair_up_at_the_first_position() {
        assert_eq!(
            pairs("Medically\nNECESSARY, not so."),
            vec![
                ("medically necessary".into(), 0),
                ("necessary not".into(), 1),
                ("not so".into(), 2)
            ]
        );
        assert!(pairs("one").is_empty());
        assert!(pairs("").is_empty());
    }

    #[test]
    fn a_dropped_word_breaks_the_chain() {
        assert_eq!(
            pairs("a verylongwordindeedfarlongerthanfortybytes b c"),
            vec![("b c".into(), 2)]
        );
    }
}
