//! The host system as the port reaches it: the C library, called directly (the binary does not
//! link Rust's `std`, which would double its size for services the port does not need).
//!
//! This is the only module of the port with `unsafe` code. Its invariants:
//! - (FFI) every C call gets valid descriptors or NUL-terminated paths made by [`with_path`],
//!   and pointers to buffers that live, with the length given, for the whole call;
//! - (STDIN) the one buffer of standard input is reached only through [`Stdin::with`], which
//!   holds a lock for the duration, so no two references to it exist at once;
//! - (TERMIOS) `RawMode` restores the settings it saved when it is dropped; the SIGINT handler
//!   does nothing but store to an atomic;
//! - (ALLOC) the global allocator hands out blocks of C's `malloc` family, aligned as asked
//!   (`posix_memalign` beyond what `malloc` guarantees), and frees them with `free`;
//! - (ENTRY) the process entry point reads `argc` C strings from `argv`, as C's start-up
//!   code passes them, and the panic handler aborts: nothing ever unwinds.

use alloc::string::String;
use alloc::vec::Vec;
use core::cell::UnsafeCell;
use core::sync::atomic::{AtomicBool, Ordering};

/// The current thread's `errno`.
pub fn errno() -> i32 {
    // SAFETY: FFI: __errno_location returns the address of this thread's errno, valid for
    // the thread's lifetime.
    unsafe { *libc::__errno_location() }
}

/// The C library's message for an `errno` value ("No such file or directory").
pub fn strerror(e: i32) -> String {
    // SAFETY: FFI: strerror returns a pointer to a NUL-terminated string that stays valid
    // until the next strerror call; it is copied out at once.
    let p = unsafe { libc::strerror(e) };
    if p.is_null() {
        return alloc::format!("error {e}");
    }
    // SAFETY: FFI: a non-null strerror result is a NUL-terminated C string.
    let c = unsafe { core::ffi::CStr::from_ptr(p) };
    String::from_utf8_lossy(c.to_bytes()).into_owned()
}

/// Calls `f` with `path` NUL-terminated; a path holding a NUL byte is `EINVAL`.
fn with_path<T>(path: &str, f: impl FnOnce(*const libc::c_char) -> T) -> Result<T, i32> {
    if path.as_bytes().contains(&0) {
        return Err(libc::EINVAL);
    }
    let mut c = Vec::with_capacity(path.len() + 1);
    c.extend_from_slice(path.as_bytes());
    c.push(0);
    Ok(f(c.as_ptr().cast()))
}

/// `Ok(n)` or the `errno` of a C call that returns -1 on failure.
fn check(r: isize) -> Result<usize, i32> {
    if r < 0 {
        Err(errno())
    } else {
        Ok(r as usize)
    }
}

/// Writes all of `bytes` to `fd`, retrying short writes and interrupted calls; `Err(errno)`.
pub fn write_fd(fd: i32, mut bytes: &[u8]) -> Result<(), i32> {
    while !bytes.is_empty() {
        // SAFETY: FFI: a buffer and its length, live for the call.
        let n = unsafe { libc::write(fd, bytes.as_ptr().cast(), bytes.len()) };
        match check(n) {
            Ok(0) => return Err(libc::EIO),
            Ok(n) => bytes = &bytes[n..],
            Err(libc::EINTR) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Writes all of `bytes` to `fd`; errors are dropped, as a closed stdout is no reason to
/// stop a program.
pub fn write_all(fd: i32, bytes: &[u8]) {
    let _ = write_fd(fd, bytes);
}

/// A `core::fmt::Write` sink over a descriptor: each piece is written through at once.
pub struct Fd(pub i32);

impl core::fmt::Write for Fd {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        write_all(self.0, s.as_bytes());
        Ok(())
    }
}

/// `print!` of the port: formatted text to stdout, written through.
macro_rules! out {
    ($($arg:tt)*) => {{
        let _ = core::fmt::Write::write_fmt(&mut $crate::sys::Fd(1), format_args!($($arg)*));
    }};
}

/// `eprint!` of the port: formatted text to stderr.
macro_rules! err {
    ($($arg:tt)*) => {{
        let _ = core::fmt::Write::write_fmt(&mut $crate::sys::Fd(2), format_args!($($arg)*));
    }};
}

/// Reads up to `buf.len()` bytes from `fd`, retrying interrupted calls; `Err(errno)`.
fn read_fd(fd: i32, buf: &mut [u8]) -> Result<usize, i32> {
    loop {
        // SAFETY: FFI: a writable buffer and its length, live for the call.
        let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
        match check(n) {
            Err(libc::EINTR) => {}
            r => return r,
        }
    }
}

/// Appends everything left on `fd` to `out`.
fn read_to_end(fd: i32, out: &mut Vec<u8>) -> Result<(), i32> {
    let mut chunk = [0u8; 8192];
    loop {
        match read_fd(fd, &mut chunk)? {
            0 => return Ok(()),
            n => out.extend_from_slice(&chunk[..n]),
        }
    }
}

/// Standard input, buffered once for everyone who reads it (the REPL, `input()`, a script
/// piped in), so that nothing read ahead by one is lost to another. Reads take what is
/// there (a terminal in raw mode gives a keystroke at a time), never waiting to fill the
/// buffer.
pub struct Stdin {
    buf: [u8; 4096],
    pos: usize,
    len: usize,
}

struct StdinCell {
    locked: AtomicBool,
    cell: UnsafeCell<Stdin>,
}

// SAFETY: STDIN: the cell is reached only through `Stdin::with`, which takes `locked` first,
// so at most one reference to the buffer exists at any time whatever the thread.
unsafe impl Sync for StdinCell {}

static STDIN: StdinCell = StdinCell {
    locked: AtomicBool::new(false),
    cell: UnsafeCell::new(Stdin {
        buf: [0; 4096],
        pos: 0,
        len: 0,
    }),
};

impl Stdin {
    /// Runs `f` with the stdin buffer. Not reentrant: `f` must not call `with` again.
    pub fn with<T>(f: impl FnOnce(&mut Stdin) -> T) -> T {
        if STDIN.locked.swap(true, Ordering::Acquire) {
            // Only a nested call can find the lock taken (the process has one thread).
            panic!("stdin buffer reentered");
        }
        // SAFETY: STDIN: the lock was free and is now ours; the reference ends before the
        // lock is released below.
        let r = f(unsafe { &mut *STDIN.cell.get() });
        STDIN.locked.store(false, Ordering::Release);
        r
    }

    /// The next byte; `None` at end of input or on an error.
    pub fn byte(&mut self) -> Option<u8> {
        if self.pos == self.len {
            self.pos = 0;
            self.len = read_fd(0, &mut self.buf).unwrap_or(0);
            if self.len == 0 {
                return None;
            }
        }
        self.pos += 1;
        Some(self.buf[self.pos - 1])
    }

    /// The next line without its `\n` (nor a `\r` before it); `None` at end of input.
    pub fn line(&mut self) -> Option<Vec<u8>> {
        let mut line = Vec::new();
        loop {
            match self.byte() {
                None if line.is_empty() => return None,
                None => break,
                Some(b'\n') => break,
                Some(b) => line.push(b),
            }
        }
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        Some(line)
    }

    /// Everything left.
    pub fn rest(&mut self) -> Vec<u8> {
        let mut v = self.buf[self.pos..self.len].to_vec();
        self.pos = self.len;
        let _ = read_to_end(0, &mut v);
        v
    }
}

/// Opens `path` with `flags` (and `mode` for a new file); `Err(errno)`.
fn open(path: &str, flags: i32, mode: libc::mode_t) -> Result<i32, i32> {
    // SAFETY: FFI: a NUL-terminated path live for the call.
    let fd = with_path(path, |p| unsafe {
        libc::open(p, flags | libc::O_CLOEXEC, mode)
    })?;
    check(fd as isize).map(|fd| fd as i32)
}

/// Closes `fd` (one this module or `open_write` opened).
pub fn close(fd: i32) {
    // SAFETY: FFI: close takes any integer; at worst it fails with EBADF.
    unsafe {
        libc::close(fd);
    }
}

/// A whole file; a directory is `EISDIR`.
pub fn read_file(path: &str) -> Result<Vec<u8>, i32> {
    if stat(path).is_ok_and(|(dir, _)| dir) {
        return Err(libc::EISDIR);
    }
    let fd = open(path, libc::O_RDONLY, 0)?;
    let mut v = Vec::new();
    let r = read_to_end(fd, &mut v);
    close(fd);
    r.map(|()| v)
}

/// Opens `path` for writing, created if need be, emptied or (with `append`) appended to:
/// its descriptor, or an errno.
pub fn open_write(path: &str, append: bool) -> Result<i32, i32> {
    let mode = if append {
        libc::O_APPEND
    } else {
        libc::O_TRUNC
    };
    open(path, libc::O_WRONLY | libc::O_CREAT | mode, 0o666)
}

/// `(is a directory, size in bytes)` of what `path` names (symlinks followed).
pub fn stat(path: &str) -> Result<(bool, u64), i32> {
    // SAFETY: FFI: libc::stat is a plain C struct, all-zero is a valid value of it.
    let mut st: libc::stat = unsafe { core::mem::zeroed() };
    // SAFETY: FFI: a NUL-terminated path and a pointer to a live stat buffer.
    let r = with_path(path, |p| unsafe { libc::stat(p, &mut st) })?;
    check(r as isize)?;
    Ok((
        st.st_mode & libc::S_IFMT == libc::S_IFDIR,
        st.st_size as u64,
    ))
}

/// Runs a C call on one path that returns 0 or -1.
fn path_call(path: &str, f: impl FnOnce(*const libc::c_char) -> i32) -> Result<(), i32> {
    check(with_path(path, f)? as isize).map(|_| ())
}

pub fn remove(path: &str) -> Result<(), i32> {
    // SAFETY: FFI: a NUL-terminated path live for the call.
    path_call(path, |p| unsafe { libc::unlink(p) })
}

pub fn mkdir(path: &str) -> Result<(), i32> {
    // SAFETY: FFI: a NUL-terminated path live for the call.
    path_call(path, |p| unsafe { libc::mkdir(p, 0o777) })
}

pub fn rmdir(path: &str) -> Result<(), i32> {
    // SAFETY: FFI: a NUL-terminated path live for the call.
    path_call(path, |p| unsafe { libc::rmdir(p) })
}

pub fn rename(from: &str, to: &str) -> Result<(), i32> {
    // SAFETY: FFI: two NUL-terminated paths live for the call.
    let r = with_path(from, |f| with_path(to, |t| unsafe { libc::rename(f, t) }))??;
    check(r as isize).map(|_| ())
}

/// The names in a directory, without `.` and `..`.
pub fn list_dir(path: &str) -> Result<Vec<String>, i32> {
    // SAFETY: FFI: a NUL-terminated path live for the call.
    let dir = with_path(path, |p| unsafe { libc::opendir(p) })?;
    if dir.is_null() {
        return Err(errno());
    }
    let mut names = Vec::new();
    loop {
        // SAFETY: FFI: `dir` is an open directory stream, closed only below.
        let ent = unsafe { libc::readdir(dir) };
        if ent.is_null() {
            break;
        }
        // SAFETY: FFI: readdir's entry stays valid until the next readdir call on `dir`;
        // d_name is NUL-terminated.
        let name = unsafe { core::ffi::CStr::from_ptr((*ent).d_name.as_ptr()) }.to_bytes();
        if name != b"." && name != b".." {
            names.push(String::from_utf8_lossy(name).into_owned());
        }
    }
    // SAFETY: FFI: closes the stream opened above, once.
    unsafe {
        libc::closedir(dir);
    }
    Ok(names)
}

/// Copies a C string the C library allocated with `malloc`, then frees it.
fn take_c_string(p: *mut libc::c_char) -> Option<String> {
    if p.is_null() {
        return None;
    }
    // SAFETY: FFI: `p` is a NUL-terminated string from the C library.
    let s =
        String::from_utf8_lossy(unsafe { core::ffi::CStr::from_ptr(p) }.to_bytes()).into_owned();
    // SAFETY: FFI: `p` came from malloc (getcwd/realpath with a null buffer) and is freed once.
    unsafe { libc::free(p.cast()) };
    Some(s)
}

/// The current directory.
pub fn getcwd() -> String {
    // SAFETY: FFI: with a null buffer, getcwd allocates one of the size needed.
    take_c_string(unsafe { libc::getcwd(core::ptr::null_mut(), 0) }).unwrap_or_default()
}

/// `path` made absolute with symlinks resolved; `None` when it does not exist.
pub fn realpath(path: &str) -> Option<String> {
    // SAFETY: FFI: a NUL-terminated path; with a null buffer realpath allocates the result.
    take_c_string(
        with_path(path, |p| unsafe {
            libc::realpath(p, core::ptr::null_mut())
        })
        .ok()?,
    )
}

/// An environment variable (its bytes as UTF-8, lossily).
pub fn getenv(name: &str) -> Option<String> {
    // SAFETY: FFI: a NUL-terminated name; getenv returns a pointer into the environment,
    // copied out at once (the port never changes its environment).
    let p = with_path(name, |n| unsafe { libc::getenv(n) }).ok()?;
    if p.is_null() {
        return None;
    }
    // SAFETY: FFI: a non-null getenv result is a NUL-terminated string.
    Some(String::from_utf8_lossy(unsafe { core::ffi::CStr::from_ptr(p) }.to_bytes()).into_owned())
}

fn clock_us(clock: libc::clockid_t) -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: FFI: a pointer to a live timespec.
    unsafe {
        libc::clock_gettime(clock, &mut ts);
    }
    (ts.tv_sec as u64).wrapping_mul(1_000_000) + ts.tv_nsec as u64 / 1000
}

/// Microseconds on a clock that never goes back.
pub fn monotonic_us() -> u64 {
    clock_us(libc::CLOCK_MONOTONIC)
}

/// Microseconds since 1970-01-01 UTC.
pub fn time_us() -> u64 {
    clock_us(libc::CLOCK_REALTIME)
}

/// Sleeps `us` microseconds, resuming after signals.
pub fn sleep_us(us: u64) {
    let mut req = libc::timespec {
        tv_sec: (us / 1_000_000) as libc::time_t,
        tv_nsec: ((us % 1_000_000) * 1000) as libc::c_long,
    };
    loop {
        let mut rem = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: FFI: pointers to two live timespecs.
        if unsafe { libc::nanosleep(&req, &mut rem) } == 0 || errno() != libc::EINTR {
            return;
        }
        req = rem;
    }
}

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
    /// Puts stdin into raw mode (no echo, no line buffering, no signals from Ctrl-C); the
    /// editor writes `\r\n` itself.
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

/// Set by the SIGINT handler (Ctrl-C while a program runs); the interpreter polls and clears
/// it and raises `KeyboardInterrupt`.
pub static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_signal: libc::c_int) {
    // Only an atomic store: async-signal-safe.
    INTERRUPTED.store(true, Ordering::Relaxed);
}

/// Routes SIGINT to [`INTERRUPTED`] instead of ending the process. Returns false when the
/// handler could not be installed.
pub fn catch_sigint() -> bool {
    // SAFETY: TERMIOS: a zeroed sigaction is a valid value; the handler only stores to an
    // atomic, which is async-signal-safe; pointers to locals live for the call.
    unsafe {
        let mut action: libc::sigaction = core::mem::zeroed();
        action.sa_sigaction = on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t;
        action.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGINT, &action, core::ptr::null_mut()) == 0
    }
}

/// Blocks of up to [`POOL_MAX`] bytes in size classes of [`POOL_STEP`] bytes, carved from
/// chunks of C's `malloc` and kept on one free list per class: an allocation or a release is
/// a few loads and stores, where `malloc`/`free` take ten times that. The interpreter makes
/// and drops small blocks all the time (strings' text, sets' and lists' storage).
///
/// Safety (POOL): a list links only blocks of its class that are not in use (each block's
/// first word holds the next); blocks are never returned to C. A `Pools` is used from one
/// thread at a time (ONE THREAD below for the process's own).
pub struct Pools {
    free: UnsafeCell<[*mut u8; POOL_CLASSES]>,
}

/// The largest block served from a pool.
pub const POOL_MAX: usize = 128;
/// The size step of the classes.
pub const POOL_STEP: usize = 16;
/// The alignment every pool block has: that of `malloc`'s blocks, as chunks come from it
/// (glibc, musl: 16 bytes on 64-bit hosts, 8 on 32-bit ones) and the step is a multiple.
const POOL_ALIGN: usize = 2 * core::mem::size_of::<usize>();
const POOL_CLASSES: usize = POOL_MAX / POOL_STEP;
/// Bytes taken from C at a time for one class.
const POOL_CHUNK: usize = 32 * 1024;

impl Pools {
    pub const fn new() -> Pools {
        Pools {
            free: UnsafeCell::new([core::ptr::null_mut(); POOL_CLASSES]),
        }
    }

    /// The class of a block of `size` bytes aligned to `align`, if pools serve it.
    #[inline]
    pub fn class(size: usize, align: usize) -> Option<usize> {
        (size <= POOL_MAX && align <= POOL_ALIGN).then(|| size.saturating_sub(1) / POOL_STEP)
    }

    /// A block of class `c` (`POOL_STEP * (c + 1)` bytes, aligned to `POOL_ALIGN`); null when
    /// C's allocator has no memory left.
    ///
    /// # Safety
    /// `c < POOL_CLASSES`; no other call on these pools runs meanwhile (POOL).
    #[inline]
    pub unsafe fn take(&self, c: usize) -> *mut u8 {
        // SAFETY: POOL: one call at a time, so this is the only reference to the lists.
        let free = unsafe { &mut *self.free.get() };
        let mut p = free[c];
        if p.is_null() {
            p = Self::carve(c);
            if p.is_null() {
                return p;
            }
        }
        // SAFETY: POOL: `p` heads the list of class `c`: an unused block whose first word
        // links the next.
        free[c] = unsafe { p.cast::<*mut u8>().read() };
        p
    }

    /// Gives back a block of class `c`.
    ///
    /// # Safety
    /// `p` came from `take(c)` on these pools and is no longer used; one call at a time.
    #[inline]
    pub unsafe fn give(&self, c: usize, p: *mut u8) {
        // SAFETY: POOL: one call at a time; the block is ours again, so its first word may
        // hold the link (every block has room and alignment for a pointer).
        unsafe {
            let free = &mut *self.free.get();
            p.cast::<*mut u8>().write(free[c]);
            free[c] = p;
        }
    }

    /// A new chunk cut into blocks of class `c`, linked in order; its first block, or null.
    #[cold]
    fn carve(c: usize) -> *mut u8 {
        let size = POOL_STEP * (c + 1);
        let n = POOL_CHUNK / size;
        // SAFETY: FFI: a plain malloc (aligned to POOL_ALIGN).
        let chunk: *mut u8 = unsafe { libc::malloc(n * size).cast() };
        if chunk.is_null() {
            return chunk;
        }
        for i in 0..n {
            let next = if i + 1 < n {
                // SAFETY: POOL: inside the chunk of n blocks.
                unsafe { chunk.add((i + 1) * size) }
            } else {
                core::ptr::null_mut()
            };
            // SAFETY: POOL: block i lies inside the chunk and is pointer-aligned.
            unsafe { chunk.add(i * size).cast::<*mut u8>().write(next) };
        }
        chunk
    }
}

/// The heap of the process: small blocks from [`Pools`], the rest from C's allocator.
#[cfg(not(test))]
mod process {
    use super::Pools;
    use core::alloc::{GlobalAlloc, Layout};

    /// What `malloc` aligns every block to on the hosts the port builds for (glibc, musl:
    /// 16 bytes on 64-bit, 8 on 32-bit targets).
    const MALLOC_ALIGN: usize = 2 * core::mem::size_of::<usize>();

    struct HostAlloc {
        pools: Pools,
    }

    // SAFETY: ALLOC (ONE THREAD): the process runs on one thread — the port starts none, the
    // interpreter has no threads, and the SIGINT handler does not allocate — so the pools
    // are never used by two calls at once.
    unsafe impl Sync for HostAlloc {}

    impl HostAlloc {
        /// Large or over-aligned blocks: C's allocator.
        unsafe fn c_alloc(&self, layout: Layout) -> *mut u8 {
            if layout.align() <= MALLOC_ALIGN && layout.align() <= layout.size() {
                // SAFETY: ALLOC: a plain malloc of a non-zero size (GlobalAlloc's contract).
                unsafe { libc::malloc(layout.size()).cast() }
            } else {
                let mut p = core::ptr::null_mut();
                let align = layout.align().max(core::mem::size_of::<usize>());
                // SAFETY: ALLOC: align is a power of two and a multiple of the pointer size.
                if unsafe { libc::posix_memalign(&mut p, align, layout.size()) } != 0 {
                    return core::ptr::null_mut();
                }
                p.cast()
            }
        }
    }

    // SAFETY: ALLOC: a layout within a pool class gets a block of that class (at least its
    // size, aligned to POOL_ALIGN ≥ its alignment) and goes back to it; any other comes from
    // malloc/calloc/realloc when its alignment is one malloc gives anyway, else from
    // posix_memalign, and is released with free. The class follows from the layout, which
    // GlobalAlloc's callers give back unchanged.
    unsafe impl GlobalAlloc for HostAlloc {
        // Not inlined: one copy of the pool path serves every allocation site.
        #[inline(never)]
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            match Pools::class(layout.size(), layout.align()) {
                // SAFETY: ALLOC: a valid class; ONE THREAD.
                Some(c) => unsafe { self.pools.take(c) },
                // SAFETY: ALLOC: same contract as ours.
                None => unsafe { self.c_alloc(layout) },
            }
        }

        unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
            if Pools::class(layout.size(), layout.align()).is_none()
                && layout.align() <= MALLOC_ALIGN
                && layout.align() <= layout.size()
            {
                // SAFETY: ALLOC: calloc of one non-zero-sized element.
                return unsafe { libc::calloc(1, layout.size()).cast() };
            }
            // SAFETY: ALLOC: same contract as ours.
            let p = unsafe { self.alloc(layout) };
            if !p.is_null() {
                // SAFETY: ALLOC: a fresh block of at least layout.size() bytes.
                unsafe { core::ptr::write_bytes(p, 0, layout.size()) };
            }
            p
        }

        #[inline(never)]
        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            match Pools::class(layout.size(), layout.align()) {
                // SAFETY: ALLOC: the block was taken from this class (same layout); ONE THREAD.
                Some(c) => unsafe { self.pools.give(c, ptr) },
                // SAFETY: ALLOC: a block from the malloc family.
                None => unsafe { libc::free(ptr.cast()) },
            }
        }

        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            let old = Pools::class(layout.size(), layout.align());
            let new = Pools::class(new_size, layout.align());
            if old.is_some() && old == new {
                // The block already has room.
                return ptr;
            }
            if old.is_none()
                && new.is_none()
                && layout.align() <= MALLOC_ALIGN
                && layout.align() <= new_size
            {
                // SAFETY: ALLOC: ptr came from malloc; realloc keeps malloc's alignment.
                return unsafe { libc::realloc(ptr.cast(), new_size).cast() };
            }
            // SAFETY: ALLOC: a layout of the same alignment and a non-zero size.
            let to =
                unsafe { self.alloc(Layout::from_size_align_unchecked(new_size, layout.align())) };
            if !to.is_null() {
                // SAFETY: ALLOC: both blocks hold at least the smaller size; they are
                // distinct; the old one goes back where it came from.
                unsafe {
                    core::ptr::copy_nonoverlapping(ptr, to, layout.size().min(new_size));
                    self.dealloc(ptr, layout);
                }
            }
            to
        }
    }

    #[global_allocator]
    static ALLOCATOR: HostAlloc = HostAlloc {
        pools: Pools::new(),
    };

    /// A bug in the port or the interpreter: say so, and abort (nothing unwinds).
    #[panic_handler]
    fn panic(info: &core::panic::PanicInfo) -> ! {
        // A release build only says that it happened: formatting the panic's message or
        // location keeps every panic site's text in the binary (42 KB) for an error that
        // must never happen; a debug build says what and where.
        if cfg!(debug_assertions) {
            err!("micropython: internal error: {info}\n");
        } else {
            err!("micropython: internal error\n");
        }
        // SAFETY: ENTRY: abort ends the process; it never returns.
        unsafe { libc::abort() }
    }

    /// The unwinder's personality routine, which a build with unwinding panics (the test
    /// profile) links against. It is never called: the panic handler above aborts.
    #[no_mangle]
    extern "C" fn rust_eh_personality() {}

    /// The unwinder's resume call, which the prebuilt `alloc` library's cleanup code links
    /// against. It is never reached, as nothing unwinds; if it were, it would abort.
    #[no_mangle]
    extern "C" fn _Unwind_Resume() -> ! {
        // SAFETY: ENTRY: abort ends the process; it never returns.
        unsafe { libc::abort() }
    }

    /// The process entry point, called by the C library's start-up code.
    #[no_mangle]
    extern "C" fn main(argc: libc::c_int, argv: *const *const libc::c_char) -> libc::c_int {
        let args = (0..argc.max(0) as usize)
            .map(|i| {
                // SAFETY: ENTRY: argv holds argc pointers to NUL-terminated strings.
                let s = unsafe { core::ffi::CStr::from_ptr(*argv.add(i)) };
                alloc::string::String::from_utf8_lossy(s.to_bytes()).into_owned()
            })
            .collect::<alloc::vec::Vec<_>>();
        crate::run(&args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn pools_hand_out_distinct_blocks_and_reuse_them() {
        let pools = Pools::new();
        assert_eq!(Pools::class(1, 1), Some(0));
        assert_eq!(Pools::class(16, 8), Some(0));
        assert_eq!(Pools::class(17, 8), Some(1));
        assert_eq!(Pools::class(128, 16), Some(7));
        assert_eq!(Pools::class(129, 8), None);
        assert_eq!(Pools::class(64, 32), None);
        for c in 0..POOL_CLASSES {
            let size = POOL_STEP * (c + 1);
            // More than one chunk's worth, each filled with its own byte.
            let n = 2 * POOL_CHUNK / size + 3;
            // SAFETY: POOL: a valid class, one thread.
            let blocks: Vec<*mut u8> = (0..n).map(|_| unsafe { pools.take(c) }).collect();
            for (i, &p) in blocks.iter().enumerate() {
                assert!(!p.is_null());
                assert_eq!(p as usize % POOL_ALIGN, 0);
                // SAFETY: POOL: a block of `size` bytes we own.
                unsafe { core::ptr::write_bytes(p, i as u8, size) };
            }
            for (i, &p) in blocks.iter().enumerate() {
                // SAFETY: POOL: reading back our own block.
                let b = unsafe { core::slice::from_raw_parts(p, size) };
                assert!(
                    b.iter().all(|&x| x == i as u8),
                    "class {c} block {i} overwritten"
                );
            }
            let mut sorted = blocks.clone();
            sorted.sort();
            sorted.dedup();
            assert_eq!(sorted.len(), n);
            for &p in &blocks {
                // SAFETY: POOL: each block given back once.
                unsafe { pools.give(c, p) };
            }
            // The last given back comes out first.
            // SAFETY: POOL: as above.
            let again = unsafe { pools.take(c) };
            assert_eq!(again, blocks[n - 1]);
            // SAFETY: POOL: as above.
            unsafe { pools.give(c, again) };
        }
    }

    #[test]
    fn files_and_directories() {
        let dir = alloc::format!("/tmp/ferrite-sys-test-{}", std::process::id());
        let _ = rmdir(&dir);
        mkdir(&dir).unwrap();
        assert_eq!(mkdir(&dir), Err(libc::EEXIST));
        let f = alloc::format!("{dir}/a.txt");
        for (data, append) in [(&b"one"[..], false), (&b" two"[..], true)] {
            let fd = open_write(&f, append).unwrap();
            write_fd(fd, data).unwrap();
            close(fd);
        }
        assert_eq!(read_file(&f).unwrap(), b"one two");
        assert_eq!(stat(&f), Ok((false, 7)));
        assert_eq!(stat(&dir).map(|s| s.0), Ok(true));
        assert_eq!(read_file(&dir), Err(libc::EISDIR));
        rename(&f, &alloc::format!("{dir}/b.txt")).unwrap();
        assert_eq!(list_dir(&dir).unwrap(), ["b.txt"]);
        assert_eq!(remove(&f), Err(libc::ENOENT));
        remove(&alloc::format!("{dir}/b.txt")).unwrap();
        rmdir(&dir).unwrap();
        assert_eq!(read_file("a\0b"), Err(libc::EINVAL));
        assert_eq!(strerror(libc::ENOENT), "No such file or directory");
        assert!(realpath("/").is_some_and(|p| p == "/"));
        assert!(!getcwd().is_empty());
    }
}
