//! Stream data decoded for the lazy reader: a stream whose only filter is
//! `FlateDecode` is inflated here, straight into the caller's buffer with
//! one decompressor kept per document, and a PNG predictor in its decode
//! parameters (cross-reference streams have one) is undone as `lopdf`
//! undoes it; every other stream, and any stream this path cannot inflate
//! cleanly, is decoded by `lopdf` (`Stream::decompressed_content`) as
//! before.
//!
//! `lopdf` inflates through `flate2`'s reader, which sets up a fresh
//! decompressor for every stream and grows its output by doubling: for a
//! letter's few small streams that set-up cost more than the inflating.
//! This module calls the same `flate2` decompressor (the same backend,
//! `zlib-rs`, with its zlib header and Adler-32 checks), so a stream it
//! inflates to its end gives the bytes `lopdf` gives. A stream that ends
//! early, fails its checksum or is damaged in any way is handed to `lopdf`;
//! the reader keeps `lopdf`'s partial output unless what inflated before
//! the damage is more ([`Inflater::decode_salvaging_into`], as poppler
//! keeps it), and says the stream was damaged.

use std::cell::RefCell;

use flate2::{Decompress, FlushDecompress, Status};
use pdf_extract::{Dictionary, Object, Stream};

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
    /// the stored bytes, as the callers did before). The reader salvages
    /// ([`Inflater::decode_salvaging_into`]); this is what it salvages
    /// beyond.
    #[cfg(test)]
    pub(super) fn decode_into(&self, stream: &Stream, out: &mut Vec<u8>) {
        if self.fast_into(stream, out) {
            return;
        }
        match stream.decompressed_content() {
            Ok(data) => out.extend_from_slice(&data),
            Err(_) => out.extend_from_slice(&stream.content),
        }
    }

    /// Appends `stream`'s decoded data to `out` as
    /// [`Inflater::decode_into`] does, except that a damaged `FlateDecode`
    /// stream (without a predictor) keeps everything it inflates to before
    /// the damage, as poppler keeps it, when that is more than `lopdf`
    /// gives (`lopdf` drops the last piece it was reading, or all of it).
    /// `true` when such a stream is damaged (it fails, or ends before its
    /// end): its data may end early, whichever reading is kept.
    pub(super) fn decode_salvaging_into(&self, stream: &Stream, out: &mut Vec<u8>) -> bool {
        if self.fast_into(stream, out) {
            return false;
        }
        let lopdf = stream.decompressed_content().ok();
        // A predictor's rows are not salvaged (cross-reference streams).
        let plain = match flate_params(stream) {
            Some(None) => true,
            Some(Some(params)) => matches!(png_predictor(params), Some(None)),
            None => false,
        };
        let Some((prefix, clean)) = plain.then(|| self.inflate_prefix(&stream.content)) else {
            out.extend_from_slice(lopdf.as_deref().unwrap_or(&stream.content));
            return false;
        };
        // A bad zlib header inflates to nothing here: lopdf's raw-deflate
        // reading stands, as before.
        let damaged = !clean && !prefix.is_empty();
        match lopdf {
            Some(data) if data.len() >= prefix.len() => out.extend_from_slice(&data),
            None if prefix.is_empty() => out.extend_from_slice(&stream.content),
            _ => out.extend_from_slice(&prefix),
        }
        damaged
    }

    /// `stream`'s decoded data (see [`Inflater::decode_salvaging_into`]),
    /// and whether it was salvaged.
    pub(super) fn decode_salvaging(&self, stream: &Stream) -> (Vec<u8>, bool) {
        let mut out = Vec::new();
        let salvaged = self.decode_salvaging_into(stream, &mut out);
        (out, salvaged)
    }

    /// What a zlib stream inflates to before it ends, fails or runs out
    /// (nothing when its header is bad), up to [`MAX_RATIO`] times its
    /// size, and whether it ended cleanly.
    fn inflate_prefix(&self, input: &[u8]) -> (Vec<u8>, bool) {
        let mut out = Vec::new();
        let Ok(mut slot) = self.state.try_borrow_mut() else {
            return (out, false);
        };
        let d = match slot.as_mut() {
            Some(d) => {
                d.reset(true);
                d
            }
            None => slot.insert(Decompress::new(true)),
        };
        let limit = input.len().saturating_mul(MAX_RATIO);
        let mut room = input.len().saturating_mul(4).max(1024);
        loop {
            out.reserve(room);
            let (read, had) = (as_usize(d.total_in()), out.len());
            let rest = input.get(read..).unwrap_or_default();
            match d.decompress_vec(rest, &mut out, FlushDecompress::Finish) {
                Ok(Status::StreamEnd) => return (out, true),
                Ok(Status::Ok | Status::BufError)
                    if out.len() == out.capacity() && out.len() < limit =>
                {
                    room = room.saturating_mul(2);
                }
                Ok(Status::Ok | Status::BufError)
                    if (out.len() > had || as_usize(d.total_in()) > read) && out.len() < limit => {}
                _ => return (out, false),
            }
        }
    }

    /// `stream`'s decoded data (see [`Inflater::decode_into`]).
    #[cfg(test)]
    pub(super) fn decode(&self, stream: &Stream) -> Vec<u8> {
        let mut out = Vec::new();
        self.decode_into(stream, &mut out);
        out
    }

    /// `Stream::decompressed_content`, `None` where it fails.
    pub(super) fn decompressed(&self, stream: &Stream) -> Option<Vec<u8>> {
        let mut out = Vec::new();
        if self.fast_into(stream, &mut out) {
            return Some(out);
        }
        stream.decompressed_content().ok()
    }

    /// The fast path: a `FlateDecode` stream inflated cleanly onto the end
    /// of `out` and its PNG predictor undone; `false`, with `out` as it
    /// was, for anything `lopdf` is to decode.
    fn fast_into(&self, stream: &Stream, out: &mut Vec<u8>) -> bool {
        let Some(params) = flate_params(stream) else {
            return false;
        };
        let predictor = match params.map(png_predictor) {
            None => None,
            Some(Some(p)) => p,
            // Parameters this path does not follow exactly.
            Some(None) => return false,
        };
        let base = out.len();
        if !self.inflate_into(&stream.content, out) {
            return false;
        }
        let Some((bytes_per_pixel, pixels_per_row)) = predictor else {
            return true;
        };
        let decoded = out.get(base..).map(|data| {
            pdf_extract::filters::png::decode_frame(data, bytes_per_pixel, pixels_per_row)
        });
        out.truncate(base);
        match decoded {
            Some(Ok(data)) => {
                out.extend_from_slice(&data);
                true
            }
            _ => false,
        }
    }

    /// Inflates a whole zlib stream onto the end of `out`; `false`, with
    /// `out` as it was, unless the stream ends cleanly with its checksum.
    /// The decompressor writes into the vector's spare room (nothing is
    /// zeroed first).
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
            out.reserve(room);
            let read = as_usize(d.total_in());
            let rest = input.get(read..).unwrap_or_default();
            let status = d.decompress_vec(rest, out, FlushDecompress::Finish);
            let written = out.len() - base;
            match status {
                Ok(Status::StreamEnd) => return true,
                // Out of room (the only way to stop short with input
                // left): more room, unless the output is past all reason.
                Ok(Status::Ok | Status::BufError)
                    if out.len() == out.capacity() && written < limit =>
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

/// When `FlateDecode` is the stream's one filter: its decode parameters as
/// `lopdf` reads them (a direct dictionary, else none).
fn flate_params(stream: &Stream) -> Option<Option<&Dictionary>> {
    let dict = stream.dict.as_hashmap();
    let flate = match dict.get(&b"Filter"[..]) {
        Some(Object::Name(n)) => n == b"FlateDecode",
        Some(Object::Array(a)) => matches!(a.as_slice(), [Object::Name(n)] if n == b"FlateDecode"),
        _ => false,
    };
    if !flate {
        return None;
    }
    Some(match dict.get(&b"DecodeParms"[..]) {
        Some(Object::Dictionary(d)) => Some(d),
        _ => None,
    })
}

/// The PNG predictor `lopdf` applies for these parameters: `Some(None)`
/// when it applies none, `Some(Some((bytes per pixel, pixels per row)))`
/// for a PNG predictor (10 to 15), `None` for values whose arithmetic
/// this path does not follow (a product past `usize`).
fn png_predictor(params: &Dictionary) -> Option<Option<(usize, usize)>> {
    let int = |key: &[u8], default: i64| {
        params
            .as_hashmap()
            .get(key)
            .and_then(|o| o.as_i64().ok())
            .unwrap_or(default)
    };
    if !(10..=15).contains(&int(b"Predictor", 1)) {
        return Some(None);
    }
    // lopdf: `max(1, n) as usize`, and eight bits at the least.
    let at_least = |n: i64, min: i64| usize::try_from(n.max(min)).ok();
    let pixels_per_row = at_least(int(b"Columns", 1), 1)?;
    let colors = at_least(int(b"Colors", 1), 1)?;
    let bits = at_least(int(b"BitsPerComponent", 8), 8)?;
    let bytes_per_pixel = colors.checked_mul(bits)? / 8;
    // lopdf's row length, which must not overflow either.
    bytes_per_pixel.checked_mul(pixels_per_row)?;
    Some(Some((bytes_per_pixel, pixels_per_row)))
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

    #[test]
    fn a_damaged_stream_keeps_what_it_inflates_to_before_the_damage() {
        let text: Vec<u8> = (0..3000)
            .flat_map(|i| format!("BT ({i}) Tj ET\n").into_bytes())
            .collect();
        let inflater = Inflater::default();
        // Clean: as lopdf reads it, nothing salvaged.
        let s = flate_stream(zlib(&text));
        assert_eq!(inflater.decode_salvaging(&s), (text.clone(), false));
        // A byte near the end damaged: lopdf loses the piece it was
        // reading; the salvage keeps a prefix longer than lopdf's.
        let mut bad = zlib(&text);
        let at = bad.len() - 40;
        bad[at] ^= 0x55;
        let s = flate_stream(bad);
        let (got, salvaged) = inflater.decode_salvaging(&s);
        assert!(salvaged);
        assert!(
            got.len() > lopdf_way(&s).len(),
            "{} vs {}",
            got.len(),
            lopdf_way(&s).len()
        );
        // The damage garbles what the last good bytes refer back to: the
        // first half of the text came out right.
        assert!(got.len() > text.len() / 2);
        assert_eq!(&got[..text.len() / 2], &text[..text.len() / 2]);
        // Cut short: everything that was there.
        let z = zlib(&text);
        let s = flate_stream(z[..z.len() * 3 / 4].to_vec());
        let (got, salvaged) = inflater.decode_salvaging(&s);
        assert!(salvaged && text.starts_with(&got) && got.len() > text.len() / 2);
        // A bad zlib header: lopdf's raw-deflate reading, as before.
        let mut raw = zlib(&text);
        raw[0] = 0;
        let s = flate_stream(raw);
        assert_eq!(inflater.decode_salvaging(&s), (lopdf_way(&s), false));
    }

    fn predicted_stream(content: Vec<u8>, columns: i64, colors: Option<i64>) -> Stream {
        let mut s = flate_stream(content);
        let mut params = Dictionary::new();
        params.set("Predictor", Object::Integer(12));
        params.set("Columns", Object::Integer(columns));
        if let Some(c) = colors {
            params.set("Colors", Object::Integer(c));
        }
        s.dict.set("DecodeParms", Object::Dictionary(params));
        s
    }

    #[test]
    fn undoes_a_png_predictor_as_lopdf_does() {
        // Rows of a cross-reference stream: filter byte 2 (Up), 4 columns.
        let mut rows = Vec::new();
        for i in 0..50u8 {
            rows.extend_from_slice(&[2, 1, 0, i, 0]);
        }
        let s = predicted_stream(zlib(&rows), 4, None);
        let want = s.decompressed_content().ok();
        assert!(want.is_some());
        assert_eq!(Inflater::default().decompressed(&s), want);
        // A row cut short, and a filter byte out of range: lopdf's error.
        let s = predicted_stream(zlib(&rows[..rows.len() - 2]), 4, None);
        assert_eq!(
            Inflater::default().decompressed(&s),
            s.decompressed_content().ok()
        );
        let s = predicted_stream(zlib(&[9, 1, 2, 3, 4]), 4, None);
        assert_eq!(Inflater::default().decompressed(&s), None);
    }

    proptest! {
        /// Predicted data of any shape reads as `lopdf` reads it.
        #[test]
        fn predicted_streams_read_as_lopdf_reads_them(
            data in proptest::collection::vec(0u8..6, 0..400),
            columns in -2i64..12,
            colors in proptest::option::of(-1i64..4),
            cut in any::<proptest::sample::Index>(),
        ) {
            let mut z = zlib(&data);
            z.truncate(cut.index(z.len() + 1).max(z.len() - z.len() / 8));
            let s = predicted_stream(z, columns, colors);
            let inflater = Inflater::default();
            prop_assert_eq!(inflater.decompressed(&s), s.decompressed_content().ok());
            prop_assert_eq!(inflater.decode(&s), lopdf_way(&s));
        }

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
            let clean = !raw && flips.is_empty() && cut.index(z.len() + 1) == z.len();
            for (at, v) in flips {
                if !z.is_empty() {
                    let i = at.index(z.len());
                    z[i] = v;
                }
            }
            z.truncate(cut.index(z.len() + 1).max(z.len() / 2));
            let s = flate_stream(z);
            prop_assert_eq!(Inflater::default().decode(&s), lopdf_way(&s));
            // The salvage gives lopdf's answer, or more of the stream's
            // data than lopdf keeps (never less, and what lopdf keeps
            // first); a clean stream is never called damaged.
            let (got, salvaged) = Inflater::default().decode_salvaging(&s);
            match s.decompressed_content() {
                Ok(lopdf) if got.len() > lopdf.len() => {
                    prop_assert!(salvaged);
                    prop_assert!(got.starts_with(&lopdf));
                }
                _ => prop_assert_eq!(got, lopdf_way(&s)),
            }
            if clean {
                prop_assert!(!salvaged);
            }
        }
    }
}
