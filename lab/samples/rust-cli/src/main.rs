// A command-line program on the standard library only (crates.io is not reachable here): it reports
// who it runs as and that it found its own arguments, so the probe sees the same answer on both sides.
use std::env;

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let words = if args.is_empty() { String::from("world") } else { args.join(" ") };
    println!("hello {} from rust", words);
}
