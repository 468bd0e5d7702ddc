//! `float_repr::repr` against MicroPython's own `repr(float)` for a few thousand doubles
//! (random bit patterns, random magnitudes, and ones that need 17 digits), recorded from a
//! real MicroPython in `float_repr_micropython.txt`.

use ferrite_bytecode::float_repr;

#[test]
fn repr_matches_micropython() {
    let data = include_str!("float_repr_micropython.txt");
    let mut n = 0;
    for line in data.lines().filter(|l| !l.starts_with('#')) {
        let (bits, text) = line.split_once(' ').unwrap();
        let v = f64::from_bits(u64::from_str_radix(bits, 16).unwrap());
        assert_eq!(float_repr::repr(v), text, "bits {bits}");
        n += 1;
    }
    assert!(n > 3000);
}
