//! Calendar dates from day numbers, written as letters write them.

use std::fmt::Write as _;

#[derive(Clone, Copy)]
pub(crate) struct Date {
    pub(crate) y: i64,
    pub(crate) m: u32,
    pub(crate) d: u32,
}

impl Date {
    /// Howard Hinnant's civil_from_days.
    pub(crate) fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        Date {
            y: yoe + era * 400 + i64::from(m <= 2),
            m,
            d,
        }
    }
    /// Days since 1970-01-01 of the first day of `year`.
    pub(crate) fn year_start(year: i64) -> i64 {
        let y = year - 1;
        365 * (year - 1970) + (y / 4 - y / 100 + y / 400) - (1969 / 4 - 1969 / 100 + 1969 / 400)
    }
    pub(crate) fn write(self, s: &mut String, long: bool) {
        // Writing into a String cannot fail.
        let _ = if long {
            write!(s, "{:02}/{:02}/{:04}", self.m, self.d, self.y)
        } else {
            write!(s, "{}/{}/{:02}", self.m, self.d, self.y % 100)
        };
    }
}
