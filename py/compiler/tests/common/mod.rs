#![allow(dead_code)]
pub mod pyast;
