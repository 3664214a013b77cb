//! A table as Parquet, through the `parquet` crate's low-level writer (no
//! Arrow): rows are buffered column by column and written as a row group
//! every [`ROW_GROUP_ROWS`] rows or [`ROW_GROUP_BYTES`] bytes of text,
//! whichever comes first, so memory stays bounded however many rows come.
//!
//! Types: STRING is `binary (STRING)`, INT64 `int64`, DATE `int32 (DATE)`,
//! LIST<STRING> the standard three-level `group (LIST) { repeated group list
//! { required binary element (STRING) } }` (never null: no value is an empty
//! list). Scalars are optional (nullable) but for `item_index` and the
//! closed values that name their missing value (`outcome`,
//! `final_determination`). Pages are zstd-compressed.

use std::io::Write;
use std::sync::Arc;

use parquet::basic::{Compression, ZstdLevel};
use parquet::column::writer::ColumnWriter;
use parquet::data_type::ByteArray;
use parquet::errors::ParquetError;
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;

use super::columns::{Column, ColumnType, Table, Value};
use super::writer::{SinkError, TableSink};

/// Most rows in one row group.
pub const ROW_GROUP_ROWS: usize = 65_536;
/// Most bytes of text buffered for one row group.
pub const ROW_GROUP_BYTES: usize = 64 << 20;

/// One column's buffered values and levels.
#[derive(Default)]
struct Buffer {
    bytes: Vec<ByteArray>,
    ints: Vec<i64>,
    dates: Vec<i32>,
    defs: Vec<i16>,
    reps: Vec<i16>,
}

/// The Parquet schema of a table's columns, as a message type.
pub fn message_type(table: Table, columns: &[Column]) -> String {
    let mut out = format!("message {} {{\n", table.name());
    for c in columns {
        let rep = if c.nullable() { "optional" } else { "required" };
        let line = match c.column_type {
            ColumnType::String | ColumnType::Enum(_) => {
                format!("{rep} binary {} (STRING);", c.name)
            }
            ColumnType::Int => format!("{rep} int64 {};", c.name),
            ColumnType::Date => format!("{rep} int32 {} (DATE);", c.name),
            ColumnType::List => format!(
                "required group {} (LIST) {{ repeated group list {{ required binary element (STRING); }} }}",
                c.name
            ),
        };
        out.push_str("  ");
        out.push_str(&line);
        out.push('\n');
    }
    out.push('}');
    out
}

/// A table as a Parquet file.
pub struct ParquetSink<W: Write + Send> {
    writer: SerializedFileWriter<W>,
    columns: Vec<Column>,
    buffers: Vec<Buffer>,
    rows: usize,
    bytes: usize,
}

impl<W: Write + Send> ParquetSink<W> {
    /// A Parquet table of `columns` on `out`.
    pub fn new(out: W, table: Table, columns: Vec<Column>) -> Result<Self, SinkError> {
        let schema = Arc::new(parse_message_type(&message_type(table, &columns))?);
        let props = WriterProperties::builder()
            .set_compression(Compression::ZSTD(ZstdLevel::default()))
            .set_created_by(format!("imr-search {}", env!("CARGO_PKG_VERSION")))
            .build();
        let writer = SerializedFileWriter::new(out, schema, Arc::new(props))?;
        let buffers = columns.iter().map(|_| Buffer::default()).collect();
        Ok(ParquetSink {
            writer,
            columns,
            buffers,
            rows: 0,
            bytes: 0,
        })
    }

    fn push_text(&mut self, column: usize, text: &str) {
        self.bytes += text.len();
        self.buffers[column].bytes.push(ByteArray::from(text));
    }

    fn push(&mut self, column: usize, value: &Value<'_>) {
        let c = self.columns[column];
        let def = i16::from(*value != Value::Null);
        if c.nullable() {
            self.buffers[column].defs.push(def);
        }
        match (c.column_type, value) {
            (ColumnType::List, _) => {
                let mut n = 0;
                for e in value.elements() {
                    let b = &mut self.buffers[column];
                    b.defs.push(1);
                    b.reps.push(i16::from(n > 0));
                    n += 1;
                    self.push_text(column, e);
                }
                if n == 0 {
                    let b = &mut self.buffers[column];
                    b.defs.push(0);
                    b.reps.push(0);
                }
            }
            (_, Value::Null) if c.nullable() => {}
            (ColumnType::Int, v) => {
                let n = if let Value::Int(n) = v { *n } else { 0 };
                self.buffers[column].ints.push(n);
            }
            (ColumnType::Date, v) => {
                let days = if let Value::Date(d) = v {
                    i32::try_from(d.days_since_epoch()).unwrap_or(0)
                } else {
                    0
                };
                self.buffers[column].dates.push(days);
            }
            (_, Value::Str(s)) => self.push_text(column, s),
            _ => self.push_text(column, ""),
        }
    }

    fn flush(&mut self) -> Result<(), SinkError> {
        if self.rows == 0 {
            return Ok(());
        }
        let mut group = self.writer.next_row_group()?;
        for (column, buffer) in self.columns.iter().zip(&mut self.buffers) {
            let mut writer = group.next_column()?.ok_or_else(|| {
                ParquetError::General(format!("no column writer for {}", column.name))
            })?;
            let list = matches!(column.column_type, ColumnType::List);
            let defs = (list || column.nullable()).then_some(&buffer.defs[..]);
            let reps = list.then_some(&buffer.reps[..]);
            match writer.untyped() {
                ColumnWriter::ByteArrayColumnWriter(w) => w.write_batch(&buffer.bytes, defs, reps),
                ColumnWriter::Int64ColumnWriter(w) => w.write_batch(&buffer.ints, defs, reps),
                ColumnWriter::Int32ColumnWriter(w) => w.write_batch(&buffer.dates, defs, reps),
                _ => Err(ParquetError::General(format!(
                    "unexpected writer for {}",
                    column.name
                ))),
            }?;
            writer.close()?;
            *buffer = Buffer::default();
        }
        group.close()?;
        self.rows = 0;
        self.bytes = 0;
        Ok(())
    }
}

impl<W: Write + Send> TableSink for ParquetSink<W> {
    fn write_row(&mut self, row: &[Value<'_>]) -> Result<(), SinkError> {
        for (column, value) in row.iter().enumerate().take(self.columns.len()) {
            self.push(column, value);
        }
        self.rows += 1;
        if self.rows >= ROW_GROUP_ROWS || self.bytes >= ROW_GROUP_BYTES {
            self.flush()?;
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<(), SinkError> {
        self.flush()?;
        self.writer.finish()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::columns::columns;
    use parquet::file::reader::{FileReader, SerializedFileReader};

    #[test]
    fn schemas_parse_and_rows_read_back() {
        let letter = crate::document::tests::full_letter();
        let cols = columns(Table::Items);
        let file = tempfile::tempfile().unwrap();
        {
            let out = file.try_clone().unwrap();
            let mut sink = ParquetSink::new(out, Table::Items, cols.clone()).unwrap();
            for (i, item) in letter.items.iter().enumerate() {
                let row: Vec<Value> = cols
                    .iter()
                    .map(|c| c.source.value(&letter, Some((i, item))))
                    .collect();
                sink.write_row(&row).unwrap();
            }
            sink.finish().unwrap();
        }
        let reader = SerializedFileReader::new(file).unwrap();
        assert_eq!(reader.metadata().file_metadata().num_rows(), 2);
        let rows: Vec<String> = reader
            .get_row_iter(None)
            .unwrap()
            .map(|r| r.unwrap().to_string())
            .collect();
        assert!(rows[1].contains("item_index: 1"), "{}", rows[1]);
        assert!(rows[1].contains("outcome: \"overturned\""), "{}", rows[1]);
        assert!(rows[0].contains("requested: null"), "{}", rows[0]);
        assert!(
            rows[0].contains("regions: [\"/Lumbar Spine\", \"/Hip\"]"),
            "{}",
            rows[0]
        );
        let letters = columns(Table::Letters);
        parse_message_type(&message_type(Table::Letters, &letters)).unwrap();
    }
}
