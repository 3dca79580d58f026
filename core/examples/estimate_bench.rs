//! Micro-benchmark of one estimator recompute (what the page does on every keystroke).
//! Run: `cargo run --release -p dermamap-core --example estimate_bench` (also part of
//! `make bench`). Prints figures; it is not a pass/fail test.

use std::hint::black_box;
use std::time::Instant;

use dermamap_core::estimator::{estimate, EstimateInput, PriceBook};
use dermamap_core::Procedure;

fn time_per_call(label: &str, input: &EstimateInput, book: &PriceBook) {
    const RUNS: u32 = 20_000;
    // Warm up caches and the allocator.
    for _ in 0..1_000 {
        black_box(estimate(black_box(input), black_box(book)).ok());
    }
    let mut samples = Vec::with_capacity(10);
    for _ in 0..10 {
        let start = Instant::now();
        for _ in 0..RUNS {
            black_box(estimate(black_box(input), black_box(book)).ok());
        }
        samples.push(start.elapsed().as_secs_f64() * 1e6 / f64::from(RUNS));
    }
    samples.sort_by(f64::total_cmp);
    println!(
        "estimate() {label:<32} median {:>6.2} µs   min {:>6.2} µs   max {:>6.2} µs",
        samples[samples.len() / 2],
        samples[0],
        samples[samples.len() - 1]
    );
}

fn main() {
    let book = PriceBook::sourced_default();
    let mut dermal = EstimateInput::for_region(Procedure::Dermal, "hip");
    dermal.dermal.anchors = 3;
    time_per_call("micro-dermal, hip, 3 anchors", &dermal, &book);
    let mut needling = EstimateInput::for_region(Procedure::Microneedling, "cheeks");
    needling.needling.sessions = 4;
    time_per_call("microneedling, cheeks, 4 sessions", &needling, &book);
    let start = Instant::now();
    let (input, _) = EstimateInput::from_query(&needling.to_query());
    black_box(input);
    println!(
        "to_query + from_query once: {:.2} µs",
        start.elapsed().as_secs_f64() * 1e6
    );
}
