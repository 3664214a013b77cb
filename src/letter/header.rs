//! Letter-level fields: case number, dates, demographics, reviewer credentials.
