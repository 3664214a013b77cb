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

use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer};

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
#[derive(Clone)]
pub struct PairTokenizer {
    words: TextAnalyzer,
}

impl PairTokenizer {
    /// Pairs of the words `words` makes.
    pub fn new(words: TextAnalyzer) -> Self {
        PairTokenizer { words }
    }
}

/// The pairs of one text, made up front.
pub struct PairStream {
    pairs: Vec<Token>,
    next: usize,
}

impl Tokenizer for PairTokenizer {
    type TokenStream<'a> = PairStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> PairStream {
        let mut pairs = Vec::new();
        let mut stream = self.words.token_stream(text);
        let mut prev: Option<Token> = None;
        while stream.advance() {
            let token = stream.token();
            if let Some(p) = &prev {
                if p.position + 1 == token.position {
                    pairs.push(Token {
                        offset_from: p.offset_from,
                        offset_to: token.offset_to,
                        position: p.position,
                        text: pair_term(&p.text, &token.text),
                        position_length: 1,
                    });
                }
            }
            match &mut prev {
                Some(p) => p.clone_from(token),
                None => prev = Some(token.clone()),
            }
        }
        PairStream { pairs, next: 0 }
    }
}

impl TokenStream for PairStream {
    fn advance(&mut self) -> bool {
        if self.next < self.pairs.len() {
            self.next += 1;
            true
        } else {
            false
        }
    }

    fn token(&self) -> &Token {
        &self.pairs[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.pairs[self.next - 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::tokenizer::{LowerCaser, RemoveLongFilter, SimpleTokenizer};

    fn pairs(text: &str) -> Vec<(String, usize)> {
        let words = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(10))
            .filter(LowerCaser)
            .build();
        let mut t = PairTokenizer::new(words);
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
        assert_eq!(pairs("a verylongwordindeed b c"), vec![("b c".into(), 2)]);
    }
}
