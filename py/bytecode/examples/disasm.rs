//! Disassembles `.mpy` files: `cargo run -p ferrite-bytecode --example disasm -- FILE.mpy...`

fn main() {
    let mut status = 0;
    for path in std::env::args().skip(1) {
        let data = match std::fs::read(&path) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("{path}: {e}");
                status = 1;
                continue;
            }
        };
        match ferrite_bytecode::Module::from_mpy(&data) {
            Ok(m) => {
                if let Err(e) = ferrite_bytecode::verify(&m) {
                    eprintln!("{path}: {e}");
                    status = 1;
                } else if let Err(e) = ferrite_bytecode::check_stack(&m) {
                    eprintln!("{path}: stack check: {e}");
                    status = 1;
                }
                println!("=== {path}");
                print!("{}", ferrite_bytecode::disassemble(&m));
            }
            Err(e) => {
                eprintln!("{path}: {e}");
                status = 1;
            }
        }
    }
    std::process::exit(status);
}
