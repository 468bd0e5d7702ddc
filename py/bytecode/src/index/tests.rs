use super::*;
use alloc::format;

#[test]
fn find_or_add_keeps_insertion_order() {
    let mut ix = Index::new();
    assert_eq!(ix.get(b"a"), None);
    for i in 0..1000u32 {
        let k = format!("key{i}");
        assert_eq!(ix.get_or_insert(k.as_bytes(), i), (i, true));
    }
    for i in 0..1000u32 {
        let k = format!("key{i}");
        assert_eq!(ix.get_or_insert(k.as_bytes(), 7), (i, false));
        assert_eq!(ix.find(k.as_bytes()), Some(i as usize));
        assert_eq!(ix.entry(i as usize), (k.as_bytes(), i));
    }
    assert_eq!(ix.len(), 1000);
    assert_eq!(ix.get(b"key1000"), None);
}

#[test]
fn empty_key_and_overwrite() {
    let mut ix = Index::new();
    ix.insert(b"", 3);
    ix.insert(b"x", 4);
    assert_eq!(ix.get(b""), Some(3));
    ix.insert(b"", 5);
    assert_eq!(ix.get(b""), Some(5));
    assert_eq!(ix.entry(0), (&b""[..], 5));
    assert_eq!(ix.entry(1), (&b"x"[..], 4));
    assert_eq!(ix.len(), 2);
}
