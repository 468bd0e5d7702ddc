//! The terminal: is a descriptor a tty, and raw mode for the REPL's line editor.
//!
//! This is the only module of the port with `unsafe` code: calls into the C library's termios,
//! `isatty`, `read` and `sigaction`. Invariant (TERMIOS): every call gets a valid open
//! descriptor (0, 1 or 2) and pointers to values that live for the whole call; `RawMode`
//! restores the settings it saved before raw mode was entered when it is dropped; the SIGINT
//! handler does nothing but store to an atomic.

/// True when `fd` refers to a terminal.
pub fn is_tty(fd: i32) -> bool {
    // SAFETY: TERMIOS: isatty only inspects the descriptor number; an invalid one gives 0.
    unsafe { libc::isatty(fd) == 1 }
}

/// Raw mode on stdin for as long as this value lives.
pub struct RawMode {
    saved: libc::termios,
}

impl RawMode {
    /// Puts stdin into raw mode (no echo, no line buffering, no signals from Ctrl-C); output
    /// processing stays on, so `\n` still moves to the start of the next line.
    pub fn enter() -> Option<RawMode> {
        // SAFETY: TERMIOS: termios is a plain C struct; all-zero is a valid value of it, and
        // tcgetattr overwrites it before it is used.
        let mut saved: libc::termios = unsafe { core::mem::zeroed() };
        // SAFETY: TERMIOS: fd 0 and a pointer to a live termios.
        if unsafe { libc::tcgetattr(0, &mut saved) } != 0 {
            return None;
        }
        let mut raw = saved;
        raw.c_iflag &= !(libc::IXON | libc::ICRNL | libc::INLCR | libc::ISTRIP | libc::BRKINT);
        raw.c_lflag &= !(libc::ECHO | libc::ICANON | libc::ISIG | libc::IEXTEN);
        // The editor writes "\r\n" itself.
        raw.c_oflag &= !libc::OPOST;
        raw.c_cc[libc::VMIN] = 1;
        raw.c_cc[libc::VTIME] = 0;
        // SAFETY: TERMIOS: fd 0 and a pointer to a live termios.
        if unsafe { libc::tcsetattr(0, libc::TCSANOW, &raw) } != 0 {
            return None;
        }
        Some(RawMode { saved })
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        // SAFETY: TERMIOS: fd 0 and a pointer to the settings saved by `enter`.
        unsafe {
            libc::tcsetattr(0, libc::TCSANOW, &self.saved);
        }
    }
}

/// Reads one byte from stdin without buffering (so nothing typed ahead is lost to a buffer
/// when the REPL hands the terminal back to a running program); `None` at end of input or
/// on an error other than an interrupted call.
pub fn read_byte() -> Option<u8> {
    let mut b = 0u8;
    loop {
        // SAFETY: TERMIOS: fd 0 and a one-byte buffer that lives for the call.
        let n = unsafe { libc::read(0, (&mut b as *mut u8).cast(), 1) };
        if n == 1 {
            return Some(b);
        }
        if n < 0 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
            continue;
        }
        return None;
    }
}

/// Set by the SIGINT handler (Ctrl-C while a program runs); the interpreter polls and clears
/// it and raises `KeyboardInterrupt`.
pub static INTERRUPTED: core::sync::atomic::AtomicBool = core::sync::atomic::AtomicBool::new(false);

extern "C" fn on_sigint(_signal: libc::c_int) {
    // Only an atomic store: async-signal-safe.
    INTERRUPTED.store(true, core::sync::atomic::Ordering::Relaxed);
}

/// Routes SIGINT to [`INTERRUPTED`] instead of ending the process. Returns false when the
/// handler could not be installed.
pub fn catch_sigint() -> bool {
    // SAFETY: TERMIOS: a zeroed sigaction is a valid value; we set
    // the handler to a function that only stores to an atomic, which is async-signal-safe,
    // and pass pointers to locals that live for the call.
    unsafe {
        let mut action: libc::sigaction = core::mem::zeroed();
        action.sa_sigaction = on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t;
        action.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGINT, &action, core::ptr::null_mut()) == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::sync::atomic::Ordering;

    #[test]
    fn sigint_sets_the_flag() {
        assert!(catch_sigint());
        // SAFETY: TERMIOS: raise only delivers a signal to this process, whose handler was
        // just installed and only stores to an atomic.
        unsafe {
            libc::raise(libc::SIGINT);
        }
        assert!(INTERRUPTED.swap(false, Ordering::Relaxed));
    }

    #[test]
    fn not_a_tty() {
        assert!(!is_tty(-1));
    }
}
