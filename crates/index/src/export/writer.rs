//! Where rows go: the [`TableSink`] trait and its CSV and JSON Lines sinks
//! (the Parquet sink is `parquet_sink`). A sink is made for one table's
//! columns, takes rows one at a time and holds at most what it has not
//! written yet.
//!
//! CSV: a header row of the column names; a null is an empty field (so is
//! an empty string); a date is `YYYY-MM-DD`; a list's elements are joined
//! with [`LIST_SEPARATOR`]. JSON Lines: one object per row, keys the column
//! names, lists as arrays, dates as `"YYYY-MM-DD"`, nulls as `null`.

use std::io::{self, Write};

use super::columns::{Column, ColumnType, Value};

/// What the separator between a CSV list's elements is: ` | `.
pub const LIST_SEPARATOR: &str = " | ";

/// What writing a table can fail with.
#[derive(Debug, thiserror::Error)]
pub enum SinkError {
    /// Writing the bytes failed.
    #[error("{0}")]
    Io(#[from] io::Error),
    /// The Parquet writer refused.
    #[error("{0}")]
    Parquet(#[from] parquet::errors::ParquetError),
}

/// A table being written, row by row.
pub trait TableSink {
    /// Writes one row: one value per column, in column order.
    fn write_row(&mut self, row: &[Value<'_>]) -> Result<(), SinkError>;
    /// Writes what is buffered and the file's end; no row may follow.
    fn finish(&mut self) -> Result<(), SinkError>;
}

/// A table as CSV.
pub struct CsvSink<W: Write> {
    out: W,
    columns: Vec<Column>,
    line: String,
}

impl<W: Write> CsvSink<W> {
    /// A CSV table of `columns` on `out`; writes the header row.
    pub fn new(mut out: W, columns: Vec<Column>) -> Result<Self, SinkError> {
        let header: Vec<&str> = columns.iter().map(|c| c.name).collect();
        writeln!(out, "{}", header.join(","))?;
        Ok(CsvSink {
            out,
            columns,
            line: String::new(),
        })
    }

    /// The writer, after [`TableSink::finish`].
    pub fn into_inner(self) -> W {
        self.out
    }
}

/// `text` as one CSV field: quoted when it holds a comma, a quote or a
/// line break (quotes doubled), else as is.
pub fn csv_field(text: &str, out: &mut String) {
    if text.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(text);
    }
}

impl<W: Write> TableSink for CsvSink<W> {
    fn write_row(&mut self, row: &[Value<'_>]) -> Result<(), SinkError> {
        self.line.clear();
        for (i, value) in row.iter().enumerate() {
            if i > 0 {
                self.line.push(',');
            }
            match value {
                Value::Null => {}
                Value::Str(s) => csv_field(s, &mut self.line),
                Value::Int(n) => self.line.push_str(&n.to_string()),
                Value::Date(d) => self.line.push_str(&d.to_string()),
                Value::List(_) | Value::Sentences(_) => {
                    let joined: Vec<&str> = value.elements().collect();
                    csv_field(&joined.join(LIST_SEPARATOR), &mut self.line);
                }
            }
        }
        debug_assert_eq!(row.len(), self.columns.len());
        self.line.push('\n');
        self.out.write_all(self.line.as_bytes())?;
        Ok(())
    }

    fn finish(&mut self) -> Result<(), SinkError> {
        Ok(self.out.flush()?)
    }
}

/// A table as JSON Lines.
pub struct JsonlSink<W: Write> {
    out: W,
    columns: Vec<Column>,
    line: Vec<u8>,
}

impl<W: Write> JsonlSink<W> {
    /// A JSON Lines table of `columns` on `out`.
    pub fn new(out: W, columns: Vec<Column>) -> Self {
        JsonlSink {
            out,
            columns,
            line: Vec::new(),
        }
    }
}

fn json_string(text: &str, out: &mut Vec<u8>) -> Result<(), SinkError> {
    serde_json::to_writer(&mut *out, text).map_err(io::Error::from)?;
    Ok(())
}

impl<W: Write> TableSink for JsonlSink<W> {
    fn write_row(&mut self, row: &[Value<'_>]) -> Result<(), SinkError> {
        self.line.clear();
        self.line.push(b'{');
        for (i, (column, value)) in self.columns.iter().zip(row).enumerate() {
            if i > 0 {
                self.line.push(b',');
            }
            json_string(column.name, &mut self.line)?;
            self.line.push(b':');
            match value {
                Value::Null if matches!(column.column_type, ColumnType::List) => {
                    self.line.extend_from_slice(b"[]")
                }
                Value::Null => self.line.extend_from_slice(b"null"),
                Value::Str(s) => json_string(s, &mut self.line)?,
                Value::Int(n) => self.line.extend_from_slice(n.to_string().as_bytes()),
                Value::Date(d) => json_string(&d.to_string(), &mut self.line)?,
                Value::List(_) | Value::Sentences(_) => {
                    self.line.push(b'[');
                    for (j, e) in value.elements().enumerate() {
                        if j > 0 {
                            self.line.push(b',');
                        }
                        json_string(e, &mut self.line)?;
                    }
                    self.line.push(b']');
                }
            }
        }
        self.line.extend_from_slice(b"}\n");
        self.out.write_all(&self.line)?;
        Ok(())
    }

    fn finish(&mut self) -> Result<(), SinkError> {
        Ok(self.out.flush()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::columns::{columns, Table};

    fn row_of<'a>(cols: &[Column], letter: &'a imr_letter::letter::Letter) -> Vec<Value<'a>> {
        cols.iter()
            .map(|c| c.source.value(letter, Some((0, &letter.items[0]))))
            .collect()
    }

    #[test]
    fn csv_quotes_and_joins() {
        let mut letter = crate::document::tests::full_letter();
        letter.items[0].service = "Norco, \"10/325\"".into();
        let cols = columns(Table::Items);
        let mut sink = CsvSink::new(Vec::new(), cols.clone()).unwrap();
        sink.write_row(&row_of(&cols, &letter)).unwrap();
        sink.finish().unwrap();
        let text = String::from_utf8(sink.into_inner()).unwrap();
        let mut lines = text.lines();
        assert!(lines
            .next()
            .unwrap()
            .starts_with("file,case_number,item_index,"));
        let row = lines.next().unwrap();
        assert!(row.starts_with("a/b.txt,CM14-0123456,0,"), "{row}");
        assert!(row.contains("\"Norco, \"\"10/325\"\"\""), "{row}");
        assert!(row.contains("/Lumbar Spine | /Hip"), "{row}");
    }

    #[test]
    fn jsonl_types_values() {
        let letter = crate::document::tests::full_letter();
        let cols = columns(Table::Letters);
        let mut sink = JsonlSink::new(Vec::new(), cols.clone());
        sink.write_row(&row_of(&cols, &letter)).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&sink.out).unwrap();
        assert_eq!(v["age"], 47);
        assert_eq!(v["ur_date"], "2014-02-20");
        assert_eq!(v["license_states"], serde_json::json!(["/CA", "/NV"]));
        assert_eq!(v["final_determination"], "partial");
        assert_eq!(v["ca_licensed"], "yes");
    }
}
