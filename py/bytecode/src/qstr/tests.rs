use super::*;

#[test]
fn lookup_both_ways() {
    assert_eq!(STATIC_QSTRS.len(), 166);
    for n in 1..=165u32 {
        let s = static_qstr(n).unwrap();
        assert_eq!(static_qstr_index(s), Some(n), "{s:?}");
    }
    assert_eq!(static_qstr(0), None);
    assert_eq!(static_qstr(166), None);
    assert_eq!(static_qstr_index(""), Some(1));
    assert_eq!(static_qstr_index("print"), Some(123));
    assert_eq!(static_qstr_index("<module>"), Some(7));
    assert_eq!(static_qstr_index("\n"), Some(3));
    assert_eq!(static_qstr_index("zip"), Some(165));
    assert_eq!(static_qstr_index("not_static"), None);
    assert_eq!(static_qstr_index("<lambda>"), None);
}
