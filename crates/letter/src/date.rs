//! Calendar dates as letters write them (`2/20/14`, `02/20/2014`) and as
//! imr-search prints and indexes them (ISO `YYYY-MM-DD`).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A validated calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoDate {
    /// Four-digit year.
    pub year: i32,
    /// 1..=12.
    pub month: u32,
    /// 1..=31, valid for the month.
    pub day: u32,
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl IsoDate {
    /// A date if the parts form a real calendar day.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Self> {
        (1900..=2100)
            .contains(&year)
            .then_some(())
            .filter(|_| day >= 1 && day <= days_in_month(year, month))
            .map(|_| IsoDate { year, month, day })
    }

    /// Parses `M/D/YY` or `MM/DD/YYYY`; two-digit years are 20yy when that is
    /// not in the future of the IMR program (<= 49), else 19yy (injuries from
    /// the 1980s and 1990s appear in letters).
    pub fn from_us(text: &str) -> Option<Self> {
        let mut parts = text.trim().split('/');
        let m: u32 = parts.next()?.trim().parse().ok()?;
        let d: u32 = parts.next()?.trim().parse().ok()?;
        let y_str = parts.next()?.trim();
        if parts.next().is_some() {
            return None;
        }
        let y: i32 = y_str.parse().ok()?;
        let year = match y_str.len() {
            2 if y <= 49 => 2000 + y,
            2 => 1900 + y,
            4 => y,
            _ => return None,
        };
        Self::new(year, m, d)
    }

    /// Parses ISO `YYYY-MM-DD`.
    pub fn from_iso(text: &str) -> Option<Self> {
        let t = text.trim();
        let mut parts = t.split('-');
        let y: i32 = parts.next()?.parse().ok()?;
        let m: u32 = parts.next()?.parse().ok()?;
        let d: u32 = parts.next()?.parse().ok()?;
        if parts.next().is_some() {
            return None;
        }
        Self::new(y, m, d)
    }

    /// Days since 1970-01-01 (negative before), for fast fields and sorting.
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for IsoDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A date a user typed that is neither `YYYY-MM-DD` nor `M/D/YYYY`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("bad date `{0}`: expected YYYY-MM-DD or M/D/YYYY")]
pub struct BadDate(pub String);

/// A date as users type it: `2014-03-02` or `3/2/2014` (`3/2/14`). The one
/// parser of typed dates: command-line flags, API parameters, filters and
/// stored records all come through it.
impl std::str::FromStr for IsoDate {
    type Err = BadDate;

    fn from_str(text: &str) -> Result<Self, BadDate> {
        IsoDate::from_iso(text)
            .or_else(|| IsoDate::from_us(text))
            .ok_or_else(|| BadDate(text.to_string()))
    }
}

impl<'de> Deserialize<'de> for IsoDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_dates_parse_in_both_forms() {
        assert_eq!(
            "2014-03-02".parse::<IsoDate>().unwrap().to_string(),
            "2014-03-02"
        );
        assert_eq!(
            "3/2/2014".parse::<IsoDate>().unwrap().to_string(),
            "2014-03-02"
        );
        assert_eq!(
            "2014-02-30".parse::<IsoDate>().unwrap_err().to_string(),
            "bad date `2014-02-30`: expected YYYY-MM-DD or M/D/YYYY"
        );
    }

    #[test]
    fn us_dates() {
        assert_eq!(
            IsoDate::from_us("2/20/14").unwrap().to_string(),
            "2014-02-20"
        );
        assert_eq!(
            IsoDate::from_us("02/20/2014").unwrap().to_string(),
            "2014-02-20"
        );
        assert_eq!(
            IsoDate::from_us("1/5/98").unwrap().to_string(),
            "1998-01-05"
        );
        assert!(IsoDate::from_us("2/30/14").is_none());
        assert!(IsoDate::from_us("13/1/14").is_none());
        assert!(IsoDate::from_us("1/1/123").is_none());
    }

    #[test]
    fn epoch_days() {
        assert_eq!(IsoDate::new(1970, 1, 1).unwrap().days_since_epoch(), 0);
        assert_eq!(IsoDate::new(2000, 3, 1).unwrap().days_since_epoch(), 11_017);
        assert_eq!(IsoDate::new(1969, 12, 31).unwrap().days_since_epoch(), -1);
    }
}
