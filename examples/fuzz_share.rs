//! Fuzz target for the share decoder that runs on stable Rust (cargo-fuzz needs nightly).
//!
//! Mutates valid share codes (with answers, labels and ambitions) (as text, and as bytes resealed with a correct checksum so that the
//! structure parser behind the CRC is reached too) and feeds them to `share::decode`, which must
//! return a result or a typed error; a decoded result must survive a round trip. A panic aborts
//! the process, so a non-zero exit is a finding.
//!
//! `cargo run --release --example fuzz_share -- [iterations] [seed]` (default 200 000, 1).

use bouwstenen_scan::model::base64url;
use bouwstenen_scan::model::quiz::{Answer, Answers};
use bouwstenen_scan::model::share::{self, ScanResult, ShareError};
use std::collections::BTreeMap;

/// xorshift64*: small, deterministic, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn seeds() -> Vec<ScanResult> {
    let mut seeds = Vec::new();
    for (n, label, ambitions) in [
        (0u8, None, 0u8),
        (4, Some("Team A"), 0),
        (26, Some("Team Sociaal Domein, nov 2026"), 7),
        (255, Some("é€😀"), 16),
    ] {
        let answers: Answers = (1..=n)
            .map(|id| {
                (
                    id,
                    if id % 6 == 5 {
                        Answer::DontKnow
                    } else {
                        Answer::Level(id % 5)
                    },
                )
            })
            .collect();
        seeds.push(ScanResult {
            content_version: u16::from(n),
            answers,
            label: label.map(str::to_owned),
            ambitions: (1..=ambitions).map(|block| (block, block % 5)).collect(),
        });
    }
    seeds
}

const JUNK: &[u8] = b"AZaz09-_+/=#&?% \n\0\xc3\xa9";

fn mutate_bytes(rng: &mut Rng, bytes: &mut Vec<u8>) {
    for _ in 0..=rng.below(4) {
        match rng.below(6) {
            0 if !bytes.is_empty() => {
                let i = rng.below(bytes.len());
                bytes[i] ^= 1 << rng.below(8);
            }
            1 if !bytes.is_empty() => {
                let i = rng.below(bytes.len());
                bytes[i] = rng.next() as u8;
            }
            2 if !bytes.is_empty() => {
                let cut = rng.below(bytes.len());
                bytes.truncate(cut);
            }
            3 => {
                let i = rng.below(bytes.len() + 1);
                bytes.insert(i, rng.next() as u8);
            }
            4 if !bytes.is_empty() => {
                let i = rng.below(bytes.len());
                let j = i + rng.below(bytes.len() - i);
                let copy = bytes[i..j].to_vec();
                bytes.splice(j..j, copy);
            }
            _ => bytes.push(JUNK[rng.below(JUNK.len())]),
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let iterations: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(200_000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let mut rng = Rng(seed.max(1));
    let seeds = seeds();
    let mut outcomes: BTreeMap<String, u64> = BTreeMap::new();

    for _ in 0..iterations {
        let base = share::encode_result(&seeds[rng.below(seeds.len())]);
        let input = if rng.below(2) == 0 {
            // Text mutation: mostly stopped by base64 or the checksum.
            let mut text = base.into_bytes();
            mutate_bytes(&mut rng, &mut text);
            String::from_utf8_lossy(&text).into_owned()
        } else {
            // Byte mutation resealed with a correct CRC: reaches the structure parser.
            let mut bytes = base64url::decode(&base).unwrap_or_default();
            bytes.pop();
            mutate_bytes(&mut rng, &mut bytes);
            share::seal(&bytes)
        };
        let outcome = match share::decode(&input) {
            Ok(result) => {
                let again = share::decode(&share::encode_result(&result));
                assert_eq!(again, Ok(result), "round trip failed for {input:?}");
                "decoded".to_owned()
            }
            Err(error) => kind(error).to_owned(),
        };
        *outcomes.entry(outcome).or_default() += 1;
    }
    let summary: Vec<String> = outcomes.iter().map(|(k, v)| format!("{k} {v}")).collect();
    println!(
        "fuzz_share: {iterations} inputs, seed {seed}, no panic; {}",
        summary.join(", ")
    );
}

fn kind(error: ShareError) -> &'static str {
    match error {
        ShareError::Empty => "empty",
        ShareError::TooLong { .. } => "too-long",
        ShareError::NotBase64 => "not-base64",
        ShareError::Truncated => "truncated",
        ShareError::UnsupportedVersion(_) => "version",
        ShareError::ChecksumMismatch => "checksum",
        ShareError::TrailingBytes => "trailing",
        ShareError::InvalidStatementId => "statement-0",
        ShareError::InvalidAnswer { .. } => "answer",
        ShareError::DuplicateStatement(_) => "duplicate",
        ShareError::InvalidLabel => "label",
        ShareError::InvalidAmbition => "ambition",
    }
}
