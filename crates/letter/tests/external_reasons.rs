//! The decision-reason rules on sentences kept outside the repository: an
//! out-of-sample check, run by hand. `IMR_REASON_SENTENCES=FILE cargo test
//! -p imr-letter --test letter external_reasons -- --nocapture` reads FILE,
//! one sentence a line as `REASONS<TAB>SENTENCE` (REASONS the paths the
//! sentence gives, separated by `|`, or `-` for none), reads each sentence
//! alone as an upheld item's rationale, and prints per reason how many of
//! its sentences give it and how many sentences labelled otherwise give it
//! (counted for the reasons some line is labelled with). Without the variable the test does nothing:
//! the sentences are public text of others, not ours to keep in the repo.

use std::collections::BTreeMap;

use imr_letter::letter::Outcome;
use imr_letter::normalize::reason::reasons;

#[test]
fn external_reasons() {
    let Some(path) = std::env::var_os("IMR_REASON_SENTENCES") else {
        return;
    };
    let text = std::fs::read_to_string(&path).expect("IMR_REASON_SENTENCES names a readable file");
    // reason -> (sentences labelled with it, caught, false fires)
    let mut figures: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    let checked: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .flat_map(|(r, _)| r.split('|'))
        .filter(|r| *r != "-")
        .collect();
    for line in text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let Some((want, sentence)) = line.split_once('\t') else {
            panic!("not REASON<TAB>SENTENCE: {line}");
        };
        let got = reasons(sentence, Some(Outcome::Upheld));
        let wanted: Vec<&str> = want.split('|').filter(|w| *w != "-").collect();
        for w in &wanted {
            let f = figures.entry(w.to_string()).or_default();
            f.0 += 1;
            if got.iter().any(|g| g == w) {
                f.1 += 1;
            } else {
                eprintln!("missed {w}: {sentence}");
            }
        }
        for g in got
            .iter()
            .filter(|g| !wanted.contains(&g.as_str()) && checked.contains(&g.as_str()))
        {
            figures.entry(g.clone()).or_default().2 += 1;
            eprintln!("gave {g}: {sentence}");
        }
    }
    for (reason, (n, caught, false_fires)) in &figures {
        eprintln!("{reason}: {caught} of {n} caught, {false_fires} false fires");
    }
}
