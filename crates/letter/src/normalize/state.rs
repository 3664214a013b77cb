//! US state names in reviewers' licensure lines -> canonical state names.

/// (canonical name, postal code).
const STATES: &[(&str, &str)] = &[
    ("Alabama", "AL"),
    ("Alaska", "AK"),
    ("Arizona", "AZ"),
    ("Arkansas", "AR"),
    ("California", "CA"),
    ("Colorado", "CO"),
    ("Connecticut", "CT"),
    ("Delaware", "DE"),
    ("District of Columbia", "DC"),
    ("Florida", "FL"),
    ("Georgia", "GA"),
    ("Hawaii", "HI"),
    ("Idaho", "ID"),
    ("Illinois", "IL"),
    ("Indiana", "IN"),
    ("Iowa", "IA"),
    ("Kansas", "KS"),
    ("Kentucky", "KY"),
    ("Louisiana", "LA"),
    ("Maine", "ME"),
    ("Maryland", "MD"),
    ("Massachusetts", "MA"),
    ("Michigan", "MI"),
    ("Minnesota", "MN"),
    ("Mississippi", "MS"),
    ("Missouri", "MO"),
    ("Montana", "MT"),
    ("Nebraska", "NE"),
    ("Nevada", "NV"),
    ("New Hampshire", "NH"),
    ("New Jersey", "NJ"),
    ("New Mexico", "NM"),
    ("New York", "NY"),
    ("North Carolina", "NC"),
    ("North Dakota", "ND"),
    ("Ohio", "OH"),
    ("Oklahoma", "OK"),
    ("Oregon", "OR"),
    ("Pennsylvania", "PA"),
    ("Rhode Island", "RI"),
    ("South Carolina", "SC"),
    ("South Dakota", "SD"),
    ("Tennessee", "TN"),
    ("Texas", "TX"),
    ("Utah", "UT"),
    ("Vermont", "VT"),
    ("Virginia", "VA"),
    ("Washington", "WA"),
    ("West Virginia", "WV"),
    ("Wisconsin", "WI"),
    ("Wyoming", "WY"),
];

/// The canonical name of one state written as a name or postal code.
pub fn canonical(word: &str) -> Option<&'static str> {
    let w = word.trim().trim_end_matches('.');
    STATES
        .iter()
        .find(|(name, code)| name.eq_ignore_ascii_case(w) || (w.len() == 2 && *code == w))
        .map(|(name, _)| *name)
}

/// Every state named in a licensure text ("California, Nevada and Oregon",
/// "licensed to practice in California"), in order, without duplicates.
/// Two-word names win over their one-word tails ("West Virginia").
pub fn states_in(text: &str) -> Vec<String> {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_ascii_alphabetic()))
        .filter(|w| !w.is_empty())
        .collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut matched = None;
        for n in (1..=3).rev() {
            if i + n > words.len() {
                continue;
            }
            let phrase = words[i..i + n].join(" ");
            // Postal codes only as their own upper-case word: "IN" and "OR"
            // are English words too.
            if n == 1 && phrase.len() == 2 && !(phrase == "CA" || phrase == "NV" || phrase == "AZ")
            {
                continue;
            }
            if let Some(name) = canonical(&phrase) {
                if phrase.len() > 2 && !phrase.chars().next().is_some_and(char::is_uppercase) {
                    continue;
                }
                matched = Some((name, n));
                break;
            }
        }
        match matched {
            Some((name, n)) => {
                if !out.iter().any(|s| s == name) {
                    out.push(name.to_string());
                }
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists() {
        assert_eq!(states_in("California"), vec!["California"]);
        assert_eq!(
            states_in("California, Nevada and Oregon"),
            vec!["California", "Nevada", "Oregon"]
        );
        assert_eq!(
            states_in("licensed to practice in West Virginia and in Texas"),
            vec!["West Virginia", "Texas"]
        );
        assert_eq!(states_in("new york? no"), Vec::<String>::new());
        assert_eq!(states_in("CA"), vec!["California"]);
    }
}
