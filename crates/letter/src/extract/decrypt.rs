//! Per-object decryption for the lazy reader: the standard security
//! handler's AES-128 (`AESV2`, every DWC letter) done here, in place, and
//! anything else left to `lopdf`'s `decrypt_object`.
//!
//! This module owns which strings and streams of an object are decrypted
//! and how, and gives what `decrypt_object` gives, object for object: the
//! same skips (a cross-reference stream; a `/Metadata` dictionary or
//! stream when the metadata is not encrypted), the same walk through
//! arrays and dictionaries in their order, the same per-object key, the
//! same AES-CBC with PKCS#5 padding, and the same stop at the first string
//! or stream that fails (what came before it decrypted, it and the rest
//! left as they were). `decrypt_object` derives the object's key, and
//! builds and looks up a crypt filter, for every string; allocates the
//! plain text beside the cipher text; and looks `/Type` up through
//! `Dictionary::get`, which builds an error `String` when it is missing.
//! Here the key is derived once an object and the AES key schedule run
//! once, and the bytes are decrypted where they lie.
//!
//! The lazy reader goes one step further on damage
//! ([`Decryptor::decrypt_salvaging`]): an AES string or stream whose
//! length or padding is broken is decrypted as poppler decrypts it, block
//! by block, rather than left encrypted; everything that decrypts cleanly
//! comes out as `decrypt_object` gives it.

use aes::cipher::generic_array::GenericArray;
use aes::cipher::{BlockDecrypt, KeyInit};
use aes::Aes128;
use md5::{Digest, Md5};
use pdf_extract::{Dictionary, EncryptionState, Object, ObjectId};

use super::simple_page::entry;

/// How a document's objects are decrypted.
pub(super) enum Decryptor {
    /// Both default crypt filters are `AESV2`, with a 16-byte file key.
    Aes128 {
        file_key: [u8; 16],
        encrypt_metadata: bool,
    },
    /// Anything else: `lopdf`'s `decrypt_object`.
    Lopdf,
}

/// Why an object was left (partly) encrypted; `lopdf`'s load ignores it,
/// and so does the lazy reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Failed;

impl Decryptor {
    pub(super) fn for_state(state: &EncryptionState) -> Decryptor {
        let aes =
            |f: &dyn pdf_extract::encryption::crypt_filters::CryptFilter| f.method() == b"AESV2";
        let file_key = <[u8; 16]>::try_from(state.file_encryption_key());
        match file_key {
            Ok(file_key)
                if aes(state.get_stream_filter().as_ref())
                    && aes(state.get_string_filter().as_ref()) =>
            {
                Decryptor::Aes128 {
                    file_key,
                    encrypt_metadata: state.encrypt_metadata(),
                }
            }
            _ => Decryptor::Lopdf,
        }
    }

    /// Decrypts object `id` as `decrypt_object(state, id, object)` does
    /// (the reader salvages: [`Decryptor::decrypt_salvaging`]).
    #[cfg(test)]
    pub(super) fn decrypt(
        &self,
        state: &EncryptionState,
        id: ObjectId,
        object: &mut Object,
    ) -> Result<(), Failed> {
        self.decrypt_with(state, id, object, &mut Salvage::Off)
    }

    /// Decrypts object `id` as [`Decryptor::decrypt`] does, except that
    /// an AES string or stream whose length or padding is damaged (where
    /// `decrypt_object` stops and leaves it encrypted) is decrypted as
    /// poppler decrypts it: every whole block, the padding its last byte
    /// names dropped (the whole last block when that byte names none). The
    /// bytes before the damage come out right. `Ok(true)` when a stream
    /// was salvaged so. An object that decrypts cleanly comes out as
    /// [`Decryptor::decrypt`] gives it.
    pub(super) fn decrypt_salvaging(
        &self,
        state: &EncryptionState,
        id: ObjectId,
        object: &mut Object,
    ) -> Result<bool, Failed> {
        let mut salvage = Salvage::On { stream: false };
        self.decrypt_with(state, id, object, &mut salvage)?;
        Ok(matches!(salvage, Salvage::On { stream: true }))
    }

    fn decrypt_with(
        &self,
        state: &EncryptionState,
        id: ObjectId,
        object: &mut Object,
        salvage: &mut Salvage,
    ) -> Result<(), Failed> {
        let (file_key, encrypt_metadata) = match self {
            Decryptor::Aes128 {
                file_key,
                encrypt_metadata,
            } => (file_key, *encrypt_metadata),
            Decryptor::Lopdf => {
                return pdf_extract::encryption::decrypt_object(state, id, object)
                    .map_err(|_| Failed)
            }
        };
        // A stream with a crypt filter of its own names it in its decode
        // parameters: left to lopdf, which looks it up.
        if let Object::Stream(s) = object {
            if names_crypt_filter(&s.dict) {
                return pdf_extract::encryption::decrypt_object(state, id, object)
                    .map_err(|_| Failed);
            }
            if type_is(&s.dict, b"XRef") {
                return Ok(());
            }
        }
        let mut key = ObjectKey {
            file_key,
            id,
            cipher: None,
        };
        walk(&mut key, object, encrypt_metadata, salvage)
    }
}

/// Whether damaged AES data is salvaged (and whether a stream was).
enum Salvage {
    #[cfg(test)]
    Off,
    On {
        stream: bool,
    },
}

impl Salvage {
    /// Decrypts `data`, salvaging it when it fails and salvage is on.
    fn decrypt(&mut self, cipher: &Aes128, data: &mut Vec<u8>, stream: bool) -> Result<(), Failed> {
        let clean = aes_cbc_decrypt(cipher, data);
        match self {
            Salvage::On { stream: salvaged } if clean.is_err() => {
                aes_cbc_salvage(cipher, data);
                *salvaged |= stream;
                Ok(())
            }
            _ => clean,
        }
    }
}

/// The object's AES key, derived when its first string or stream needs it.
struct ObjectKey<'k> {
    file_key: &'k [u8; 16],
    id: ObjectId,
    cipher: Option<Aes128>,
}

impl ObjectKey<'_> {
    /// The file key, the object number's low three bytes and the
    /// generation's two, and `sAlT`, through MD5 (ISO 32000-1, algorithm
    /// 1): 16 bytes, so the whole digest.
    fn cipher(&mut self) -> &Aes128 {
        let (file_key, id) = (self.file_key, self.id);
        self.cipher.get_or_insert_with(|| {
            let mut hasher = Md5::new();
            hasher.update(file_key);
            hasher.update(&id.0.to_le_bytes()[..3]);
            hasher.update(id.1.to_le_bytes());
            hasher.update(b"sAlT");
            let digest: [u8; 16] = hasher.finalize().into();
            Aes128::new(&GenericArray::from(digest))
        })
    }
}

/// `decrypt_object`'s walk: `object` itself unless it is a `/Metadata`
/// dictionary or stream that is not encrypted, its items and values in
/// order, each string and stream content decrypted.
fn walk(
    key: &mut ObjectKey<'_>,
    object: &mut Object,
    encrypt_metadata: bool,
    salvage: &mut Salvage,
) -> Result<(), Failed> {
    let dict = match object {
        Object::Dictionary(d) => Some(&*d),
        Object::Stream(s) => Some(&s.dict),
        _ => None,
    };
    if !encrypt_metadata && dict.is_some_and(|d| type_is(d, b"Metadata")) {
        return Ok(());
    }
    match object {
        Object::Array(items) => items
            .iter_mut()
            .try_for_each(|item| walk(key, item, encrypt_metadata, salvage)),
        Object::Dictionary(d) => d
            .iter_mut()
            .try_for_each(|(_, value)| walk(key, value, encrypt_metadata, salvage)),
        Object::String(bytes, _) => salvage.decrypt(key.cipher(), bytes, false),
        Object::Stream(s) => {
            salvage.decrypt(key.cipher(), &mut s.content, true)?;
            // `Stream::set_content`, as lopdf stores the plain text.
            let length = i64::try_from(s.content.len()).unwrap_or(i64::MAX);
            s.dict.set("Length", Object::Integer(length));
            Ok(())
        }
        _ => Ok(()),
    }
}

/// `/Type` is the name `name` (lopdf's `get_type` also answers
/// `Linearized` for a dictionary without a name there that has that key;
/// no name asked for here is that one).
fn type_is(d: &Dictionary, name: &[u8]) -> bool {
    matches!(entry(d, b"Type"), Some(Object::Name(n)) if n == name)
}

/// Whether `Stream::filters` would list `Crypt`: the `/Filter` name, or
/// a name in the `/Filter` array. (When lopdf cannot read the list, it
/// does not override the filter; sending such a stream to lopdf anyway
/// changes nothing, lopdf decrypting it as it would have.)
fn names_crypt_filter(d: &Dictionary) -> bool {
    match entry(d, b"Filter") {
        Some(Object::Name(n)) => n == b"Crypt",
        Some(Object::Array(items)) => items
            .iter()
            .any(|o| matches!(o, Object::Name(n) if n == b"Crypt")),
        _ => false,
    }
}

/// AES-128-CBC decryption of `data` (a 16-byte IV, then the cipher text)
/// with PKCS#5 padding, as lopdf's `Aes128CryptFilter::decrypt`: a length
/// that is not a multiple of 16, or a padding that does not read, fails
/// and leaves `data` as it was; an empty text or the IV alone decrypts to
/// nothing. The plain text replaces the bytes where they lie.
fn aes_cbc_decrypt(cipher: &Aes128, data: &mut Vec<u8>) -> Result<(), Failed> {
    if !data.len().is_multiple_of(16) {
        return Err(Failed);
    }
    if data.len() <= 16 {
        data.clear();
        return Ok(());
    }
    // The padding is read first, from the last block alone, so that a
    // failure leaves the bytes untouched.
    let n = data.len();
    let last = block_at(data, n - 16).ok_or(Failed)?;
    let before = block_at(data, n - 32).ok_or(Failed)?;
    let mut plain = last;
    cipher.decrypt_block(&mut plain);
    xor(&mut plain, &before);
    let pad = plain[15];
    let pad_len = usize::from(pad);
    if pad == 0 || pad_len > 16 || plain[16 - pad_len..].iter().any(|&b| b != pad) {
        return Err(Failed);
    }
    // Eight blocks at a time through the cipher's parallel path; each
    // plain block is its decrypted block XOR the cipher block before it
    // (the IV for the first), written one block earlier than its cipher
    // block (over the IV, then over cipher blocks already read), so the
    // plain text starts the buffer without moving it after.
    let mut previous = block_at(data, 0).ok_or(Failed)?;
    let mut at = 16;
    while at < n {
        let count = ((n - at) / 16).min(8);
        let mut blocks = [GenericArray::<u8, aes::cipher::consts::U16>::default(); 8];
        for (k, block) in blocks.iter_mut().enumerate().take(count) {
            *block = block_at(data, at + 16 * k).ok_or(Failed)?;
        }
        let saved = blocks;
        cipher.decrypt_blocks(&mut blocks[..count]);
        for k in 0..count {
            let chained = if k == 0 { previous } else { saved[k - 1] };
            xor(&mut blocks[k], &chained);
            let to = data.get_mut(at - 16 + 16 * k..at + 16 * k).ok_or(Failed)?;
            to.copy_from_slice(&blocks[k]);
        }
        previous = saved[count - 1];
        at += 16 * count;
    }
    data.truncate(n - 16 - pad_len);
    Ok(())
}

/// AES-128-CBC decryption of damaged `data` (an IV and cipher text whose
/// length or padding does not read), as poppler's decrypting stream reads
/// it: the whole blocks decrypted (a partial last block dropped), then as
/// many bytes dropped as the last byte names, 16 when it names none in 1
/// to 16. A block damaged in the file garbles itself and one byte of the
/// next; the blocks before it come out right.
fn aes_cbc_salvage(cipher: &Aes128, data: &mut Vec<u8>) {
    let whole = data.len() - data.len() % 16;
    data.truncate(whole);
    if whole <= 16 {
        data.clear();
        return;
    }
    let mut previous = block_at(data, 0).unwrap_or_default();
    let mut at = 16;
    while let Some(block) = block_at(data, at) {
        let mut plain = block;
        cipher.decrypt_block(&mut plain);
        xor(&mut plain, &previous);
        if let Some(to) = data.get_mut(at - 16..at) {
            to.copy_from_slice(&plain);
        }
        previous = block;
        at += 16;
    }
    let plain_len = whole - 16;
    let pad = data.get(plain_len - 1).copied().map_or(16, usize::from);
    let pad = if (1..=16).contains(&pad) { pad } else { 16 };
    data.truncate(plain_len - pad);
}

type Block = GenericArray<u8, aes::cipher::consts::U16>;

fn block_at(data: &[u8], at: usize) -> Option<Block> {
    let bytes: [u8; 16] = data.get(at..at.checked_add(16)?)?.try_into().ok()?;
    Some(GenericArray::from(bytes))
}

fn xor(block: &mut Block, with: &Block) {
    for (b, w) in block.iter_mut().zip(with.iter()) {
        *b ^= w;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pdf_extract::encryption::crypt_filters::{Aes128CryptFilter, CryptFilter};
    use pdf_extract::{Document, EncryptionVersion, Permissions, Stream, StringFormat};
    use proptest::prelude::*;
    use std::collections::BTreeMap;
    use std::sync::Arc;

    /// An AESV2 state as lopdf makes it (empty user password).
    fn aes_state(encrypt_metadata: bool) -> EncryptionState {
        let mut doc = Document::new();
        let id = Object::string_literal(b"0123456789abcdef".to_vec());
        doc.trailer.set("ID", Object::Array(vec![id.clone(), id]));
        let aes: Arc<dyn CryptFilter> = Arc::new(Aes128CryptFilter);
        EncryptionState::try_from(EncryptionVersion::V4 {
            document: &doc,
            encrypt_metadata,
            crypt_filters: BTreeMap::from([(b"StdCF".to_vec(), aes)]),
            stream_filter: b"StdCF".to_vec(),
            string_filter: b"StdCF".to_vec(),
            owner_password: "owner",
            user_password: "",
            permissions: Permissions::all(),
        })
        .expect("lopdf makes the state")
    }

    /// Bytes as a string or stream may hold them: encrypted by lopdf for
    /// `id` (most), or damaged (cut, a byte changed, random).
    fn payload(id: ObjectId, encrypt_metadata: bool) -> impl Strategy<Value = Vec<u8>> {
        let key = Aes128CryptFilter
            .compute_key(aes_state(encrypt_metadata).file_encryption_key(), id)
            .expect("a key");
        prop_oneof![
            4 => proptest::collection::vec(any::<u8>(), 0..80).prop_map(move |plain| {
                Aes128CryptFilter.encrypt(&key, &plain).expect("encrypts")
            }),
            1 => (proptest::collection::vec(any::<u8>(), 0..80), any::<u8>(), any::<u16>())
                .prop_map(|(mut b, v, at)| {
                    if !b.is_empty() {
                        let i = usize::from(at) % b.len();
                        b[i] = v;
                    }
                    b
                }),
            1 => (0usize..5).prop_map(|blocks| vec![7u8; 16 * blocks]),
        ]
    }

    fn object(id: ObjectId, encrypt_metadata: bool) -> impl Strategy<Value = Object> {
        let leaf = prop_oneof![
            Just(Object::Null),
            any::<i32>().prop_map(|n| Object::Integer(i64::from(n))),
            "[A-Za-z]{0,6}".prop_map(|n| Object::Name(n.into_bytes())),
            payload(id, encrypt_metadata).prop_map(|b| Object::String(b, StringFormat::Literal)),
            payload(id, encrypt_metadata)
                .prop_map(|b| Object::String(b, StringFormat::Hexadecimal)),
        ];
        let tree = leaf.prop_recursive(3, 24, 5, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..5).prop_map(Object::Array),
                (
                    proptest::collection::vec(("[A-Za-z]{1,5}", inner), 0..5),
                    proptest::sample::select(vec!["", "Metadata", "XRef", "Page"]),
                )
                    .prop_map(|(kv, kind)| Object::Dictionary(dictionary(kv, kind))),
            ]
        });
        prop_oneof![
            3 => tree,
            1 => (
                proptest::collection::vec(("[A-Za-z]{1,5}", any::<i32>()), 0..3),
                proptest::sample::select(vec!["", "Metadata", "XRef", "Crypt"]),
                payload(id, encrypt_metadata),
            )
                .prop_map(|(kv, kind, content)| {
                    let kv = kv
                        .into_iter()
                        .map(|(k, v)| (k, Object::Integer(i64::from(v))))
                        .collect();
                    let mut d = dictionary(kv, if kind == "Crypt" { "" } else { kind });
                    if kind == "Crypt" {
                        d.set("Filter", Object::Name(b"Crypt".to_vec()));
                    }
                    Object::Stream(Stream::new(d, content))
                }),
        ]
    }

    fn dictionary(kv: Vec<(String, Object)>, kind: &str) -> Dictionary {
        let mut d = Dictionary::new();
        if !kind.is_empty() {
            d.set("Type", Object::Name(kind.as_bytes().to_vec()));
        }
        for (k, v) in kv {
            d.set(k.into_bytes(), v);
        }
        d
    }

    use super::super::same_object as same;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        /// Every object comes out as lopdf's `decrypt_object` leaves it,
        /// failing where it fails: encrypted strings and streams, damaged
        /// ones, nested, skipped by type, with a crypt filter of their own.
        #[test]
        fn decrypts_as_lopdf_does(
            (id, encrypt_metadata, o) in (1u32..2_000_000, 0u16..3, any::<bool>())
                .prop_flat_map(|(n, g, m)| (Just((n, g)), Just(m), object((n, g), m))),
        ) {
            let state = aes_state(encrypt_metadata);
            let ours = Decryptor::for_state(&state);
            let aes = matches!(ours, Decryptor::Aes128 { .. });
            prop_assert!(aes);
            let mut want = o.clone();
            let lopdf = pdf_extract::encryption::decrypt_object(&state, id, &mut want).map_err(|_| Failed);
            let mut got = o;
            let result = ours.decrypt(&state, id, &mut got);
            prop_assert_eq!(result, lopdf);
            prop_assert!(same(&got, &want), "{:?}\nvs\n{:?}", got, want);
        }
    }

    #[test]
    fn strings_and_streams_decrypt_to_their_plain_text() {
        let state = aes_state(true);
        let id = (1234, 0);
        let key = Aes128CryptFilter
            .compute_key(state.file_encryption_key(), id)
            .expect("a key");
        for len in [0, 1, 15, 16, 17, 127, 128, 129, 300] {
            let plain: Vec<u8> = (0..len).map(|i| (i * 7 % 251) as u8).collect();
            let cipher = Aes128CryptFilter.encrypt(&key, &plain).expect("encrypts");
            let mut o = Object::Array(vec![
                Object::String(cipher.clone(), StringFormat::Literal),
                Object::Stream(Stream::new(Dictionary::new(), cipher)),
            ]);
            Decryptor::for_state(&state)
                .decrypt(&state, id, &mut o)
                .expect("decrypts");
            let Object::Array(items) = o else {
                panic!("an array")
            };
            assert_eq!(
                items[0],
                Object::String(plain.clone(), StringFormat::Literal)
            );
            let Object::Stream(s) = &items[1] else {
                panic!("a stream")
            };
            assert_eq!(s.content, plain);
        }
    }

    #[test]
    fn a_damaged_aes_stream_is_salvaged_up_to_the_damage() {
        let state = aes_state(true);
        let id = (17, 0);
        let key = Aes128CryptFilter
            .compute_key(state.file_encryption_key(), id)
            .expect("a key");
        let plain: Vec<u8> = (0..200).map(|i| (i * 7 % 251) as u8).collect();
        let cipher = Aes128CryptFilter.encrypt(&key, &plain).expect("encrypts");
        let ours = Decryptor::for_state(&state);
        let stream = |content: Vec<u8>| Object::Stream(Stream::new(Dictionary::new(), content));
        let content = |o: &Object| match o {
            Object::Stream(s) => s.content.clone(),
            _ => Vec::new(),
        };
        // Undamaged: the same as the plain decryption, nothing salvaged.
        let mut o = stream(cipher.clone());
        assert_eq!(ours.decrypt_salvaging(&state, id, &mut o), Ok(false));
        assert_eq!(content(&o), plain);
        // The last block damaged: lopdf leaves the stream encrypted; the
        // salvage keeps every block before it (200 bytes are 12 whole
        // blocks and 8 bytes in the padded last block). The damaged block
        // decrypts to noise whose last byte, read as padding, depends on
        // the random IV of `encrypt`: the salvage keeps 192 to 208 bytes.
        let mut last = cipher.clone();
        let n = last.len();
        last[n - 3] ^= 0x40;
        let mut o = stream(last.clone());
        assert_eq!(ours.decrypt(&state, id, &mut o), Err(Failed));
        assert_eq!(content(&o), last);
        let mut o = stream(last);
        assert_eq!(ours.decrypt_salvaging(&state, id, &mut o), Ok(true));
        let got = content(&o);
        assert!((192..=208).contains(&got.len()), "{}", got.len());
        assert_eq!(&got[..192], &plain[..192]);
        // Cut inside a block: the whole blocks before the cut, less the
        // padding the last one seems to name.
        let mut o = stream(cipher[..cipher.len() - 5].to_vec());
        assert_eq!(ours.decrypt_salvaging(&state, id, &mut o), Ok(true));
        let got = content(&o);
        assert!(got.len() <= 192 && plain.starts_with(&got[..got.len().min(176)]));
        // A damaged string salvages too, but says nothing of streams.
        let mut bad = cipher[..cipher.len() - 5].to_vec();
        bad.truncate(bad.len());
        let mut o = Object::String(bad, StringFormat::Literal);
        assert_eq!(ours.decrypt_salvaging(&state, id, &mut o), Ok(false));
        assert!(matches!(&o, Object::String(b, _) if plain.starts_with(&b[..b.len().min(176)])));
    }

    #[test]
    fn other_handlers_go_to_lopdf() {
        let mut doc = Document::new();
        let id = Object::string_literal(b"0123456789abcdef".to_vec());
        doc.trailer.set("ID", Object::Array(vec![id.clone(), id]));
        let rc4 = EncryptionState::try_from(EncryptionVersion::V2 {
            document: &doc,
            owner_password: "owner",
            user_password: "",
            key_length: 128,
            permissions: Permissions::all(),
        })
        .expect("lopdf makes the state");
        assert!(matches!(Decryptor::for_state(&rc4), Decryptor::Lopdf));
    }
}
