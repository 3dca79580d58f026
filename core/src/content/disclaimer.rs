//! The disclaimer every page carries.

use crate::locale::Text;

/// Shown on every page and in full on /about.
pub const DISCLAIMER: Text = Text::of(
    "Dermamap gives general information drawn from the sources it cites. \
It is not medical advice and does not replace a consultation. Before a piercing or a treatment, \
and if anything worries you afterwards, see a qualified piercer, a dermatologist or a doctor. \
In an emergency, call your local emergency services.",
);
