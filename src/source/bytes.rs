//! Bytes read as machine words, for the scans that test eight bytes at a
//! time (the lexicon's word keys, the lexer's letters, the names' case and
//! spaces, the JSON writer's escapes).

/// One in each byte of a `u64`: times a byte, that byte in all eight.
pub const EACH: u64 = 0x0101_0101_0101_0101;

/// The top bit of each byte of a `u64`.
pub const TOP: u64 = EACH * 0x80;

/// The top bit of each byte of `x` that lies from `low` to `high` (both
/// ASCII), set; every other bit clear. Each byte's low seven bits are
/// compared with the two ends by additions that set the top bit at a
/// threshold and never carry into the next byte; a byte with its own top
/// bit set is not ASCII, so in no such range.
#[inline(always)]
pub fn in_range_tops(x: u64, low: u8, high: u8) -> u64 {
    let seven = x & !TOP;
    let from_low = seven + EACH * (0x80 - u64::from(low));
    let past_high = seven + EACH * (0x80 - u64::from(high) - 1);
    from_low & !past_high & !x & TOP
}

/// Up to eight bytes as a little-endian integer, zero-filled. Neither a
/// copy into a buffer (a copy of a length known only at run time is a call
/// to `memcpy`) nor a byte loop (four instructions a byte, for every word of
/// every draft): two loads that may overlap, as their shared bytes are the
/// same bytes at the same places. One, two and three bytes (`a`, `of`,
/// `the`: a third of a draft's words) each have their own arm: a load or
/// two at fixed places, where one arm for the three shifted three bytes
/// by amounts worked out from the length.
pub fn le_u64(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    let load16 = |at: usize| u16::from_le_bytes([bytes[at], bytes[at + 1]]) as u64;
    let load32 = |at: usize| u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]) as u64;
    match n {
        0 => 0,
        1 => bytes[0] as u64,
        2 => load16(0),
        3 => load16(0) | (bytes[2] as u64) << 16,
        4..=7 => load32(0) | load32(n - 4) << (8 * (n - 4)),
        _ => u64::from_le_bytes(bytes[..8].try_into().expect("eight bytes")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_is_in_range_as_its_value_says_at_every_place() {
        for (low, high) in [(b'a', b'z'), (b'A', b'Z'), (0, 0), (b' ', b'~')] {
            for b in 0..=255u8 {
                for place in 0..8 {
                    // The byte at its place among bytes in the range and out of it.
                    for filler in [low, 0xff] {
                        let mut bytes = [filler; 8];
                        bytes[place] = b;
                        let tops = in_range_tops(u64::from_le_bytes(bytes), low, high);
                        let want = (low..=high).contains(&b) && b < 0x80;
                        assert_eq!(tops >> (8 * place + 7) & 1 == 1, want, "{b:#x} at {place} in {low}..={high}");
                    }
                }
            }
        }
    }

    #[test]
    fn bytes_read_little_endian() {
        assert_eq!(le_u64(b""), 0);
        assert_eq!(le_u64(b"ab"), u64::from_le_bytes(*b"ab\0\0\0\0\0\0"));
        assert_eq!(le_u64(b"abcdefgh"), u64::from_le_bytes(*b"abcdefgh"));
        let all = *b"abcdefgh";
        for n in 0..=8 {
            let mut filled = [0u8; 8];
            filled[..n].copy_from_slice(&all[..n]);
            assert_eq!(le_u64(&all[..n]), u64::from_le_bytes(filled), "{n} bytes");
        }
    }
}
