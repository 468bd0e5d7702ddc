//! `dict` storage: an insertion-ordered hash table (entries in order, an open-addressed index
//! over them). Also the storage of `set`, class and instance namespaces. Always compiled.
//!
//! The table never looks at keys itself: callers pass the key's hash and an equality test,
//! because comparing keys needs the heap (strings, tuples, big ints).

use alloc::vec;
use alloc::vec::Vec;

use crate::value::Value;

const EMPTY: u32 = u32::MAX;
/// Dicts with at most this many entries have no index: lookups scan the entries.
pub const SMALL: usize = 8;
const TOMB: u32 = u32::MAX - 1;

/// The integer an immediate bool or small int stands for (they compare equal as keys).
#[inline]
fn imm_int(v: Value) -> Option<isize> {
    if let Some(i) = v.as_small() {
        return Some(i);
    }
    v.as_bool().map(isize::from)
}

#[derive(Default, Clone)]
pub struct Dict {
    /// Entries in insertion order; a removed entry leaves `key == NULL` until compaction.
    pub entries: Vec<Entry>,
    /// Open-addressed index into `entries` (power-of-two length, or empty).
    index: Vec<u32>,
    len: u32,
    /// Some key ever inserted is a heap value. While not, every key is an immediate (an
    /// interned string, small int...) and keys are equal exactly when their words are: the
    /// case of namespaces, which [`Dict::get_word`] looks up without a comparison callback.
    heap_keys: bool,
    /// Some key ever inserted is an instance of a user class (whose `__eq__` may equal it
    /// to a key of another type): see [`Dict::note_object_key`].
    object_keys: bool,
    /// Counts the keys ever added (not value updates): while it stands still, a key that was
    /// absent is still absent — what a cached "not a global, a builtin" answer rests on.
    added: u64,
}

#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: u32,
    pub key: Value,
    pub value: Value,
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    /// An empty dict with room for `n` entries before its entry list grows.
    pub fn with_capacity(n: usize) -> Dict {
        Dict {
            entries: Vec::with_capacity(n),
            ..Dict::default()
        }
    }

    pub fn len(&self) -> usize {
        self.len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Records that an instance of a user class was inserted as a key.
    pub fn note_object_key(&mut self) {
        self.object_keys = true;
    }

    /// Whether an instance of a user class was ever a key here.
    #[inline]
    pub fn has_object_keys(&self) -> bool {
        self.object_keys
    }

    /// Whether every key is an immediate value, so that keys compare by identity.
    #[inline]
    pub fn immediate_keys(&self) -> bool {
        !self.heap_keys
    }

    /// The value for the immediate `key` (see [`Dict::find_imm`]).
    #[inline]
    pub fn get_ident(&self, hash: u32, key: Value) -> Option<Value> {
        if key.as_qstr().is_some() {
            return self.get_word(hash, key);
        }
        self.find_imm(hash, key).map(|p| self.entries[p].value)
    }

    /// The value for the interned-string `key` in a dict with [`Dict::immediate_keys`].
    #[inline(always)]
    pub fn get_word(&self, hash: u32, key: Value) -> Option<Value> {
        self.find_word(hash, key).map(|p| self.entries[p].value)
    }

    /// The position of a key equal to `key` exactly when its word is (an interned string in a
    /// dict with [`Dict::immediate_keys`]).
    #[inline(always)]
    fn find_word(&self, hash: u32, key: Value) -> Option<usize> {
        self.probe(hash, |e| e == key)
    }

    /// The position in `entries` of the immediate `key` (an interned string, small int, bool,
    /// None...) in a dict with [`Dict::immediate_keys`]: such keys are equal when their words
    /// are, except that False and True equal 0 and 1.
    #[inline]
    pub fn find_imm(&self, hash: u32, key: Value) -> Option<usize> {
        let k = imm_int(key);
        self.probe(hash, |e| e == key || (k.is_some() && imm_int(e) == k))
    }

    /// The position of the live key with `hash` that `eq` accepts, compared without a call.
    #[inline(always)]
    fn probe(&self, hash: u32, eq: impl Fn(Value) -> bool) -> Option<usize> {
        self.probe_entries(hash, |e| eq(e.key))
    }

    /// The position of the live key with `hash` that `eq` accepts, looking only at entries
    /// of that hash (for keys compared by content).
    #[inline]
    pub fn find_hashed(&self, hash: u32, eq: impl Fn(Value) -> bool) -> Option<usize> {
        self.probe_entries(hash, |e| e.hash == hash && eq(e.key))
    }

    #[inline(always)]
    fn probe_entries(&self, hash: u32, eq: impl Fn(&Entry) -> bool) -> Option<usize> {
        if self.index.is_empty() {
            // Removed entries have a NULL key, which `eq` never accepts.
            return self.entries.iter().position(|e| !e.key.is_null() && eq(e));
        }
        let mask = self.index.len() - 1;
        let mut i = hash as usize & mask;
        let mut perturb = hash as usize;
        loop {
            match self.index[i] {
                EMPTY => return None,
                TOMB => {}
                e => {
                    if eq(self.entries.get(e as usize)?) {
                        return Some(e as usize);
                    }
                }
            }
            perturb >>= 5;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /// Bytes owned outside the object.
    pub fn bytes(&self) -> usize {
        self.entries.capacity() * core::mem::size_of::<Entry>() + self.index.len() * 4
    }

    /// Live entries in order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }

    /// The entry at position `pos` in `entries` or later that is live: (next position, entry).
    pub fn next_at(&self, mut pos: usize) -> Option<(usize, Entry)> {
        while let Some(e) = self.entries.get(pos) {
            pos += 1;
            if !e.key.is_null() {
                return Some((pos, *e));
            }
        }
        None
    }

    fn linear(&self, hash: u32, eq: &mut dyn FnMut(Value) -> bool) -> Option<usize> {
        self.entries
            .iter()
            .position(|e| !e.key.is_null() && e.hash == hash && eq(e.key))
    }

    fn find_slot(&self, hash: u32, eq: &mut dyn FnMut(Value) -> bool) -> Result<usize, usize> {
        let mask = self.index.len() - 1;
        let mut i = hash as usize & mask;
        let mut first_tomb = None;
        let mut perturb = hash as usize;
        loop {
            match self.index[i] {
                EMPTY => return Err(first_tomb.unwrap_or(i)),
                TOMB => {
                    if first_tomb.is_none() {
                        first_tomb = Some(i);
                    }
                }
                e => {
                    let entry = &self.entries[e as usize];
                    if entry.hash == hash && eq(entry.key) {
                        return Ok(i);
                    }
                }
            }
            perturb >>= 5;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /// The value for the key with `hash` that `eq` accepts.
    pub fn get(&self, hash: u32, eq: &mut dyn FnMut(Value) -> bool) -> Option<Value> {
        if self.len == 0 {
            return None;
        }
        if self.index.is_empty() {
            return self.linear(hash, eq).map(|p| self.entries[p].value);
        }
        match self.find_slot(hash, eq) {
            Ok(i) => Some(self.entries[self.index[i] as usize].value),
            Err(_) => None,
        }
    }

    /// The stored key and value.
    pub fn get_entry(&self, hash: u32, eq: &mut dyn FnMut(Value) -> bool) -> Option<Entry> {
        if self.len == 0 {
            return None;
        }
        if self.index.is_empty() {
            return self.linear(hash, eq).map(|p| self.entries[p]);
        }
        match self.find_slot(hash, eq) {
            Ok(i) => Some(self.entries[self.index[i] as usize]),
            Err(_) => None,
        }
    }

    /// Inserts or replaces; returns the previous value.
    pub fn insert(
        &mut self,
        hash: u32,
        key: Value,
        value: Value,
        eq: &mut dyn FnMut(Value) -> bool,
    ) -> Option<Value> {
        if !key.is_ident_key() {
            self.heap_keys = true;
        }
        if self.index.is_empty() {
            if let Some(p) = self.linear(hash, eq) {
                return Some(core::mem::replace(&mut self.entries[p].value, value));
            }
            if self.entries.len() >= SMALL {
                self.rebuild();
            }
            if self.index.is_empty() {
                self.push_entry(hash, key, value);
                return None;
            }
        } else if (self.entries.len() + 1) * 3 >= self.index.len() * 2 {
            self.rebuild();
        }
        if self.index.is_empty() {
            self.push_entry(hash, key, value);
            return None;
        }
        match self.find_slot(hash, eq) {
            Ok(i) => {
                let e = &mut self.entries[self.index[i] as usize];
                Some(core::mem::replace(&mut e.value, value))
            }
            Err(i) => {
                self.index[i] = self.entries.len() as u32;
                self.push_entry(hash, key, value);
                None
            }
        }
    }

    /// A copy of the live entries but the one at position `skip`, in order (a set difference
    /// with one key). The keys are distinct already: none is compared.
    pub fn copy_without(&self, skip: Option<usize>) -> Dict {
        let n = self.len().saturating_sub(usize::from(skip.is_some()));
        let mut d = Dict::with_capacity(n);
        d.entries.extend(
            self.entries
                .iter()
                .enumerate()
                .filter(|&(i, e)| !e.key.is_null() && Some(i) != skip)
                .map(|(_, e)| *e),
        );
        d.len = d.entries.len() as u32;
        d.added = u64::from(d.len);
        d.heap_keys = self.heap_keys;
        d.object_keys = self.object_keys;
        if d.entries.len() > SMALL {
            d.rebuild();
        }
        d
    }

    /// Appends a new entry (the index, if any, is the caller's business).
    #[inline(always)]
    fn push_entry(&mut self, hash: u32, key: Value, value: Value) {
        self.entries.push(Entry { hash, key, value });
        self.len += 1;
        self.added = self.added.wrapping_add(1);
    }

    /// How many keys were ever added (see the field).
    #[inline]
    pub fn keys_added(&self) -> u64 {
        self.added
    }

    /// The position in `entries` of the interned-string `key` in a dict with
    /// [`Dict::immediate_keys`].
    #[inline]
    pub fn find_word_pos(&self, hash: u32, key: Value) -> Option<usize> {
        self.find_word(hash, key)
    }

    /// Adds an entry whose key the caller knows is not in the table (no comparison made).
    #[inline]
    pub fn push_distinct(&mut self, hash: u32, key: Value, value: Value) {
        if self.index.is_empty() && self.entries.len() < SMALL {
            self.push_unindexed(hash, key, value);
        } else {
            self.insert(hash, key, value, &mut |_| false);
        }
    }

    /// Adds an entry whose key the caller knows is not in the table when that needs no
    /// memory: an index-less table with room left in its entry list. False (and nothing
    /// changed) otherwise.
    #[inline]
    pub fn push_in_room(&mut self, hash: u32, key: Value, value: Value) -> bool {
        if !self.index.is_empty()
            || self.entries.len() >= self.entries.capacity()
            || self.entries.len() >= SMALL
        {
            return false;
        }
        self.push_unindexed(hash, key, value);
        true
    }

    /// Appends a new key to a table without an index, noting whether it is a heap value.
    #[inline(always)]
    fn push_unindexed(&mut self, hash: u32, key: Value, value: Value) {
        if !key.is_ident_key() {
            self.heap_keys = true;
        }
        self.push_entry(hash, key, value);
    }

    /// Removes a key; returns its entry.
    pub fn remove(&mut self, hash: u32, eq: &mut dyn FnMut(Value) -> bool) -> Option<Entry> {
        if self.len == 0 {
            return None;
        }
        if self.index.is_empty() {
            let pos = self.linear(hash, eq)?;
            let e = self.entries[pos];
            self.entries[pos].key = Value::NULL;
            self.entries[pos].value = Value::NULL;
            self.len -= 1;
            if pos + 1 == self.entries.len() {
                self.entries.pop();
            }
            return Some(e);
        }
        match self.find_slot(hash, eq) {
            Ok(i) => {
                let pos = self.index[i] as usize;
                self.index[i] = TOMB;
                let e = self.entries[pos];
                self.entries[pos].key = Value::NULL;
                self.entries[pos].value = Value::NULL;
                self.len -= 1;
                if pos + 1 == self.entries.len() {
                    self.entries.pop();
                }
                Some(e)
            }
            Err(_) => None,
        }
    }

    /// Removes and returns the first entry.
    pub fn pop_first(&mut self) -> Option<Entry> {
        let (_, e) = self.next_at(0)?;
        let key = e.key;
        self.remove(e.hash, &mut |k| k == key)
    }

    /// Removes and returns the last entry.
    pub fn pop_last(&mut self) -> Option<Entry> {
        while let Some(e) = self.entries.last().copied() {
            if e.key.is_null() {
                self.entries.pop();
                continue;
            }
            let pos = self.entries.len() - 1;
            if self.index.is_empty() {
                self.entries.pop();
                self.len -= 1;
                return Some(e);
            }
            let mask = self.index.len() - 1;
            let mut i = e.hash as usize & mask;
            let mut perturb = e.hash as usize;
            while self.index[i] != pos as u32 {
                perturb >>= 5;
                i = (i * 5 + 1 + perturb) & mask;
            }
            self.index[i] = TOMB;
            self.entries.pop();
            self.len -= 1;
            return Some(e);
        }
        None
    }

    pub fn clear(&mut self) {
        let added = self.added;
        *self = Dict::default();
        // Cleared is not new: what was absent may be added again and must be seen to be.
        self.added = added.wrapping_add(1);
    }

    /// Compacts the entries and sizes the index for them plus room to grow.
    fn rebuild(&mut self) {
        self.entries.retain(|e| !e.key.is_null());
        if self.entries.len() < SMALL {
            self.index = Vec::new();
            return;
        }
        let mut size = 8;
        while size * 2 < (self.entries.len() + 1) * 3 + 2 {
            size *= 2;
        }
        size *= 2;
        self.index = vec![EMPTY; size];
        let mask = size - 1;
        for (pos, e) in self.entries.iter().enumerate() {
            let mut i = e.hash as usize & mask;
            let mut perturb = e.hash as usize;
            while self.index[i] != EMPTY {
                perturb >>= 5;
                i = (i * 5 + 1 + perturb) & mask;
            }
            self.index[i] = pos as u32;
        }
    }
}
