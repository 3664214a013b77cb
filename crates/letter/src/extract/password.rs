//! The standard security handler's user password check (revisions 2 to 4,
//! ISO 32000-2 algorithms 4 to 6) computed from a file key already derived.
//!
//! lopdf's own check derives the file key from the password, and
//! `EncryptionState::decode` then derives it again; its RC4 allocates a
//! key and an output per round (20 rounds). The lazy reader decodes the
//! state first and asks this check with the state's key: the same
//! computation, the key derived once. A `false` here is not a refusal:
//! the caller then asks lopdf (its owner password check, or any revision
//! this does not handle), so the check only ever shortens the way to the
//! answer lopdf gives.

use md5::{Digest, Md5};
use pdf_extract::{Dictionary, EncryptionState};

/// The 32 padding bytes of the standard security handler.
const PAD: [u8; 32] = [
    0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
    0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
];

/// Whether `state`, decoded with the empty password, holds the key the
/// empty user password gives: the `/U` value recomputed from its key
/// matches the dictionary's (all 32 bytes for revision 2, the first 16
/// for revisions 3 and 4). `false` for any other revision or a missing
/// piece.
pub fn empty_user_password_opens(state: &EncryptionState, trailer: &Dictionary) -> bool {
    let key = state.file_encryption_key();
    let user = state.user_value();
    if key.is_empty() || key.len() > 16 {
        return false;
    }
    match state.revision() {
        2 => {
            let mut out = PAD;
            rc4(key, &mut out);
            user.len() >= 32 && out[..] == user[..32]
        }
        3 | 4 => {
            let Some(id) = first_id(trailer) else {
                return false;
            };
            let mut hasher = Md5::new();
            hasher.update(PAD);
            hasher.update(id);
            let mut out: [u8; 16] = hasher.finalize().into();
            // RC4 under the key, then under the key XOR 1, ..., 19.
            for (o, k) in out.iter_mut().zip(twenty_keystreams(key)) {
                *o ^= k;
            }
            user.len() >= 16 && out[..] == user[..16]
        }
        _ => false,
    }
}

/// The first 16 bytes of the RC4 keystreams under `key` XOR 0, 1, ...,
/// 19 (each key byte XOR the round), XORed together: what encrypting 16
/// bytes under those twenty keys in turn XORs them with, as RC4 XORs the
/// data with a keystream that depends on the key alone. The twenty key
/// schedules are independent, so they run five at a time, interleaved:
/// one schedule is a chain of dependent swaps (about ten cycles a byte),
/// and five chains overlap where one would wait. Algorithm 5 of ISO
/// 32000-1 runs them one after another, as [`rc4`] does.
fn twenty_keystreams(key: &[u8]) -> [u8; 16] {
    let mut long = [0u8; 256];
    if !key.is_empty() {
        for chunk in long.chunks_mut(key.len()) {
            for (to, from) in chunk.iter_mut().zip(key) {
                *to = *from;
            }
        }
    }
    let mut out = [0u8; 16];
    for first in [0u8, 5, 10, 15] {
        for stream in keystreams::<5>(&long, first) {
            for (o, k) in out.iter_mut().zip(stream) {
                *o ^= k;
            }
        }
    }
    out
}

/// The first 16 keystream bytes under the keys `long` XOR `first`,
/// `first + 1`, ... (`N` of them; `long` is a key laid out over 256
/// bytes), their schedules interleaved.
#[inline(always)]
fn keystreams<const N: usize>(long: &[u8; 256], first: u8) -> [[u8; 16]; N] {
    let rounds: [u8; N] = std::array::from_fn(|n| first.wrapping_add(n as u8));
    let mut s = [[0u8; 256]; N];
    for table in &mut s {
        *table = std::array::from_fn(|i| i as u8);
    }
    let mut j = [0u8; N];
    for (i, &k) in long.iter().enumerate() {
        for n in 0..N {
            let si = s[n][i];
            j[n] = j[n].wrapping_add(si).wrapping_add(k ^ rounds[n]);
            let at = usize::from(j[n]);
            s[n][i] = s[n][at];
            s[n][at] = si;
        }
    }
    let mut out = [[0u8; 16]; N];
    let mut j = [0u8; N];
    for (step, i) in (1..=16u8).enumerate() {
        let i = usize::from(i);
        for n in 0..N {
            let si = s[n][i];
            j[n] = j[n].wrapping_add(si);
            let at = usize::from(j[n]);
            let sj = s[n][at];
            s[n][i] = sj;
            s[n][at] = si;
            out[n][step] = s[n][usize::from(si.wrapping_add(sj))];
        }
    }
    out
}

/// The first string of the trailer's `/ID`, as lopdf reads it.
fn first_id(trailer: &Dictionary) -> Option<&[u8]> {
    let ids = trailer.get(b"ID").ok()?.as_array().ok()?;
    ids.first()?.as_str().ok()
}

/// RC4 of `data` in place under `key` (1 to 256 bytes). The key is laid
/// out repeated over 256 bytes first, so the key schedule indexes two
/// fixed-size tables only (the check runs it twenty times a letter).
fn rc4(key: &[u8], data: &mut [u8]) {
    let mut s: [u8; 256] = std::array::from_fn(|i| i as u8);
    if !key.is_empty() {
        let mut long = [0u8; 256];
        for chunk in long.chunks_mut(key.len()) {
            for (to, from) in chunk.iter_mut().zip(key) {
                *to = *from;
            }
        }
        let mut j = 0u8;
        for i in 0..256 {
            let si = s[i];
            j = j.wrapping_add(si).wrapping_add(long[i]);
            s[i] = s[usize::from(j)];
            s[usize::from(j)] = si;
        }
    }
    let (mut i, mut j) = (0u8, 0u8);
    for b in data {
        i = i.wrapping_add(1);
        let si = s[usize::from(i)];
        j = j.wrapping_add(si);
        let sj = s[usize::from(j)];
        s[usize::from(i)] = sj;
        s[usize::from(j)] = si;
        *b ^= s[usize::from(si.wrapping_add(sj))];
    }
}

#[cfg(test)]
mod tests {
    use super::{empty_user_password_opens, rc4};
    use pdf_extract::encryption::crypt_filters::{Aes128CryptFilter, CryptFilter};
    use pdf_extract::{Document, EncryptionState, EncryptionVersion, Object, Permissions};
    use std::collections::BTreeMap;
    use std::sync::Arc;

    /// A document whose trailer holds `/ID` and an `/Encrypt` dictionary
    /// made by lopdf for `version`, as the lazy reader builds it.
    fn encrypted(make: impl Fn(&Document) -> EncryptionVersion<'_>) -> Document {
        let mut doc = Document::new();
        let id = Object::string_literal(b"0123456789abcdef".to_vec());
        doc.trailer.set("ID", Object::Array(vec![id.clone(), id]));
        let state = EncryptionState::try_from(make(&doc)).expect("lopdf encrypts");
        let dict = state.encode().expect("lopdf encodes");
        doc.objects.insert((9, 0), Object::Dictionary(dict));
        doc.trailer.set("Encrypt", Object::Reference((9, 0)));
        doc
    }

    /// The check says yes exactly when lopdf's own user password check
    /// does, for revisions 2, 3 and 4 with and without a user password.
    #[test]
    fn agrees_with_lopdf() {
        for user in ["", "secret"] {
            let docs = [
                encrypted(|d| EncryptionVersion::V1 {
                    document: d,
                    owner_password: "owner",
                    user_password: user,
                    permissions: Permissions::all(),
                }),
                encrypted(|d| EncryptionVersion::V2 {
                    document: d,
                    owner_password: "owner",
                    user_password: user,
                    key_length: 128,
                    permissions: Permissions::all(),
                }),
                encrypted(|d| {
                    let aes: Arc<dyn CryptFilter> = Arc::new(Aes128CryptFilter);
                    EncryptionVersion::V4 {
                        document: d,
                        encrypt_metadata: true,
                        crypt_filters: BTreeMap::from([(b"StdCF".to_vec(), aes)]),
                        stream_filter: b"StdCF".to_vec(),
                        string_filter: b"StdCF".to_vec(),
                        owner_password: "owner",
                        user_password: user,
                        permissions: Permissions::all(),
                    }
                }),
            ];
            for (revision, doc) in (2..).zip(&docs) {
                let state = EncryptionState::decode(doc, "").expect("decodes");
                assert_eq!(state.revision(), revision);
                let lopdf = doc.authenticate_user_password("").is_ok();
                assert_eq!(lopdf, user.is_empty());
                assert_eq!(empty_user_password_opens(&state, &doc.trailer), lopdf);
            }
        }
    }

    proptest::proptest! {
        /// The twenty keystreams interleaved give what encrypting with
        /// the twenty keys in turn gives.
        #[test]
        fn twenty_keystreams_are_twenty_rounds_of_rc4(
            key in proptest::collection::vec(proptest::num::u8::ANY, 1..=16),
            data in proptest::array::uniform16(proptest::num::u8::ANY),
        ) {
            let mut want = data;
            for i in 0..20u8 {
                let round: Vec<u8> = key.iter().map(|k| k ^ i).collect();
                rc4(&round, &mut want);
            }
            let mut got = data;
            for (g, k) in got.iter_mut().zip(super::twenty_keystreams(&key)) {
                *g ^= k;
            }
            proptest::prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn rc4_known_answers() {
        // The classic test vectors ("Key"/"Plaintext", "Wiki"/"pedia").
        let mut a = *b"Plaintext";
        rc4(b"Key", &mut a);
        assert_eq!(a, [0xBB, 0xF3, 0x16, 0xE8, 0xD9, 0x40, 0xAF, 0x0A, 0xD3]);
        let mut b = *b"pedia";
        rc4(b"Wiki", &mut b);
        assert_eq!(b, [0x10, 0x21, 0xBF, 0x04, 0x20]);
    }
}
