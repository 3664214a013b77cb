//! Real published letters: reviewed goldens and converter twins.

mod goldens;
mod support;
