//! Interned strings (qstrs): names, attribute names and string constants, each stored once
//! and named by a number. Numbers below 166 are `.mpy`'s static qstrs. Always compiled.

use alloc::boxed::Box;
use alloc::vec::Vec;
use ferrite_bytecode::STATIC_QSTRS;
use hashbrown::HashMap;

pub struct Interner {
    strs: Vec<(Box<str>, u32)>,
    map: HashMap<Box<str>, u32>,
}

/// The hash of a str or bytes value (also what `hash()` returns for them).
pub fn hash_bytes(b: &[u8]) -> u32 {
    let mut h: u32 = 5381;
    for &c in b {
        h = (h ^ u32::from(c)).wrapping_mul(33);
    }
    h & 0x3fff_ffff
}

impl Interner {
    pub fn new() -> Interner {
        let mut i = Interner {
            strs: Vec::with_capacity(512),
            map: HashMap::with_capacity(512),
        };
        for (n, s) in STATIC_QSTRS.iter().enumerate() {
            // Entries 0 and 1 are both "": keep the number of the first.
            let b: Box<str> = (*s).into();
            i.strs.push((b.clone(), hash_bytes(s.as_bytes())));
            i.map.entry(b).or_insert(n as u32);
        }
        i
    }

    pub fn intern(&mut self, s: &str) -> u32 {
        if let Some(&n) = self.map.get(s) {
            return n;
        }
        let n = self.strs.len() as u32;
        let b: Box<str> = s.into();
        self.strs.push((b.clone(), hash_bytes(s.as_bytes())));
        self.map.insert(b, n);
        n
    }

    /// The number of `s` if it is interned.
    pub fn lookup(&self, s: &str) -> Option<u32> {
        self.map.get(s).copied()
    }

    pub fn get(&self, n: u32) -> &str {
        self.strs.get(n as usize).map_or("", |e| &e.0)
    }

    pub fn hash(&self, n: u32) -> u32 {
        self.strs.get(n as usize).map_or(0, |e| e.1)
    }

    /// Bytes the table holds (reported by `micropython.qstr_info`).
    pub fn bytes(&self) -> usize {
        self.strs.iter().map(|e| e.0.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.strs.is_empty()
    }

    pub fn len(&self) -> usize {
        self.strs.len()
    }
}

impl Default for Interner {
    fn default() -> Self {
        Interner::new()
    }
}
