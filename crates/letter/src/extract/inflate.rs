//! Stream data decoded for the lazy reader: a stream whose only filter is
//! `FlateDecode` (no parameters) is inflated here, straight into the
//! caller's buffer with one decompressor kept per document; every other
//! stream, and any stream this path cannot inflate cleanly, is decoded by
//! `lopdf` (`Stream::decompressed_content`) as before.
//!
//! `lopdf` inflates through `flate2`'s reader, which sets up a fresh
//! decompressor for every stream and grows its output by doubling: for a
//! letter's few small streams that set-up cost more than the inflating.
//! This module calls the same `flate2` decompressor (the same backend,
//! `zlib-rs`, with its zlib header and Adler-32 checks), so a stream it
//! inflates to its end gives the bytes `lopdf` gives. A stream that ends
//! early, fails its checksum or is damaged in any way is handed to `lopdf`,
//! whose partial-output rules then apply unchanged.

use std::cell::RefCell;

use flate2::{Decompress, FlushDecompress, Status};
use pdf_extract::{Object, Stream};

/// One decompressor, reset for each stream (its state and window are
/// allocated once).
#[derive(Default)]
pub(super) struct Inflater {
    state: RefCell<Option<Decompress>>,
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
        let d = match slot.as_mut() {
            Some(d) => {
                d.reset(true);
                d
            }
            None => slot.insert(Decompress::new(true)),
        };
        let base = out.len();
        let limit = input.len().saturating_mul(MAX_RATIO);
        let mut room = input.len().saturating_mul(4).max(1024);
        loop {
            let (read, written) = (as_usize(d.total_in()), as_usize(d.total_out()));
            out.resize(base + written + room, 0);
            let rest = input.get(read..).unwrap_or_default();
            let space = out.get_mut(base + written..).unwrap_or_default();
            let status = d.decompress(rest, space, FlushDecompress::Finish);
            let written = as_usize(d.total_out());
            match status {
                Ok(Status::StreamEnd) => {
                    out.truncate(base + written);
                    return true;
                }
                // Out of room (the only way to stop short with input
                // left): more room, unless the output is past all reason.
                Ok(Status::Ok | Status::BufError)
                    if base + written == out.len() && written < limit =>
                {
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

fn as_usize(n: u64) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

/// Whether `FlateDecode` is the stream's one filter and it has no decode
/// parameters (a predictor is left to `lopdf`).
fn only_flate(stream: &Stream) -> bool {
    let dict = stream.dict.as_hashmap();
    if dict.contains_key(&b"DecodeParms"[..]) {
        return false;
    }
    match dict.get(&b"Filter"[..]) {
        Some(Object::Name(n)) => n == b"FlateDecode",
        Some(Object::Array(a)) => matches!(a.as_slice(), [Object::Name(n)] if n == b"FlateDecode"),
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
        use std::io::Write;
        let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(data).expect("in memory");
        e.finish().expect("in memory")
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
