//! Byte classes eight bytes at a time ("SIMD within a register"): the
//! tokenizer and the word finder read ASCII letters and digits this way,
//! and the segmenter skips to the next possible terminator, instead of
//! branching on every byte.

/// The high bit of every byte.
pub const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

const ONES: u64 = 0x0101_0101_0101_0101;

/// The high bit of each byte of `w` that is in `lo..=hi` (both ASCII),
/// exactly. Bytes without their high bit are at most 0x7f, so adding up
/// to 0x80 carries into no neighbour.
pub fn in_range(w: u64, lo: u8, hi: u8) -> u64 {
    let low7 = w & !HIGH_BITS;
    let from_lo = low7 + u64::from(0x80 - lo) * ONES;
    let past_hi = low7 + u64::from(0x80 - hi - 1) * ONES;
    from_lo & !past_hi & !w & HIGH_BITS
}

/// The high bit of each byte of `w` that is an ASCII letter.
pub fn ascii_letters(w: u64) -> u64 {
    // Setting 0x20 lowers capitals, brings no other byte into a..=z and
    // leaves the high bits as they were.
    in_range(w | (0x20 * ONES), b'a', b'z')
}

/// The high bit of each byte of `w` that is an ASCII capital letter.
pub fn ascii_capitals(w: u64) -> u64 {
    in_range(w, b'A', b'Z')
}

/// The high bit of each byte of `w` that is an ASCII digit.
pub fn ascii_digits(w: u64) -> u64 {
    in_range(w, b'0', b'9')
}

/// The high bit of each byte of `w` that JSON must escape inside a
/// string: a control character (below 0x20), `"` or `\\`.
pub fn json_escapes(w: u64) -> u64 {
    in_range(w, 0, 0x1f) | in_range(w, b'"', b'"') | in_range(w, b'\\', b'\\')
}

/// Whether some byte of `w` is `b`. Exact as a yes or no: a borrow can
/// only mark bytes above one that is `b`.
pub fn has_byte(w: u64, b: u8) -> bool {
    let x = w ^ (u64::from(b) * ONES);
    x.wrapping_sub(ONES) & !x & HIGH_BITS != 0
}

/// Packs the high bits of the eight bytes of `w` into the low eight bits
/// of the result, byte `k` to bit `k` (little-endian load).
pub fn high_bits_to_byte(w: u64) -> u64 {
    ((w >> 7) & ONES).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

/// Loads eight bytes from `bytes[at..]`, little-endian.
pub fn load(bytes: &[u8], at: usize) -> u64 {
    let chunk: [u8; 8] =
        bytes[at..at + 8].try_into().expect("eight bytes to load");
    u64::from_le_bytes(chunk)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_in_every_place() {
        for b in 0..=255u8 {
            for place in 0..8 {
                // The byte among letters, and among other bytes.
                for fill in [b'q', b' ', b'7', 0xe2, b'\n', b'"'] {
                    let mut bytes = [fill; 8];
                    bytes[place] = b;
                    let w = u64::from_le_bytes(bytes);
                    assert!(has_byte(w, b));
                    assert_eq!(
                        has_byte(w, b ^ 1),
                        bytes.contains(&(b ^ 1)),
                        "{bytes:?}"
                    );
                    let letters = high_bits_to_byte(ascii_letters(w));
                    let digits = high_bits_to_byte(ascii_digits(w));
                    for (k, &x) in bytes.iter().enumerate() {
                        let bit = |m: u64| (m >> k) & 1 == 1;
                        assert_eq!(bit(letters), x.is_ascii_alphabetic());
                        assert_eq!(bit(digits), x.is_ascii_digit());
                        assert_eq!(
                            bit(high_bits_to_byte(ascii_capitals(w))),
                            x.is_ascii_uppercase()
                        );
                        assert_eq!(
                            bit(high_bits_to_byte(json_escapes(w))),
                            x < 0x20 || x == b'"' || x == b'\\'
                        );
                    }
                }
            }
        }
    }
}
