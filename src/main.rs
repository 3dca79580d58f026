use dermamap::device::scheduling::next_task;

fn main() {
    console_error_panic_hook::set_once();
    // The browser finishes compiling the wasm and instantiates it in the task that runs this;
    // the app starts in the next one, so that the two are not one long task (bench section 7).
    wasm_bindgen_futures::spawn_local(async {
        next_task().await;
        dermamap::start();
    });
}
