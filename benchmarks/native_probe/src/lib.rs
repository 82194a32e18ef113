use pyo3::prelude::*;
use pulldown_cmark::{Parser, Options};

/// Number of events and of text bytes pulldown-cmark finds in a document.
#[pyfunction]
fn count_events(text: &str) -> (usize, usize) {
    let mut n = 0; let mut t = 0;
    for (ev, range) in Parser::new_ext(text, Options::all()).into_offset_iter() {
        n += 1;
        if let pulldown_cmark::Event::Text(_) = ev { t += range.len(); }
    }
    (n, t)
}

#[pymodule]
fn pcnative(_py: Python, m: &PyModule) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(count_events, m)?)?;
    Ok(())
}
