//! Which file holds each indexed letter: the table a build consults to tell
//! a duplicate (a second file with a letter key already indexed) from a new
//! letter.
//!
//! It holds one entry per indexed letter, so at archive scale it is one of
//! the few structures of a build that grows with the corpus. A
//! `HashMap<String, String>` spent about 140 bytes per letter (two heap
//! strings of ~12 and ~30 bytes, each rounded up by the allocator, plus the
//! table): 140 MB at a million letters. Here keys and paths sit end to end
//! in one string and the table maps a key's 64-bit hash to its entry, about
//! 60 bytes per letter. Keys whose hash an earlier, different key already
//! took (expected never, but possible) go to a small exact side table, so a
//! lookup is always exact.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

/// Letter key -> relative path of the file that holds the letter.
#[derive(Debug, Clone)]
pub struct Owners {
    /// The key hash (a parameter so tests can force collisions).
    hash: fn(&str) -> u64,
    /// Hash of a key -> its entry (the latest entry inserted with that key).
    by_hash: HashMap<u64, u32>,
    /// Keys whose hash belongs to a different key in `by_hash`.
    collided: HashMap<String, u32>,
    /// Every entry's key then path, end to end.
    text: String,
    /// Per entry: where its key starts in `text`, the key's length, the
    /// path's length (the path follows the key).
    entries: Vec<(usize, u32, u32)>,
    /// How many entries (from the first) the tables know.
    linked: usize,
}

impl Default for Owners {
    fn default() -> Owners {
        Owners::with_hash(hash)
    }
}

impl Owners {
    /// An empty table.
    pub fn new() -> Owners {
        Owners::default()
    }

    fn with_hash(hash: fn(&str) -> u64) -> Owners {
        Owners {
            hash,
            by_hash: HashMap::new(),
            collided: HashMap::new(),
            text: String::new(),
            entries: Vec::new(),
            linked: 0,
        }
    }

    /// How many keys the table holds (once indexed).
    pub fn len(&self) -> usize {
        self.by_hash.len() + self.collided.len()
    }

    /// Whether the table holds no key.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The file holding `key`, if any.
    pub fn get(&self, key: &str) -> Option<&str> {
        let id = self.find(key)?;
        Some(self.rel(id))
    }

    /// Whether some file holds `key`.
    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_some()
    }

    /// Records that `rel` holds `key` (replacing an earlier holder).
    pub fn insert(&mut self, key: &str, rel: &str) {
        self.index();
        let id = self.push(key, rel);
        self.link(id);
        self.linked += 1;
    }

    /// Records that `rel` holds `key` without hashing it yet: a pass that
    /// turns out to look nothing up (no file to read) never pays for the
    /// hashing. [`Owners::index`] must run before the next lookup.
    pub fn insert_later(&mut self, key: &str, rel: &str) {
        self.push(key, rel);
    }

    /// Hashes the entries [`Owners::insert_later`] added, in their order.
    pub fn index(&mut self) {
        while self.linked < self.entries.len() {
            self.link(self.linked as u32);
            self.linked += 1;
        }
    }

    fn link(&mut self, id: u32) {
        let key = self.key(id);
        let h = (self.hash)(key);
        match self.by_hash.get(&h).copied() {
            Some(old) if self.key(old) != key => {
                let key = key.to_owned();
                self.collided.insert(key, id);
            }
            _ => {
                self.by_hash.insert(h, id);
            }
        }
    }

    fn find(&self, key: &str) -> Option<u32> {
        match self.by_hash.get(&(self.hash)(key)) {
            Some(&id) if self.key(id) == key => Some(id),
            Some(_) => self.collided.get(key).copied(),
            None => None,
        }
    }

    fn push(&mut self, key: &str, rel: &str) -> u32 {
        let id = self.entries.len() as u32;
        self.entries
            .push((self.text.len(), key.len() as u32, rel.len() as u32));
        self.text.push_str(key);
        self.text.push_str(rel);
        id
    }

    fn key(&self, id: u32) -> &str {
        let (start, key_len, _) = self.entries[id as usize];
        &self.text[start..start + key_len as usize]
    }

    fn rel(&self, id: u32) -> &str {
        let (start, key_len, rel_len) = self.entries[id as usize];
        let from = start + key_len as usize;
        &self.text[from..from + rel_len as usize]
    }
}

impl<'a> FromIterator<(&'a str, &'a str)> for Owners {
    fn from_iter<I: IntoIterator<Item = (&'a str, &'a str)>>(iter: I) -> Owners {
        let mut owners = Owners::new();
        for (key, rel) in iter {
            owners.insert(key, rel);
        }
        owners
    }
}

fn hash(key: &str) -> u64 {
    let mut h = DefaultHasher::new();
    key.hash(&mut h);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_map_to_their_latest_holder() {
        let mut o = Owners::new();
        assert!(o.is_empty());
        o.insert("CM14-0000001", "a/one.txt");
        o.insert("CM14-0000002", "b/two.txt");
        o.insert("file:c/three.txt", "c/three.txt");
        assert_eq!(o.get("CM14-0000001"), Some("a/one.txt"));
        assert_eq!(o.get("CM14-0000002"), Some("b/two.txt"));
        assert_eq!(o.get("file:c/three.txt"), Some("c/three.txt"));
        assert_eq!(o.get("CM14-0000003"), None);
        assert!(!o.contains_key("CM14-000000"));
        assert_eq!(o.len(), 3);
        o.insert("CM14-0000001", "z/again.txt");
        assert_eq!(o.get("CM14-0000001"), Some("z/again.txt"));
        assert_eq!(o.len(), 3);
    }

    #[test]
    fn colliding_hashes_stay_exact() {
        // Every key has the same hash: all but the first go to the side
        // table, and every lookup still finds its own key only.
        let mut o = Owners::with_hash(|_| 7);
        o.insert("CM14-0000001", "one.txt");
        o.insert("CM14-0000002", "two.txt");
        o.insert("CM14-0000003", "three.txt");
        assert_eq!(o.get("CM14-0000001"), Some("one.txt"));
        assert_eq!(o.get("CM14-0000002"), Some("two.txt"));
        assert_eq!(o.get("CM14-0000003"), Some("three.txt"));
        assert_eq!(o.get("CM14-0000004"), None);
        assert_eq!(o.len(), 3);
        o.insert("CM14-0000002", "again.txt");
        o.insert("CM14-0000001", "first-again.txt");
        assert_eq!(o.get("CM14-0000002"), Some("again.txt"));
        assert_eq!(o.get("CM14-0000001"), Some("first-again.txt"));
        assert_eq!(o.len(), 3);
    }

    #[test]
    fn empty_keys_and_paths_are_entries_too() {
        let o: Owners = [("", "x.txt"), ("k", "")].into_iter().collect();
        assert_eq!(o.get(""), Some("x.txt"));
        assert_eq!(o.get("k"), Some(""));
    }

    #[test]
    fn later_entries_count_once_indexed_in_order() {
        let mut o = Owners::new();
        o.insert_later("CM14-0000001", "one.txt");
        o.insert_later("CM14-0000001", "one-again.txt");
        o.insert_later("CM14-0000002", "two.txt");
        assert_eq!(o.get("CM14-0000001"), None, "not hashed yet");
        o.index();
        assert_eq!(o.get("CM14-0000001"), Some("one-again.txt"));
        assert_eq!(o.get("CM14-0000002"), Some("two.txt"));
        // `insert` indexes what is pending first.
        o.insert_later("CM14-0000003", "three.txt");
        o.insert("CM14-0000004", "four.txt");
        assert_eq!(o.get("CM14-0000003"), Some("three.txt"));
        assert_eq!(o.len(), 4);
    }
}
