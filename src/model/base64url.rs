//! Base64url without padding (RFC 4648 §5): the alphabet that is safe in a URL fragment.
//! Hand-written because it is 50 lines and a crate would add to every visitor's download.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let chars = chunk.len() + 1;
        for i in 0..chars {
            let index = (n >> (18 - 6 * i)) & 0x3f;
            out.push(char::from(ALPHABET[index as usize]));
        }
    }
    out
}

/// Why a text is not base64url.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base64Error {
    /// A character outside the alphabet, at this byte position.
    InvalidCharacter(usize),
    /// A length that no encoding produces (one character left over).
    InvalidLength,
    /// Bits past the last byte are set: not the one canonical text for these bytes.
    NonCanonical,
}

pub fn decode(text: &str) -> Result<Vec<u8>, Base64Error> {
    let values = text
        .bytes()
        .enumerate()
        .map(|(position, c)| sextet(c).ok_or(Base64Error::InvalidCharacter(position)))
        .collect::<Result<Vec<u8>, _>>()?;
    if values.len() % 4 == 1 {
        return Err(Base64Error::InvalidLength);
    }
    let unused_bits_mask = match values.len() % 4 {
        2 => 0b1111,
        3 => 0b11,
        _ => 0,
    };
    if values
        .last()
        .is_some_and(|last| last & unused_bits_mask != 0)
    {
        return Err(Base64Error::NonCanonical);
    }
    let mut out = Vec::with_capacity(values.len() * 3 / 4);
    for chunk in values.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, v)| n | (u32::from(*v) << (18 - 6 * i)));
        let byte_count = chunk.len() - 1;
        for i in 0..byte_count {
            out.push(((n >> (16 - 8 * i)) & 0xff) as u8);
        }
    }
    Ok(out)
}

fn sextet(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_rfc_4648_vectors() {
        let vectors: [(&[u8], &str); 7] = [
            (b"", ""),
            (b"f", "Zg"),
            (b"fo", "Zm8"),
            (b"foo", "Zm9v"),
            (b"foob", "Zm9vYg"),
            (b"fooba", "Zm9vYmE"),
            (b"foobar", "Zm9vYmFy"),
        ];
        for (bytes, text) in vectors {
            assert_eq!(encode(bytes), text);
            assert_eq!(decode(text), Ok(bytes.to_vec()));
        }
    }

    #[test]
    fn uses_url_safe_alphabet() {
        assert_eq!(encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(decode("-_8"), Ok(vec![0xfb, 0xff]));
    }

    #[test]
    fn rejects_foreign_characters_and_lengths() {
        assert_eq!(decode("Zm9v+"), Err(Base64Error::InvalidCharacter(4)));
        assert_eq!(decode("Zm=v"), Err(Base64Error::InvalidCharacter(2)));
        assert_eq!(decode("Zm9vY"), Err(Base64Error::InvalidLength));
        assert_eq!(decode("Zh"), Err(Base64Error::NonCanonical));
        assert_eq!(decode("Zm9"), Err(Base64Error::NonCanonical));
    }

    #[test]
    fn round_trips_every_byte_value() {
        let bytes: Vec<u8> = (0..=255).collect();
        assert_eq!(decode(&encode(&bytes)), Ok(bytes));
    }
}
