//! Ferrite runtime: values, heap and GC, objects, VM, builtins.
#![no_std]
extern crate alloc;
