//! `str` and `bytes`/`bytearray`: construction, access to their text, and their methods.
//! Always compiled.

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use crate::natives::Args;
use crate::obj::{Obj, StrObj, STR_HASH_UNSET};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    pub fn new_str(&mut self, s: &str) -> PyResult<Value> {
        if let Some(q) = self.qstrs.lookup(s) {
            return Ok(Value::qstr(q));
        }
        self.alloc(Obj::Str(StrObj {
            hash: STR_HASH_UNSET,
            ascii: s.is_ascii(),
            s: s.into(),
        }))
    }

    pub fn new_str_owned(&mut self, s: String) -> PyResult<Value> {
        self.new_str_known(s, false)
    }

    /// [`Vm::new_str_owned`] where `ascii` says the caller knows the text is all ASCII (from
    /// its parts), so that it is not scanned again; false: scanned here.
    #[inline(never)]
    pub fn new_str_known(&mut self, s: String, ascii: bool) -> PyResult<Value> {
        if s.len() < 2 {
            if let Some(q) = self.qstrs.lookup(&s) {
                return Ok(Value::qstr(q));
            }
        }
        debug_assert!(!ascii || s.is_ascii());
        let ascii = ascii || s.is_ascii();
        let n = s.len();
        let obj = Obj::Str(StrObj {
            hash: STR_HASH_UNSET,
            ascii,
            s: s.into_boxed_str(),
        });
        self.heap.alloc_owning(obj, n).map_err(|_| self.mem_error())
    }

    /// The text of an interned or heap str (not of a str subclass instance) and whether it
    /// is all ASCII.
    #[inline]
    pub fn plain_str_ascii(&self, v: Value) -> Option<(&str, bool)> {
        if let Some(q) = v.as_qstr() {
            return Some((self.qstrs.get(q), self.qstrs.is_ascii(q)));
        }
        match self.heap.get(v)? {
            Obj::Str(s) => Some((&s.s, s.ascii)),
            _ => None,
        }
    }

    pub fn new_bytes(&mut self, b: Vec<u8>) -> PyResult<Value> {
        self.alloc(Obj::Bytes(b.into_boxed_slice()))
    }

    /// The text of a str value (interned or not, or a str subclass instance).
    pub fn str_of(&self, v: Value) -> Option<&str> {
        if let Some(q) = v.as_qstr() {
            return Some(self.qstrs.get(q));
        }
        match self.heap.get(v)? {
            Obj::Str(s) => Some(&s.s),
            Obj::Instance(i) if !i.base.is_null() => self.str_of(i.base),
            _ => None,
        }
    }

    /// The text of an interned or heap str (not of a str subclass instance).
    #[inline]
    pub fn plain_str(&self, v: Value) -> Option<&str> {
        if let Some(q) = v.as_qstr() {
            return Some(self.qstrs.get(q));
        }
        match self.heap.get(v)? {
            Obj::Str(s) => Some(&s.s),
            _ => None,
        }
    }

    /// Whether a str value is all ASCII (known for heap strings, checked for interned ones).
    pub fn str_is_ascii(&self, v: Value) -> bool {
        if let Some(q) = v.as_qstr() {
            return self.qstrs.is_ascii(q);
        }
        match self.heap.get(v) {
            Some(Obj::Str(s)) => s.ascii,
            Some(Obj::Instance(i)) if !i.base.is_null() => self.str_is_ascii(i.base),
            _ => false,
        }
    }

    /// The interned number of a str value, interning it if needed.
    pub fn str_qstr(&mut self, v: Value) -> Option<u32> {
        if let Some(q) = v.as_qstr() {
            return Some(q);
        }
        let s = self.str_of(v)?.to_string();
        Some(self.qstrs.intern(&s))
    }

    pub fn bytes_of(&self, v: Value) -> Option<&[u8]> {
        match self.heap.get(v)? {
            Obj::Bytes(b) => Some(b),
            Obj::ByteArray(b) => Some(b),
            Obj::Array(a) => Some(&a.data),
            Obj::MemView(b, start, len) => {
                // A view of an array counts items; of bytes, bytes.
                let size = match self.heap.get(*b) {
                    Some(Obj::Array(a)) => crate::obj::array::item_size(a.typecode).unwrap_or(1),
                    _ => 1,
                };
                self.bytes_of(*b)?.get(start * size..(start + len) * size)
            }
            _ => None,
        }
    }

    /// A str argument, or TypeError.
    pub fn arg_str(&mut self, v: Value) -> PyResult<String> {
        self.with_str(v, |s| s.to_string())
    }

    /// `f` of the text of str argument `v` (read in place), or TypeError.
    pub fn with_str<R>(&mut self, v: Value, f: impl FnOnce(&str) -> R) -> PyResult<R> {
        if let Some(s) = self.str_of(v) {
            return Ok(f(s));
        }
        Err(self.not_str(v))
    }

    /// TypeError: `v` is not a str where one is needed.
    fn not_str(&mut self, v: Value) -> crate::vm::PyErr {
        let tn = self.type_name(v);
        self.type_error(&alloc::format!(
            "can't convert '{tn}' object to str implicitly"
        ))
    }

    /// The characters of ASCII text `s` at the resolved slice `(start, _, step, count)`
    /// (ASCII: every offset is a character boundary, checked, not searched).
    pub(crate) fn ascii_slice(
        &mut self,
        s: Value,
        (start, _, step, count): crate::obj::list::Slice,
    ) -> PyResult<Value> {
        let text = self.str_of(s).unwrap_or("");
        let t = text.as_bytes();
        if count == 1 {
            if let Some(&c) = t.get(start as usize) {
                return Ok(Value::qstr(self.qstrs.char(c)));
            }
        }
        let out: String = if step == 1 {
            let a = start.max(0) as usize;
            String::from(text.get(a..a + count).unwrap_or(""))
        } else {
            let mut o = String::with_capacity(count);
            let mut i = start;
            for _ in 0..count {
                o.push(t.get(i as usize).map_or(' ', |&b| b as char));
                i = i.wrapping_add(step);
            }
            o
        };
        self.new_str_known(out, true)
    }

    /// `s[i]` and `s[a:b:c]` for str.
    pub fn str_subscr(&mut self, s: Value, idx: Value) -> PyResult<Value> {
        // An int index into ASCII text: no copy.
        if let (Some(i), Some(t)) = (idx.as_small(), self.str_of(s)) {
            if self.str_is_ascii(s) {
                let n = t.len() as isize;
                let j = if i < 0 { i + n } else { i };
                if j < 0 || j >= n {
                    return Err(self.new_exc_msg(self.t.index_error, "string index out of range"));
                }
                let c = t.as_bytes()[j as usize];
                return Ok(Value::qstr(self.qstrs.char(c)));
            }
        }
        if let Some(Obj::Slice(..)) = self.heap.get(idx) {
            // ASCII text slices by bytes, copying only the result.
            let ascii_len = self
                .str_of(s)
                .filter(|_| self.str_is_ascii(s))
                .map(str::len);
            if let Some(n) = ascii_len {
                let r = self.slice_indices(idx, n)?;
                return self.ascii_slice(s, r);
            }
        }
        if !idx.is_small()
            && !self.is_int(idx)
            && !matches!(self.heap.get(idx), Some(Obj::Slice(..)))
        {
            let tn = self.type_name(idx);
            return Err(
                self.type_error(&alloc::format!("string indices must be integers, not {tn}"))
            );
        }
        let text = self.arg_str(s)?;
        if let Some(Obj::Slice(..)) = self.heap.get(idx) {
            let chars: Vec<char> = text.chars().collect();
            let (start, _stop, step, n) = self.slice_indices(idx, chars.len())?;
            let mut out = String::new();
            let mut i = start;
            for _ in 0..n {
                out.push(chars[i as usize]);
                i = i.wrapping_add(step);
            }
            return self.new_str_owned(out);
        }
        let i = self.to_index(idx)?;
        let n = text.chars().count() as isize;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(self.new_exc_msg(self.t.index_error, "string index out of range"));
        }
        let c = text.chars().nth(j as usize).unwrap_or(' ');
        let mut b = [0u8; 4];
        let cs = c.encode_utf8(&mut b);
        self.new_str(cs)
    }

    pub fn bytes_subscr(&mut self, s: Value, idx: Value) -> PyResult<Value> {
        let data = self.bytes_of(s).unwrap_or(&[]).to_vec();
        let is_ba = matches!(self.heap.get(s), Some(Obj::ByteArray(_)));
        if let Some(Obj::Slice(..)) = self.heap.get(idx) {
            let (start, _stop, step, n) = self.slice_indices(idx, data.len())?;
            let mut out = Vec::with_capacity(n);
            let mut i = start;
            for _ in 0..n {
                out.push(data[i as usize]);
                i = i.wrapping_add(step);
            }
            return if is_ba {
                self.alloc(Obj::ByteArray(out))
            } else {
                self.new_bytes(out)
            };
        }
        let i = self.to_index(idx)?;
        let n = data.len() as isize;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            let what = if is_ba { "bytearray" } else { "bytes" };
            return Err(self.new_exc_msg(
                self.t.index_error,
                &alloc::format!("{what} index out of range"),
            ));
        }
        Ok(Value::small(data[j as usize] as isize))
    }
}

/// Whether `c` is whitespace to `str.split` and `str.isspace`: Unicode's White_Space and,
/// as in CPython, the separators U+001C to U+001F.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// The methods of `str` the benchmarks time (`upper`, `lower`, `join`, `replace`, `split`,
/// `rsplit`, `find`, `rfind`, `index`, `rindex`, `count`), at the VM's optimisation level;
/// the library (`ferrite-lib`) has the others.
pub fn call_str_method(vm: &mut Vm, name: &str, a: &Args) -> PyResult<Value> {
    match str_method_in_place(vm, name, a) {
        Some(r) => r,
        None => Err(vm.type_error("unknown str method")),
    }
}

/// The str methods that read their receiver's text in place rather than a copy of it (they
/// call no Python code while they read it); None for the others.
pub fn str_method_in_place(vm: &mut Vm, name: &str, a: &Args) -> Option<PyResult<Value>> {
    let recv = a.pos[0];
    let p = &a.pos[1..];
    Some(match name {
        "upper" | "lower" => vm
            .with_str(recv, |s| match (name, s.is_ascii()) {
                ("upper", true) => (s.to_ascii_uppercase(), true),
                ("upper", false) => (crate::unicode::upper_str(s), false),
                (_, true) => (s.to_ascii_lowercase(), true),
                _ => (crate::unicode::lower_str(s), false),
            })
            .and_then(|(r, ascii)| vm.new_str_known(r, ascii)),
        "join" => str_join(vm, recv, p.first().copied().unwrap_or(Value::NONE)),
        "replace" => str_replace(vm, recv, p),
        "split" | "rsplit" => str_split(vm, name, a),
        "find" | "rfind" | "index" | "rindex" | "count" => str_find(vm, name, a),
        _ => return None,
    })
}

/// `sep.join(items)`: the result is built at its final size.
fn str_join(vm: &mut Vm, sep: Value, items: Value) -> PyResult<Value> {
    vm.with_str(sep, |_| ())?;
    let items = vm.iter_to_vec(items)?;
    let mut ascii = true;
    let joined = {
        let sep = vm.str_of(sep).unwrap_or("");
        let mut total = sep.len() * items.len().saturating_sub(1);
        let mut all_str = true;
        ascii &= sep.is_ascii();
        for &it in &items {
            match vm.plain_str_ascii(it) {
                Some((t, a)) => {
                    total += t.len();
                    ascii &= a;
                }
                None => match vm.str_of(it) {
                    Some(t) => {
                        total += t.len();
                        ascii &= t.is_ascii();
                    }
                    None => all_str = false,
                },
            }
        }
        all_str.then(|| {
            let mut out = String::with_capacity(total);
            for (i, &it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(sep);
                }
                out.push_str(vm.str_of(it).unwrap_or(""));
            }
            out
        })
    };
    match joined {
        Some(out) => vm.new_str_known(out, ascii),
        None => {
            Err(vm
                .type_error("join expects a list of str/bytes objects consistent with self object"))
        }
    }
}

/// `s.replace(old, new[, count])`.
fn str_replace(vm: &mut Vm, recv: Value, p: &[Value]) -> PyResult<Value> {
    let (old, new) = (p.first().copied(), p.get(1).copied());
    for v in [recv].into_iter().chain(old).chain(new) {
        vm.with_str(v, |_| ())?;
    }
    let count = match p.get(2) {
        Some(&v) => vm.to_index(v)?,
        None => -1,
    };
    let recv_ascii = vm.str_is_ascii(recv);
    let (r, ascii) = {
        let text = |v: Option<Value>| v.and_then(|v| vm.str_of(v)).unwrap_or("");
        let (s, old, new) = (text(Some(recv)), text(old), text(new));
        // Replacing in ASCII text with ASCII text gives ASCII text.
        let ascii = recv_ascii && new.is_ascii();
        (replace(s, old, new, count), ascii)
    };
    vm.new_str_known(r, ascii)
}

/// `s` with the first `count` (all, if negative) occurrences of `old` replaced by `new`; an
/// empty `old` matches before every character and at the end.
fn replace(s: &str, old: &str, new: &str, count: isize) -> String {
    let mut out = String::with_capacity(s.len());
    let mut left = count;
    let mut i = 0;
    while left != 0 {
        let Some(at) = find_from(s.as_bytes(), old.as_bytes(), i) else {
            break;
        };
        out.push_str(&s[i..at]);
        out.push_str(new);
        left -= 1;
        if old.is_empty() {
            // Step over one character.
            let Some(c) = s[at..].chars().next() else {
                i = at;
                break;
            };
            out.push(c);
            i = at + c.len_utf8();
        } else {
            i = at + old.len();
        }
    }
    out.push_str(&s[i..]);
    out
}

/// The byte offset of the first `pat` in `hay` at or after `from`. Both are UTF-8 or both
/// bytes: UTF-8 only ever matches at character boundaries.
pub fn find_from(hay: &[u8], pat: &[u8], from: usize) -> Option<usize> {
    let Some((&first, rest)) = pat.split_first() else {
        return (from <= hay.len()).then_some(from);
    };
    let last_start = hay.len().checked_sub(rest.len())?;
    let mut i = from;
    while i < last_start {
        let at = i + hay[i..last_start].iter().position(|&b| b == first)?;
        if hay[at + 1..at + pat.len()] == *rest {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// How many times `pat` (not empty) occurs in `hay` without overlapping.
pub fn count_matches(hay: &[u8], pat: &[u8]) -> usize {
    let (mut n, mut i) = (0, 0);
    while let Some(at) = find_from(hay, pat, i) {
        n += 1;
        i = at + pat.len();
    }
    n
}

/// The byte offset of the last `pat` in `hay` that ends at or before `end`.
pub fn rfind_before(hay: &[u8], pat: &[u8], end: usize) -> Option<usize> {
    let Some((&first, rest)) = pat.split_first() else {
        return Some(end.min(hay.len()));
    };
    let mut e = end.min(hay.len()).checked_sub(rest.len())?;
    loop {
        let at = hay[..e].iter().rposition(|&b| b == first)?;
        if hay[at + 1..at + pat.len()] == *rest {
            return Some(at);
        }
        e = at;
    }
}

/// `s.find(sub[, start[, end]])` and `rfind`, `index`, `rindex`, `count`: positions count
/// characters; an ASCII text is searched without converting any.
fn str_find(vm: &mut Vm, name: &str, a: &Args) -> PyResult<Value> {
    let recv = a.pos[0];
    let p = &a.pos[1..];
    let sub = p.first().copied().unwrap_or(Value::NONE);
    vm.with_str(recv, |_| ())?;
    vm.with_str(sub, |_| ())?;
    let bound = |vm: &mut Vm, i: usize| -> PyResult<Option<isize>> {
        match p.get(i) {
            Some(&v) if !v.is_none() => vm.to_index(v).map(Some),
            _ => Ok(None),
        }
    };
    let (start, end) = (bound(vm, 1)?, bound(vm, 2)?);
    let ascii = vm.str_is_ascii(recv);
    // The answer: a count, a position, or nothing found.
    let found: Option<isize> = {
        let s = vm.str_of(recv).unwrap_or("");
        let sub = vm.str_of(sub).unwrap_or("");
        let n = if ascii { s.len() } else { s.chars().count() } as isize;
        let norm = |i: isize| if i < 0 { (i + n).max(0) } else { i.min(n) };
        let st = start.map_or(0, norm);
        let en = end.map_or(n, norm);
        // A start past the end finds nothing, not even the empty string.
        let past_end = start.is_some_and(|i| i > n);
        // The byte offset of character `c`.
        let byte = |c: isize| -> usize {
            if ascii {
                c as usize
            } else {
                s.char_indices().nth(c as usize).map_or(s.len(), |(b, _)| b)
            }
        };
        if st > en || past_end {
            if name == "count" {
                Some(0)
            } else {
                None
            }
        } else {
            let hay = &s[byte(st)..byte(en)];
            let chars = |b: usize| -> isize {
                if ascii {
                    b as isize
                } else {
                    hay[..b].chars().count() as isize
                }
            };
            let (h, sub) = (hay.as_bytes(), sub.as_bytes());
            if name == "count" {
                Some(if sub.is_empty() {
                    chars(hay.len()) + 1
                } else {
                    count_matches(h, sub) as isize
                })
            } else if name.starts_with('r') {
                rfind_before(h, sub, h.len()).map(|b| st + chars(b))
            } else {
                find_from(h, sub, 0).map(|b| st + chars(b))
            }
        }
    };
    match found {
        Some(i) => Ok(Value::small(i)),
        None if name.ends_with("index") => {
            Err(vm.new_exc_msg(vm.t.value_error, "substring not found"))
        }
        None => Ok(Value::small(-1)),
    }
}

/// `s.split(sep=None, maxsplit=-1)` and `s.rsplit(...)`.
fn str_split(vm: &mut Vm, name: &str, a: &Args) -> PyResult<Value> {
    let recv = a.pos[0];
    vm.with_str(recv, |_| ())?;
    let sep = match a.kw_or_pos(vm, "sep", 1) {
        Some(v) if !v.is_none() => {
            if vm.with_str(v, str::is_empty)? {
                return Err(vm.new_exc_msg(vm.t.value_error, "empty separator"));
            }
            Some(v)
        }
        _ => None,
    };
    let maxsplit = match a.kw_or_pos(vm, "maxsplit", 2) {
        Some(v) => vm.to_index(v)?,
        None => -1,
    };
    let parts: Vec<String> = {
        let s = vm.str_of(recv).unwrap_or("");
        let from_right = name == "rsplit";
        match sep.map(|v| vm.str_of(v).unwrap_or("")) {
            Some(sep) => split_by(s, sep, maxsplit, from_right),
            None => split_whitespace(s, maxsplit, from_right),
        }
        .into_iter()
        .map(String::from)
        .collect()
    };
    // The parts of ASCII text are ASCII.
    let ascii = vm.str_is_ascii(recv);
    let mut vals = Vec::with_capacity(parts.len());
    for p in parts {
        vals.push(vm.new_str_known(p, ascii)?);
    }
    vm.new_list(vals)
}

/// `s` split at each `sep` (not empty), at most `maxsplit` times (unlimited if negative),
/// the splits made from the right end when `from_right`.
fn split_by<'a>(s: &'a str, sep: &str, maxsplit: isize, from_right: bool) -> Vec<&'a str> {
    let (h, p) = (s.as_bytes(), sep.as_bytes());
    let mut out = Vec::new();
    let mut left = maxsplit;
    if from_right {
        let mut end = s.len();
        while left != 0 {
            let Some(at) = rfind_before(h, p, end) else {
                break;
            };
            out.push(&s[at + p.len()..end]);
            end = at;
            left -= 1;
        }
        out.push(&s[..end]);
        out.reverse();
    } else {
        let mut i = 0;
        while left != 0 {
            let Some(at) = find_from(h, p, i) else {
                break;
            };
            out.push(&s[i..at]);
            i = at + p.len();
            left -= 1;
        }
        out.push(&s[i..]);
    }
    out
}

/// `s` split at runs of whitespace, ends trimmed, at most `maxsplit` times (unlimited if
/// negative); the rest after the last split is kept whole (its trailing, or for `rsplit`
/// leading, whitespace removed).
fn split_whitespace(s: &str, maxsplit: isize, from_right: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut left = maxsplit;
    if from_right {
        let mut rest = s.trim_end_matches(is_space);
        while !rest.is_empty() {
            if left == 0 {
                out.push(rest);
                break;
            }
            let word_start = rest.rfind(is_space).map_or(0, |i| {
                i + rest[i..].chars().next().map_or(1, char::len_utf8)
            });
            out.push(&rest[word_start..]);
            rest = rest[..word_start].trim_end_matches(is_space);
            left -= 1;
        }
        out.reverse();
    } else {
        let mut rest = s.trim_start_matches(is_space);
        while !rest.is_empty() {
            if left == 0 {
                out.push(rest);
                break;
            }
            let word_end = rest.find(is_space).unwrap_or(rest.len());
            out.push(&rest[..word_end]);
            rest = rest[word_end..].trim_start_matches(is_space);
            left -= 1;
        }
    }
    out
}

impl Vm {
    /// The bytes of a bytes-like value or an iterable of ints.
    pub fn bytes_from_value(&mut self, v: Value) -> PyResult<Vec<u8>> {
        if let Some(b) = self.bytes_of(v) {
            return Ok(b.to_vec());
        }
        if self.str_of(v).is_some() {
            return Err(self.type_error("can't convert str to bytes implicitly"));
        }
        let items = self.iter_to_vec(v)?;
        let mut out = Vec::with_capacity(items.len());
        for it in items {
            let b = self.to_index(it)?;
            if !(0..256).contains(&b) {
                return Err(self.new_exc_msg(self.t.value_error, "bytes must be in range(0, 256)"));
            }
            out.push(b as u8);
        }
        Ok(out)
    }
}
