//! A small hash index from byte-string keys to `u32` values, for the tables of the compiler
//! (qstrs, constants, the identifiers of each scope) and the stack check. Always compiled.
//!
//! One non-generic type instead of a `BTreeMap<K, V>` per key and value type: each map
//! instantiation costs several KB of code, and these tables only ever need "find or add".
//! Keys are copied one after another into one buffer; the slots are open addressing with
//! linear probing over a power-of-two table kept at most half full. Iteration order is
//! insertion order (`entry`).

use alloc::vec;
use alloc::vec::Vec;

#[derive(Clone, Debug, Default)]
pub struct Index {
    /// The keys, one after another.
    bytes: Vec<u8>,
    /// Per entry, in insertion order: the end of its key in `bytes`, its value and its
    /// key's hash (compared before the key, and reused when the table grows).
    entries: Vec<(u32, u32, u32)>,
    /// Entry number + 1, or 0 for a free slot.
    slots: Vec<u32>,
}

/// FNV-1a: short keys, no adversary to speak of (the input is one module's source).
fn hash(key: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in key {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    h
}

impl Index {
    pub const fn new() -> Index {
        Index {
            bytes: Vec::new(),
            entries: Vec::new(),
            slots: Vec::new(),
        }
    }

    /// An index with room for `n` entries before it grows.
    pub fn with_capacity(n: usize) -> Index {
        Index {
            bytes: Vec::new(),
            entries: Vec::with_capacity(n),
            slots: vec![0; (2 * n).next_power_of_two().max(16)],
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Entry `i` (insertion order): its key and value.
    pub fn entry(&self, i: usize) -> (&[u8], u32) {
        let start = if i == 0 { 0 } else { self.entries[i - 1].0 };
        let (end, value, _) = self.entries[i];
        (&self.bytes[start as usize..end as usize], value)
    }

    /// The slot of `key`: where it is, or the free slot where it would go. The table must
    /// not be empty.
    fn slot(&self, key: &[u8], h: u32) -> usize {
        let mask = self.slots.len() - 1;
        let mut s = h as usize & mask;
        loop {
            let e = self.slots[s] as usize;
            if e == 0 || (self.entries[e - 1].2 == h && self.entry(e - 1).0 == key) {
                return s;
            }
            s = (s + 1) & mask;
        }
    }

    /// The entry number of `key`.
    pub fn find(&self, key: &[u8]) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        match self.slots[self.slot(key, hash(key))] {
            0 => None,
            e => Some(e as usize - 1),
        }
    }

    pub fn get(&self, key: &[u8]) -> Option<u32> {
        self.find(key).map(|e| self.entries[e].1)
    }

    /// Sets the value of entry `i`.
    pub fn set(&mut self, i: usize, value: u32) {
        self.entries[i].1 = value;
    }

    /// The value of `key`, after adding it with `value` if absent; and whether it was added.
    pub fn get_or_insert(&mut self, key: &[u8], value: u32) -> (u32, bool) {
        let h = hash(key);
        if !self.slots.is_empty() {
            let e = self.slots[self.slot(key, h)];
            if e != 0 {
                return (self.entries[e as usize - 1].1, false);
            }
        }
        if (self.entries.len() + 1) * 2 > self.slots.len() {
            let mut slots = vec![0u32; (self.slots.len() * 2).max(16)];
            core::mem::swap(&mut self.slots, &mut slots);
            let mask = self.slots.len() - 1;
            for (e, &(_, _, eh)) in self.entries.iter().enumerate() {
                // Keys are distinct: the first free slot is the one.
                let mut s = eh as usize & mask;
                while self.slots[s] != 0 {
                    s = (s + 1) & mask;
                }
                self.slots[s] = e as u32 + 1;
            }
        }
        let s = self.slot(key, h);
        self.bytes.extend_from_slice(key);
        self.entries.push((self.bytes.len() as u32, value, h));
        self.slots[s] = self.entries.len() as u32;
        (value, true)
    }

    /// Sets the value of `key`, adding it if absent.
    pub fn insert(&mut self, key: &[u8], value: u32) {
        if let (_, false) = self.get_or_insert(key, value) {
            if let Some(e) = self.find(key) {
                self.set(e, value);
            }
        }
    }
}

#[cfg(test)]
mod tests;
