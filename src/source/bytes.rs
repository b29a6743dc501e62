//! Bytes read as machine words, for the scans that test eight bytes at a
//! time (the lexicon's word keys, the JSON writer's escapes).

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
