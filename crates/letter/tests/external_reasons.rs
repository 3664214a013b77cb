//! The decision-reason rules on sentences kept outside the repository: an
//! out-of-sample check, run by hand. `IMR_REASON_SENTENCES=FILE cargo test
//! -p imr-letter --test letter external_reasons -- --nocapture` reads FILE,
//! one sentence a line as `REASONS<TAB>SENTENCE` (REASONS the paths the
//! sentence gives, separated by `|`, or `-` for none), reads each sentence
//! alone as an upheld item's rationale, and prints per reason how many of
//! its sentences give it and how many sentences labelled otherwise give it
//! (counted for the reasons some line is labelled with, or for every
//! reason when the file's first line is `# labels: all`, which says each
//! line names every reason its sentence states). Without the variable the
//! test does nothing: the sentences are public text of others, or sets
//! written blind to the rules by someone who never read them, and either
//! stops being out of sample once it is in the repo next to the rules.

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
    let labels_all = text.lines().next() == Some("# labels: all");
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
            .filter(|g| !wanted.contains(&g.as_str()))
            .filter(|g| labels_all || checked.contains(&g.as_str()))
        {
            figures.entry(g.clone()).or_default().2 += 1;
            eprintln!("gave {g}: {sentence}");
        }
    }
    let (mut n_all, mut caught_all, mut false_all) = (0, 0, 0);
    for (reason, (n, caught, false_fires)) in &figures {
        eprintln!("{reason}: {caught} of {n} caught, {false_fires} false fires");
        n_all += n;
        caught_all += caught;
        false_all += false_fires;
    }
    eprintln!(
        "all: {caught_all} of {n_all} caught (recall {:.3}), {false_all} false fires (precision {:.3})",
        ratio(caught_all, n_all),
        ratio(caught_all, caught_all + false_all)
    );
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}
