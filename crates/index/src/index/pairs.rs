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

use super::words::{WordStream, WordTokenizer};

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

/// Runs the word analyzer and emits one token per two adjacent words, at
/// the first word's position. Words are adjacent when their positions are
/// consecutive: a word the analyzer dropped (over-long) breaks the chain,
/// just as it breaks a word phrase.
#[derive(Clone, Default)]
pub struct PairTokenizer {
    words: WordTokenizer,
}

/// The pairs of one text, made as the words stream past: one token whose
/// text buffer is reused, so a pair costs no allocation.
pub struct PairStream<'a> {
    words: WordStream<'a>,
    /// Position and start offset of the previous word.
    prev: Option<(usize, usize)>,
    prev_text: String,
    pair: Token,
}

impl Tokenizer for PairTokenizer {
    type TokenStream<'a> = PairStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> PairStream<'a> {
        PairStream {
            words: self.words.token_stream(text),
            prev: None,
            prev_text: String::new(),
            pair: Token::default(),
        }
    }
}

impl TokenStream for PairStream<'_> {
    fn advance(&mut self) -> bool {
        while self.words.advance() {
            let word = self.words.token();
            let paired = match self.prev {
                Some((position, from)) if position + 1 == word.position => {
                    self.pair.text.clear();
                    self.pair.text.push_str(&self.prev_text);
                    self.pair.text.push(' ');
                    self.pair.text.push_str(&word.text);
                    self.pair.position = position;
                    self.pair.offset_from = from;
                    self.pair.offset_to = word.offset_to;
                    self.pair.position_length = 1;
                    true
                }
                _ => false,
            };
            self.prev = Some((word.position, word.offset_from));
            self.prev_text.clear();
            self.prev_text.push_str(&word.text);
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

    fn pairs(text: &str) -> Vec<(String, usize)> {
        let mut t = PairTokenizer::default();
        let mut s = t.token_stream(text);
        let mut out = Vec::new();
        while s.advance() {
            out.push((s.token().text.clone(), s.token().position));
        }
        out
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
