//! The opcode set (spec §4): one enum with MicroPython's byte values and one table that is the
//! single source of names, operand formats and compiler stack effects. Always compiled.
//!
//! The "multi" opcodes embed their operand in the opcode byte and occupy a range
//! (`LoadConstSmallIntMulti` 0x70–0xaf, `LoadFastMulti` 0xb0–0xbf, `StoreFastMulti` 0xc0–0xcf,
//! `UnaryOpMulti` 0xd0–0xd3, `BinaryOpMulti` 0xd7–0xf9); their enum value is the base of the
//! range and helper functions build and split the byte.

use crate::varint::{decode_jump_offset, decode_svarint, decode_vuint};

/// How the operand after an opcode byte is encoded and what it means (§4.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// No operand bytes (the "multi" opcodes carry theirs in the opcode byte).
    None,
    /// vuint index into the module qstr table.
    Qstr,
    /// Plain vuint (a count, a packed call argument, a size hint…).
    Uint,
    /// vuint local slot number (must be `< n_state`).
    Local,
    /// Signed var-int (§1.2), only `LOAD_CONST_SMALL_INT`.
    Sint,
    /// vuint index into the module constant-object table.
    Obj,
    /// vuint index into this raw code's child list.
    Child,
    /// Signed jump offset (1 or 2 bytes).
    SignedOffset,
    /// Unsigned (forward) jump offset (1 or 2 bytes).
    UnsignedOffset,
}

/// The compiler's stack-depth change for an instruction (§4.2 "compiler stack Δ").
///
/// `n` below is the operand, `extra` the extra byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StackEffect {
    /// A fixed change.
    Fixed(i8),
    /// `1 - n` (BUILD_TUPLE/LIST/SET/SLICE).
    OneMinusArg,
    /// `n - 1` (UNPACK_SEQUENCE).
    ArgMinusOne,
    /// `(n & 0xff) + ((n >> 8) & 0xff)` (UNPACK_EX).
    UnpackEx,
    /// `base - extra` (MAKE_CLOSURE: 1, MAKE_CLOSURE_DEFARGS: −1).
    BaseMinusExtra(i8),
    /// `-1`, or `-2` when `n & 3 == 1` (STORE_COMP into a dict).
    StoreComp,
    /// `-(npos + 2*nkw + k)` with `npos = n & 0xff`, `nkw = (n >> 8) & 0xff` (the calls).
    Call(u8),
}

/// One row of the opcode table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpInfo {
    /// The opcode (for a multi opcode, the base of its range).
    pub op: Opcode,
    /// MicroPython's name, e.g. `"LOAD_CONST_STRING"`.
    pub name: &'static str,
    /// Operand format.
    pub format: Format,
    /// Whether one raw byte follows the operand (MAKE_CLOSURE*, UNWIND_JUMP).
    pub extra: bool,
    /// Compiler stack effect.
    pub stack: StackEffect,
    /// Last byte of the range (equal to the opcode byte unless this is a multi opcode).
    pub last: u8,
}

impl StackEffect {
    /// The stack change for operand `arg` and extra byte `extra` (0 where absent).
    ///
    /// `WITH_CLEANUP` is the net −2; the emitter must also account for its transient +2 peak.
    /// `FOR_ITER` is the +1 of the loop body; the emitter subtracts 4 at the loop exit.
    pub fn delta(self, arg: u32, extra: u8) -> i32 {
        let npos = (arg & 0xff) as i32;
        let nkw = ((arg >> 8) & 0xff) as i32;
        match self {
            StackEffect::Fixed(d) => i32::from(d),
            StackEffect::OneMinusArg => 1i32.saturating_sub_unsigned(arg),
            StackEffect::ArgMinusOne => (arg as i32).saturating_sub(1),
            StackEffect::UnpackEx => npos + nkw,
            StackEffect::BaseMinusExtra(b) => i32::from(b) - i32::from(extra),
            StackEffect::StoreComp => {
                if arg & 3 == 1 {
                    -2
                } else {
                    -1
                }
            }
            StackEffect::Call(k) => -(npos + 2 * nkw + i32::from(k)),
        }
    }
}

macro_rules! opcodes {
    ($( $name:ident = $byte:literal $(..= $last:literal)?, $text:literal, $fmt:ident, $extra:literal, $stack:expr; )*) => {
        /// A bytecode opcode; the discriminant is MicroPython's byte value (for a multi
        /// opcode, the first byte of its range).
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Opcode {
            $(
                #[doc = $text]
                $name = $byte,
            )*
        }

        /// The opcode table, in byte order: the single source for the decoder, the emitter,
        /// the disassembler and the stack effects.
        pub static OPCODE_TABLE: &[OpInfo] = &[
            $( OpInfo {
                op: Opcode::$name,
                name: $text,
                format: Format::$fmt,
                extra: $extra,
                stack: $stack,
                last: opcodes!(@last $byte $(, $last)?),
            }, )*
        ];

        impl Opcode {
            /// The opcode a byte decodes to (a multi opcode for any byte of its range), or
            /// `None` for an unused byte.
            #[inline]
            pub fn from_byte(b: u8) -> Option<Opcode> {
                match b {
                    $( $byte $(..= $last)? => Some(Opcode::$name), )*
                    _ => None,
                }
            }

            /// This opcode's table row.
            pub fn info(self) -> &'static OpInfo {
                match self {
                    $( Opcode::$name => &OpInfo {
                        op: Opcode::$name,
                        name: $text,
                        format: Format::$fmt,
                        extra: $extra,
                        stack: $stack,
                        last: opcodes!(@last $byte $(, $last)?),
                    }, )*
                }
            }
        }
    };
    (@last $byte:literal) => { $byte };
    (@last $byte:literal, $last:literal) => { $last };
}

use StackEffect::{ArgMinusOne, BaseMinusExtra, Call, Fixed, OneMinusArg, StoreComp, UnpackEx};

opcodes! {
    LoadConstString = 0x10, "LOAD_CONST_STRING", Qstr, false, Fixed(1);
    LoadName = 0x11, "LOAD_NAME", Qstr, false, Fixed(1);
    LoadGlobal = 0x12, "LOAD_GLOBAL", Qstr, false, Fixed(1);
    LoadAttr = 0x13, "LOAD_ATTR", Qstr, false, Fixed(0);
    LoadMethod = 0x14, "LOAD_METHOD", Qstr, false, Fixed(1);
    LoadSuperMethod = 0x15, "LOAD_SUPER_METHOD", Qstr, false, Fixed(-1);
    StoreName = 0x16, "STORE_NAME", Qstr, false, Fixed(-1);
    StoreGlobal = 0x17, "STORE_GLOBAL", Qstr, false, Fixed(-1);
    StoreAttr = 0x18, "STORE_ATTR", Qstr, false, Fixed(-2);
    DeleteName = 0x19, "DELETE_NAME", Qstr, false, Fixed(0);
    DeleteGlobal = 0x1a, "DELETE_GLOBAL", Qstr, false, Fixed(0);
    ImportName = 0x1b, "IMPORT_NAME", Qstr, false, Fixed(-1);
    ImportFrom = 0x1c, "IMPORT_FROM", Qstr, false, Fixed(1);
    MakeClosure = 0x20, "MAKE_CLOSURE", Child, true, BaseMinusExtra(1);
    MakeClosureDefargs = 0x21, "MAKE_CLOSURE_DEFARGS", Child, true, BaseMinusExtra(-1);
    LoadConstSmallInt = 0x22, "LOAD_CONST_SMALL_INT", Sint, false, Fixed(1);
    LoadConstObj = 0x23, "LOAD_CONST_OBJ", Obj, false, Fixed(1);
    LoadFastN = 0x24, "LOAD_FAST_N", Local, false, Fixed(1);
    LoadDeref = 0x25, "LOAD_DEREF", Local, false, Fixed(1);
    StoreFastN = 0x26, "STORE_FAST_N", Local, false, Fixed(-1);
    StoreDeref = 0x27, "STORE_DEREF", Local, false, Fixed(-1);
    DeleteFast = 0x28, "DELETE_FAST", Local, false, Fixed(0);
    DeleteDeref = 0x29, "DELETE_DEREF", Local, false, Fixed(0);
    BuildTuple = 0x2a, "BUILD_TUPLE", Uint, false, OneMinusArg;
    BuildList = 0x2b, "BUILD_LIST", Uint, false, OneMinusArg;
    BuildMap = 0x2c, "BUILD_MAP", Uint, false, Fixed(1);
    BuildSet = 0x2d, "BUILD_SET", Uint, false, OneMinusArg;
    BuildSlice = 0x2e, "BUILD_SLICE", Uint, false, OneMinusArg;
    StoreComp = 0x2f, "STORE_COMP", Uint, false, StoreComp;
    UnpackSequence = 0x30, "UNPACK_SEQUENCE", Uint, false, ArgMinusOne;
    UnpackEx = 0x31, "UNPACK_EX", Uint, false, UnpackEx;
    MakeFunction = 0x32, "MAKE_FUNCTION", Child, false, Fixed(1);
    MakeFunctionDefargs = 0x33, "MAKE_FUNCTION_DEFARGS", Child, false, Fixed(-1);
    CallFunction = 0x34, "CALL_FUNCTION", Uint, false, Call(0);
    CallFunctionVarKw = 0x35, "CALL_FUNCTION_VAR_KW", Uint, false, Call(1);
    CallMethod = 0x36, "CALL_METHOD", Uint, false, Call(1);
    CallMethodVarKw = 0x37, "CALL_METHOD_VAR_KW", Uint, false, Call(2);
    UnwindJump = 0x40, "UNWIND_JUMP", SignedOffset, true, Fixed(0);
    Jump = 0x42, "JUMP", SignedOffset, false, Fixed(0);
    PopJumpIfTrue = 0x43, "POP_JUMP_IF_TRUE", SignedOffset, false, Fixed(-1);
    PopJumpIfFalse = 0x44, "POP_JUMP_IF_FALSE", SignedOffset, false, Fixed(-1);
    JumpIfTrueOrPop = 0x45, "JUMP_IF_TRUE_OR_POP", UnsignedOffset, false, Fixed(-1);
    JumpIfFalseOrPop = 0x46, "JUMP_IF_FALSE_OR_POP", UnsignedOffset, false, Fixed(-1);
    SetupWith = 0x47, "SETUP_WITH", UnsignedOffset, false, Fixed(2);
    SetupExcept = 0x48, "SETUP_EXCEPT", UnsignedOffset, false, Fixed(0);
    SetupFinally = 0x49, "SETUP_FINALLY", UnsignedOffset, false, Fixed(0);
    PopExceptJump = 0x4a, "POP_EXCEPT_JUMP", UnsignedOffset, false, Fixed(0);
    ForIter = 0x4b, "FOR_ITER", UnsignedOffset, false, Fixed(1);
    LoadConstFalse = 0x50, "LOAD_CONST_FALSE", None, false, Fixed(1);
    LoadConstNone = 0x51, "LOAD_CONST_NONE", None, false, Fixed(1);
    LoadConstTrue = 0x52, "LOAD_CONST_TRUE", None, false, Fixed(1);
    LoadNull = 0x53, "LOAD_NULL", None, false, Fixed(1);
    LoadBuildClass = 0x54, "LOAD_BUILD_CLASS", None, false, Fixed(1);
    LoadSubscr = 0x55, "LOAD_SUBSCR", None, false, Fixed(-1);
    StoreSubscr = 0x56, "STORE_SUBSCR", None, false, Fixed(-3);
    DupTop = 0x57, "DUP_TOP", None, false, Fixed(1);
    DupTopTwo = 0x58, "DUP_TOP_TWO", None, false, Fixed(2);
    PopTop = 0x59, "POP_TOP", None, false, Fixed(-1);
    RotTwo = 0x5a, "ROT_TWO", None, false, Fixed(0);
    RotThree = 0x5b, "ROT_THREE", None, false, Fixed(0);
    WithCleanup = 0x5c, "WITH_CLEANUP", None, false, Fixed(-2);
    EndFinally = 0x5d, "END_FINALLY", None, false, Fixed(-1);
    GetIter = 0x5e, "GET_ITER", None, false, Fixed(0);
    GetIterStack = 0x5f, "GET_ITER_STACK", None, false, Fixed(3);
    StoreMap = 0x62, "STORE_MAP", None, false, Fixed(-2);
    ReturnValue = 0x63, "RETURN_VALUE", None, false, Fixed(-1);
    RaiseLast = 0x64, "RAISE_LAST", None, false, Fixed(0);
    RaiseObj = 0x65, "RAISE_OBJ", None, false, Fixed(-1);
    RaiseFrom = 0x66, "RAISE_FROM", None, false, Fixed(-2);
    YieldValue = 0x67, "YIELD_VALUE", None, false, Fixed(0);
    YieldFrom = 0x68, "YIELD_FROM", None, false, Fixed(-1);
    ImportStar = 0x69, "IMPORT_STAR", None, false, Fixed(-1);
    LoadConstSmallIntMulti = 0x70..=0xaf, "LOAD_CONST_SMALL_INT_MULTI", None, false, Fixed(1);
    LoadFastMulti = 0xb0..=0xbf, "LOAD_FAST_MULTI", None, false, Fixed(1);
    StoreFastMulti = 0xc0..=0xcf, "STORE_FAST_MULTI", None, false, Fixed(-1);
    UnaryOpMulti = 0xd0..=0xd3, "UNARY_OP_MULTI", None, false, Fixed(0);
    BinaryOpMulti = 0xd7..=0xf9, "BINARY_OP_MULTI", None, false, Fixed(-1);
}

/// Smallest value `LOAD_CONST_SMALL_INT_MULTI` encodes.
pub const SMALL_INT_MULTI_MIN: i64 = -16;
/// Largest value `LOAD_CONST_SMALL_INT_MULTI` encodes.
pub const SMALL_INT_MULTI_MAX: i64 = 47;
/// Number of locals reachable by `LOAD_FAST_MULTI`/`STORE_FAST_MULTI` (slots 0…15).
pub const FAST_MULTI_COUNT: u32 = 16;

impl Opcode {
    /// The opcode byte (for a multi opcode, the base of its range).
    pub fn byte(self) -> u8 {
        self as u8
    }

    /// MicroPython's name, e.g. `"LOAD_FAST_MULTI"`.
    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// Whether this opcode ends straight-line flow (nothing after it runs unless jumped to).
    pub fn is_terminator(self) -> bool {
        matches!(
            self,
            Opcode::Jump
                | Opcode::UnwindJump
                | Opcode::PopExceptJump
                | Opcode::ReturnValue
                | Opcode::RaiseLast
                | Opcode::RaiseObj
                | Opcode::RaiseFrom
        )
    }
}

/// The `LOAD_CONST_SMALL_INT_MULTI` byte for `v`, if `v` is in −16…47.
pub fn load_const_small_int_multi(v: i64) -> Option<u8> {
    if (SMALL_INT_MULTI_MIN..=SMALL_INT_MULTI_MAX).contains(&v) {
        Some((0x80 + v) as u8)
    } else {
        None
    }
}

/// The `LOAD_FAST_MULTI` byte for local `i`, if `i < 16`.
pub fn load_fast_multi(i: u32) -> Option<u8> {
    (i < FAST_MULTI_COUNT).then(|| Opcode::LoadFastMulti as u8 + i as u8)
}

/// The `STORE_FAST_MULTI` byte for local `i`, if `i < 16`.
pub fn store_fast_multi(i: u32) -> Option<u8> {
    (i < FAST_MULTI_COUNT).then(|| Opcode::StoreFastMulti as u8 + i as u8)
}

/// The `UNARY_OP_MULTI` byte for `op`, if `op` may appear in bytecode.
pub fn unary_op_byte(op: UnaryOp) -> Option<u8> {
    let k = op as u8;
    (k <= UnaryOp::Not as u8).then(|| Opcode::UnaryOpMulti as u8 + k)
}

/// The `BINARY_OP_MULTI` byte for `op`, if `op` may appear in bytecode.
pub fn binary_op_byte(op: BinaryOp) -> Option<u8> {
    let k = op as u8;
    (k <= BinaryOp::Power as u8).then(|| Opcode::BinaryOpMulti as u8 + k)
}

macro_rules! op_enum {
    ($(#[$meta:meta])* $ty:ident { $( $name:ident = $n:literal, $text:literal, $sym:literal, $dunder:expr; )* }) => {
        $(#[$meta])*
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $ty {
            $( #[doc = $text] $name = $n, )*
        }

        impl $ty {
            /// All members in numeric order.
            pub const ALL: &'static [$ty] = &[$($ty::$name),*];

            /// The member with number `n`.
            pub fn from_u8(n: u8) -> Option<$ty> {
                match n {
                    $( $n => Some($ty::$name), )*
                    _ => None,
                }
            }

            /// MicroPython's name, e.g. `"ADD"`.
            pub fn name(self) -> &'static str {
                match self { $( $ty::$name => $text, )* }
            }

            /// The Python operator as written in source (`"+"`, `"not"`, `"+="`), or the
            /// empty string for runtime-only operations.
            pub fn symbol(self) -> &'static str {
                match self { $( $ty::$name => $sym, )* }
            }

            /// The special method that implements it (`"__add__"`), if there is one.
            pub fn dunder(self) -> Option<&'static str> {
                match self { $( $ty::$name => $dunder, )* }
            }
        }
    };
}

op_enum! {
    /// Unary operator numbers (§4.4). 0…3 appear in bytecode (`0xd0 + k`); the rest are
    /// runtime-only.
    UnaryOp {
        Positive = 0, "POSITIVE", "+", Some("__pos__");
        Negative = 1, "NEGATIVE", "-", Some("__neg__");
        Invert = 2, "INVERT", "~", Some("__invert__");
        Not = 3, "NOT", "not", None;
        Bool = 4, "BOOL", "", Some("__bool__");
        Len = 5, "LEN", "", Some("__len__");
        Hash = 6, "HASH", "", Some("__hash__");
        Abs = 7, "ABS", "", Some("__abs__");
        IntMaybe = 8, "INT_MAYBE", "", Some("__int__");
        FloatMaybe = 9, "FLOAT_MAYBE", "", Some("__float__");
        ComplexMaybe = 10, "COMPLEX_MAYBE", "", Some("__complex__");
        SizeOf = 11, "SIZEOF", "", Some("__sizeof__");
    }
}

op_enum! {
    /// Binary operator numbers (§4.4), `lhs = TOS1`, `rhs = TOS`. 0…34 appear in bytecode
    /// (`0xd7 + k`); 35…49 are runtime-only.
    BinaryOp {
        Less = 0, "LESS", "<", Some("__lt__");
        More = 1, "MORE", ">", Some("__gt__");
        Equal = 2, "EQUAL", "==", Some("__eq__");
        LessEqual = 3, "LESS_EQUAL", "<=", Some("__le__");
        MoreEqual = 4, "MORE_EQUAL", ">=", Some("__ge__");
        NotEqual = 5, "NOT_EQUAL", "!=", Some("__ne__");
        In = 6, "IN", "in", Some("__contains__");
        Is = 7, "IS", "is", None;
        ExceptionMatch = 8, "EXCEPTION_MATCH", "", None;
        InplaceOr = 9, "INPLACE_OR", "|=", Some("__ior__");
        InplaceXor = 10, "INPLACE_XOR", "^=", Some("__ixor__");
        InplaceAnd = 11, "INPLACE_AND", "&=", Some("__iand__");
        InplaceLshift = 12, "INPLACE_LSHIFT", "<<=", Some("__ilshift__");
        InplaceRshift = 13, "INPLACE_RSHIFT", ">>=", Some("__irshift__");
        InplaceAdd = 14, "INPLACE_ADD", "+=", Some("__iadd__");
        InplaceSubtract = 15, "INPLACE_SUBTRACT", "-=", Some("__isub__");
        InplaceMultiply = 16, "INPLACE_MULTIPLY", "*=", Some("__imul__");
        InplaceMatMultiply = 17, "INPLACE_MAT_MULTIPLY", "@=", Some("__imatmul__");
        InplaceFloorDivide = 18, "INPLACE_FLOOR_DIVIDE", "//=", Some("__ifloordiv__");
        InplaceTrueDivide = 19, "INPLACE_TRUE_DIVIDE", "/=", Some("__itruediv__");
        InplaceModulo = 20, "INPLACE_MODULO", "%=", Some("__imod__");
        InplacePower = 21, "INPLACE_POWER", "**=", Some("__ipow__");
        Or = 22, "OR", "|", Some("__or__");
        Xor = 23, "XOR", "^", Some("__xor__");
        And = 24, "AND", "&", Some("__and__");
        Lshift = 25, "LSHIFT", "<<", Some("__lshift__");
        Rshift = 26, "RSHIFT", ">>", Some("__rshift__");
        Add = 27, "ADD", "+", Some("__add__");
        Subtract = 28, "SUBTRACT", "-", Some("__sub__");
        Multiply = 29, "MULTIPLY", "*", Some("__mul__");
        MatMultiply = 30, "MAT_MULTIPLY", "@", Some("__matmul__");
        FloorDivide = 31, "FLOOR_DIVIDE", "//", Some("__floordiv__");
        TrueDivide = 32, "TRUE_DIVIDE", "/", Some("__truediv__");
        Modulo = 33, "MODULO", "%", Some("__mod__");
        Power = 34, "POWER", "**", Some("__pow__");
        Divmod = 35, "DIVMOD", "", Some("__divmod__");
        Contains = 36, "CONTAINS", "", Some("__contains__");
        ReverseOr = 37, "REVERSE_OR", "", Some("__ror__");
        ReverseXor = 38, "REVERSE_XOR", "", Some("__rxor__");
        ReverseAnd = 39, "REVERSE_AND", "", Some("__rand__");
        ReverseLshift = 40, "REVERSE_LSHIFT", "", Some("__rlshift__");
        ReverseRshift = 41, "REVERSE_RSHIFT", "", Some("__rrshift__");
        ReverseAdd = 42, "REVERSE_ADD", "", Some("__radd__");
        ReverseSubtract = 43, "REVERSE_SUBTRACT", "", Some("__rsub__");
        ReverseMultiply = 44, "REVERSE_MULTIPLY", "", Some("__rmul__");
        ReverseMatMultiply = 45, "REVERSE_MAT_MULTIPLY", "", Some("__rmatmul__");
        ReverseFloorDivide = 46, "REVERSE_FLOOR_DIVIDE", "", Some("__rfloordiv__");
        ReverseTrueDivide = 47, "REVERSE_TRUE_DIVIDE", "", Some("__rtruediv__");
        ReverseModulo = 48, "REVERSE_MODULO", "", Some("__rmod__");
        ReversePower = 49, "REVERSE_POWER", "", Some("__rpow__");
    }
}

/// Why an instruction (or any other encoded field) could not be decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The bytes end in the middle of a field.
    Truncated,
    /// A var-int is too large for its type.
    Overflow,
    /// An unused opcode byte.
    InvalidOpcode(u8),
    /// A jump whose target lies before the start of the code.
    NegativeJump,
}

/// A decoded operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operand {
    /// No operand.
    None,
    /// Qstr-table index.
    Qstr(u32),
    /// Plain unsigned value.
    Uint(u32),
    /// Local slot number (LOAD_FAST_N/MULTI, STORE_FAST_*, *_DEREF, DELETE_FAST).
    Local(u32),
    /// A small int (LOAD_CONST_SMALL_INT and LOAD_CONST_SMALL_INT_MULTI).
    SmallInt(i64),
    /// Constant-table index.
    Obj(u32),
    /// Child raw-code index.
    Child(u32),
    /// Absolute jump target (offset from the start of the code).
    Jump(usize),
    /// A unary operator (UNARY_OP_MULTI).
    Unary(UnaryOp),
    /// A binary operator (BINARY_OP_MULTI).
    Binary(BinaryOp),
}

/// One decoded instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    /// The opcode (the base of the range for multi opcodes).
    pub op: Opcode,
    /// The operand, including operands embedded in a multi opcode byte.
    pub operand: Operand,
    /// The extra byte of MAKE_CLOSURE* (number of captured values) and UNWIND_JUMP (unwind
    /// count, plus 0x80 when a for-loop iterator is popped); 0 for other opcodes.
    pub extra: u8,
    /// Encoded length in bytes.
    pub len: usize,
}

impl Instr {
    /// The operand as a `u32` where it is an index or count (0 otherwise), as
    /// [`StackEffect::delta`] wants it.
    pub fn arg_u32(&self) -> u32 {
        match self.operand {
            Operand::Qstr(n)
            | Operand::Uint(n)
            | Operand::Local(n)
            | Operand::Obj(n)
            | Operand::Child(n) => n,
            _ => 0,
        }
    }

    /// Compiler stack effect of this instruction.
    pub fn stack_delta(&self) -> i32 {
        self.op.info().stack.delta(self.arg_u32(), self.extra)
    }

    /// The jump target, for jump opcodes.
    pub fn jump_target(&self) -> Option<usize> {
        match self.operand {
            Operand::Jump(t) => Some(t),
            _ => None,
        }
    }
}

/// Decodes the instruction at `code[ip]`. `code` is the opcode area of a function (offsets,
/// including jump targets, count from its start). Never panics; the target of a jump is not
/// checked against the end of `code` (see [`crate::verify()`]).
pub fn decode_instruction(code: &[u8], ip: usize) -> Result<Instr, DecodeError> {
    let b = *code.get(ip).ok_or(DecodeError::Truncated)?;
    let op = Opcode::from_byte(b).ok_or(DecodeError::InvalidOpcode(b))?;
    let info = op.info();
    let mut pos = ip + 1;
    let operand = match info.format {
        Format::None => match op {
            Opcode::LoadConstSmallIntMulti => Operand::SmallInt(i64::from(b) - 0x80),
            Opcode::LoadFastMulti | Opcode::StoreFastMulti => {
                Operand::Local(u32::from(b - op.byte()))
            }
            Opcode::UnaryOpMulti => Operand::Unary(
                UnaryOp::from_u8(b - op.byte()).ok_or(DecodeError::InvalidOpcode(b))?,
            ),
            Opcode::BinaryOpMulti => Operand::Binary(
                BinaryOp::from_u8(b - op.byte()).ok_or(DecodeError::InvalidOpcode(b))?,
            ),
            _ => Operand::None,
        },
        Format::Sint => {
            let (v, p) = decode_svarint(code, pos)?;
            pos = p;
            Operand::SmallInt(v)
        }
        Format::SignedOffset | Format::UnsignedOffset => {
            let (v, p) = decode_jump_offset(code, pos, info.format == Format::SignedOffset)?;
            pos = p;
            let target = (pos as i64) + i64::from(v);
            if target < 0 {
                return Err(DecodeError::NegativeJump);
            }
            Operand::Jump(target as usize)
        }
        fmt => {
            let (v, p) = decode_vuint(code, pos)?;
            pos = p;
            match fmt {
                Format::Qstr => Operand::Qstr(v),
                Format::Local => Operand::Local(v),
                Format::Obj => Operand::Obj(v),
                Format::Child => Operand::Child(v),
                _ => Operand::Uint(v),
            }
        }
    };
    let mut extra = 0;
    if info.extra {
        extra = *code.get(pos).ok_or(DecodeError::Truncated)?;
        pos += 1;
    }
    Ok(Instr {
        op,
        operand,
        extra,
        len: pos - ip,
    })
}

/// Iterates over the instructions of `code`, yielding `(offset, result)`; stops after the
/// first error.
pub fn instructions(code: &[u8]) -> Instructions<'_> {
    Instructions {
        code,
        ip: 0,
        failed: false,
    }
}

/// Iterator returned by [`instructions`].
#[derive(Clone, Debug)]
pub struct Instructions<'a> {
    code: &'a [u8],
    ip: usize,
    failed: bool,
}

impl Iterator for Instructions<'_> {
    type Item = (usize, Result<Instr, DecodeError>);

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.ip >= self.code.len() {
            return None;
        }
        let ip = self.ip;
        let r = decode_instruction(self.code, ip);
        match &r {
            Ok(i) => self.ip += i.len,
            Err(_) => self.failed = true,
        }
        Some((ip, r))
    }
}

#[cfg(test)]
mod tests;
