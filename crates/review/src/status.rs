//! The reviewer's verdict, however it was typed.

use std::fmt;

/// A reviewer's verdict on a claim.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// Not reviewed yet: the cell is empty.
    Unreviewed,
    /// The claim checks out.
    Verified,
    /// The claim does not check out.
    Disputed,
    /// Anything else, as written (trimmed).
    Unknown(String),
}

/// The verdicts a sheet may hold, as written in it.
pub const STATUSES: [&str; 2] = ["verified", "disputed"];

impl Status {
    /// Reads a status cell: case and surrounding spaces do not matter
    /// (`Verified `, `DISPUTED`).
    ///
    /// ```
    /// use factmark_review::Status;
    ///
    /// assert_eq!(Status::parse(" Verified "), Status::Verified);
    /// assert_eq!(Status::parse(""), Status::Unreviewed);
    /// assert_eq!(Status::parse("verfied"), Status::Unknown("verfied".into()));
    /// ```
    pub fn parse(cell: &str) -> Status {
        let t = cell.trim();
        if t.is_empty() {
            Status::Unreviewed
        } else if t.eq_ignore_ascii_case("verified") {
            Status::Verified
        } else if t.eq_ignore_ascii_case("disputed") {
            Status::Disputed
        } else {
            Status::Unknown(t.to_string())
        }
    }

    /// Rewrites a status cell the usual way (`Verified ` -> `verified`),
    /// anything unknown as typed, trimmed.
    pub fn normalize(cell: &str) -> String {
        Status::parse(cell).as_str().to_string()
    }

    /// The cell as factmark writes it: known verdicts in lower case,
    /// anything else as the reviewer typed it.
    pub fn as_str(&self) -> &str {
        match self {
            Status::Unreviewed => "",
            Status::Verified => "verified",
            Status::Disputed => "disputed",
            Status::Unknown(s) => s,
        }
    }

    /// For an unknown status, the verdict it most likely meant
    /// (`verfied`, `Disputed.`, `verify`), if one is close.
    ///
    /// ```
    /// use factmark_review::Status;
    ///
    /// assert_eq!(Status::parse("verfied").suggestion(), Some("verified"));
    /// assert_eq!(Status::parse("disputed.").suggestion(), Some("disputed"));
    /// assert_eq!(Status::parse("maybe").suggestion(), None);
    /// ```
    pub fn suggestion(&self) -> Option<&'static str> {
        let Status::Unknown(s) = self else { return None };
        let s: String = s
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        STATUSES
            .iter()
            .map(|&v| {
                let prefix = s.len() >= 4 && v.starts_with(&s);
                let d = if prefix { 0 } else { distance(&s, v) };
                // Sharing the first four letters, a word may stray more.
                let stem = s.get(..4).is_some_and(|h| v.starts_with(h));
                (d.saturating_sub(usize::from(stem)), v)
            })
            .filter(|&(d, _)| d <= 2)
            .min()
            .map(|(_, v)| v)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Levenshtein distance between two short words.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            let swap = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + swap).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_misses() {
        for typo in ["Verifed", "verifid", "VERIFIED!", "verify", "verif"] {
            assert_eq!(Status::parse(typo).suggestion(), Some("verified"));
        }
        for typo in ["dispute", "Dispted", "disputd"] {
            assert_eq!(Status::parse(typo).suggestion(), Some("disputed"));
        }
        for other in ["ok", "true", "pending", "n/a", "vérifié", "ⅷⅷⅷⅷⅷ"]
        {
            assert_eq!(Status::parse(other).suggestion(), None, "{other}");
        }
    }
}
