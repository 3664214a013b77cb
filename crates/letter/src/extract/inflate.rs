//! Stream data decoded for the lazy reader: a stream whose only filter is
//! `FlateDecode` (no parameters) is inflated here, straight into the
//! caller's buffer with one decompressor kept per document; every other
//! stream, and any stream this path cannot inflate cleanly, is decoded by
//! `lopdf` (`Stream::decompressed_content`) as before.
//!
//! `lopdf` inflates through `flate2`, whose reader boxes a fresh
//! `miniz_oxide` state (a 32 KiB window and its tables, all zeroed) for
//! every stream and grows its output by doubling: for a letter's few small
//! streams that set-up cost more than the inflating. This module calls the
//! same `miniz_oxide` decompressor, with the same zlib header and Adler-32
//! checks, so a stream it inflates to its end gives the bytes `lopdf` gives.
//! A stream that ends early, fails its checksum or is damaged in any way is
//! handed to `lopdf`, whose partial-output rules then apply unchanged.

use std::cell::RefCell;

use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;
use pdf_extract::{Object, Stream};

/// One decompressor, reset for each stream (its tables are rebuilt per
/// block anyway; only its allocation is saved).
#[derive(Default)]
pub(super) struct Inflater {
    state: RefCell<Option<Box<DecompressorOxide>>>,
}

/// The output of a stream may grow to this many times its input before the
/// fast path gives it to `lopdf` (a guard against zip bombs costing memory
/// twice; `lopdf` then decides).
const MAX_RATIO: usize = 1024;

impl Inflater {
    /// Appends `stream`'s decoded data to `out`, as
    /// `Stream::decompressed_content` decodes it (and, where that fails,
    /// the stored bytes, as the callers did before).
    pub(super) fn decode_into(&self, stream: &Stream, out: &mut Vec<u8>) {
        if only_flate(stream) && self.inflate_into(&stream.content, out) {
            return;
        }
        match stream.decompressed_content() {
            Ok(data) => out.extend_from_slice(&data),
            Err(_) => out.extend_from_slice(&stream.content),
        }
    }

    /// `stream`'s decoded data (see [`Inflater::decode_into`]).
    pub(super) fn decode(&self, stream: &Stream) -> Vec<u8> {
        let mut out = Vec::new();
        self.decode_into(stream, &mut out);
        out
    }

    /// Inflates a whole zlib stream onto the end of `out`; `false`, with
    /// `out` as it was, unless the stream ends cleanly with its checksum.
    fn inflate_into(&self, input: &[u8], out: &mut Vec<u8>) -> bool {
        if input.is_empty() {
            return false;
        }
        let Ok(mut slot) = self.state.try_borrow_mut() else {
            return false;
        };
        let decomp = slot.get_or_insert_with(Box::default);
        decomp.init();
        let flags = inflate_flags::TINFL_FLAG_PARSE_ZLIB_HEADER
            | inflate_flags::TINFL_FLAG_COMPUTE_ADLER32
            | inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
        let base = out.len();
        let limit = input.len().saturating_mul(MAX_RATIO);
        let mut room = input.len().saturating_mul(4).max(1024);
        let mut rest = input;
        let mut written = 0usize;
        loop {
            // The decompressor sees all output of this stream (from
            // `base` on): back-references may reach anywhere in it.
            out.resize(base + written + room, 0);
            let window = out.get_mut(base..).unwrap_or_default();
            let (status, used, made) = decompress(decomp, rest, window, written, flags);
            written += made;
            match status {
                TINFLStatus::Done => {
                    out.truncate(base + written);
                    return true;
                }
                TINFLStatus::HasMoreOutput if written < limit => {
                    rest = rest.get(used..).unwrap_or_default();
                    room = room.saturating_mul(2);
                }
                _ => {
                    out.truncate(base);
                    return false;
                }
            }
        }
    }
}

/// Whether `FlateDecode` is the stream's one filter and it has no decode
/// parameters (a predictor is left to `lopdf`).
fn only_flate(stream: &Stream) -> bool {
    if stream.dict.has(b"DecodeParms") {
        return false;
    }
    match stream.dict.get(b"Filter") {
        Ok(Object::Name(n)) => n == b"FlateDecode",
        Ok(Object::Array(a)) => matches!(a.as_slice(), [Object::Name(n)] if n == b"FlateDecode"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pdf_extract::Dictionary;
    use proptest::prelude::*;

    fn flate_stream(content: Vec<u8>) -> Stream {
        let mut dict = Dictionary::new();
        dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
        Stream::new(dict, content)
    }

    fn zlib(data: &[u8]) -> Vec<u8> {
        miniz_oxide::deflate::compress_to_vec_zlib(data, 6)
    }

    /// What the callers did before: `lopdf`'s decoding, or the stored bytes.
    fn lopdf_way(s: &Stream) -> Vec<u8> {
        s.decompressed_content()
            .unwrap_or_else(|_| s.content.clone())
    }

    #[test]
    fn inflates_as_lopdf_does() {
        let text: Vec<u8> = b"BT /F1 12 Tf (Hello) Tj ET\n".repeat(500);
        let s = flate_stream(zlib(&text));
        let inflater = Inflater::default();
        assert_eq!(inflater.decode(&s), text);
        // The decompressor is reused: a second stream reads the same.
        let mut out = b"x".to_vec();
        inflater.decode_into(&s, &mut out);
        assert_eq!(&out[1..], &text[..]);
        // A checksum broken: lopdf's answer.
        let mut bad = zlib(&text);
        if let Some(last) = bad.last_mut() {
            *last ^= 1;
        }
        let s = flate_stream(bad);
        assert_eq!(inflater.decode(&s), lopdf_way(&s));
    }

    proptest! {
        /// Damaged or arbitrary data, and every cut of a good stream, read
        /// as `lopdf` reads them (and never panic).
        #[test]
        fn damaged_streams_read_as_lopdf_reads_them(
            data in proptest::collection::vec(any::<u8>(), 0..3000),
            cut in any::<proptest::sample::Index>(),
            flips in proptest::collection::vec((any::<proptest::sample::Index>(), any::<u8>()), 0..3),
            raw in any::<bool>(),
        ) {
            let mut z = if raw { data.clone() } else { zlib(&data) };
            for (at, v) in flips {
                if !z.is_empty() {
                    let i = at.index(z.len());
                    z[i] = v;
                }
            }
            z.truncate(cut.index(z.len() + 1).max(z.len() / 2));
            let s = flate_stream(z);
            prop_assert_eq!(Inflater::default().decode(&s), lopdf_way(&s));
        }
    }
}
