//! The body map's drawings: three SVG figures (front, back and a face close-up) and the
//! shape of every region on them. Each figure is drawn inline, except its outline, which is an
//! image of its own that the build writes ([`outline_files`]).
//!
//! Pure static data, no browser types: the map component renders it. Paint order for a
//! drawing is its `outline` (each path filled, with a darker stroke, in order: later paths sit
//! on top of earlier ones) then `details` (thin strokes, no fill) then the region shapes:
//! zones as translucent filled paths, points as circles (r = 6) drawn last so they stay on
//! top of any zone.
//!
//! Coordinates are SVG user units of the drawing's `view_box`. Front and back share one
//! silhouette (`0 0 200 400`, body centred on x = 100, head about 1/7.5 of the height);
//! the face close-up is `0 0 200 240`. Symmetric paths mirror the right half about x = 100.
//! Every point is at least 24 units from every other point on its view, so each gets its
//! own 24 x 24 tap target.

mod drawings;
mod region_shapes;
#[cfg(test)]
mod tests;

use dermamap_core::content::RegionId;
use dermamap_core::View;

use drawings::{BACK, BODY_OUTLINE, FACE, FACE_OUTLINE, FRONT};
pub use region_shapes::REGION_SHAPES;

/// One drawing of the body.
#[derive(Debug)]
pub struct Drawing {
    /// The SVG `viewBox` attribute.
    pub view_box: &'static str,
    /// The silhouette ([`outline`]) as an image of its own ([`outline_svg`]), below the site's
    /// base: the figure shows it with `<image>`, which the browser can take as the page's
    /// largest contentful paint (an inline drawing is no candidate). Drawings with the same
    /// silhouette share one. The paths themselves are not a field: only the build that writes
    /// the file needs them, so the app's wasm does not carry them.
    pub outline_file: &'static str,
    /// Thin stroke-only paths: collarbones, navel, spine, eyes, brows, nose, lips, ears,
    /// hairline, finger separations and the like.
    pub details: &'static [&'static str],
}

/// The shape of a region on its drawing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Shape {
    /// A micro-dermal placement: a single spot.
    Point { cx: f32, cy: f32 },
    /// A microneedling area: a closed path (possibly several subpaths) inside the silhouette.
    Zone { d: &'static str },
}

/// Where a region sits on the drawings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RegionShape {
    /// The region id, as in `dermamap_core::content::regions()`.
    pub id: RegionId,
    pub view: View,
    pub shape: Shape,
    /// Where a short text label can go (inside the view box).
    pub label_x: f32,
    pub label_y: f32,
}

/// A coordinate as the figure's markup writes it, to a tenth of a unit ("149.5", "123"): by
/// whole tenths, not a float formatter, which the app's first module then does not carry.
pub fn svg_number(v: f32) -> String {
    let tenths = (f64::from(v) * 10.0).round() as i64;
    let (whole, tenth) = (tenths / 10, (tenths % 10).abs());
    let sign = if tenths < 0 && whole == 0 { "-" } else { "" };
    if tenth == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{tenth}")
    }
}

/// The outline's colours: the stylesheet's `--skin` (fill) and `--skin-line` (stroke), in its
/// light and dark schemes (an image cannot read the page's custom properties; a host test
/// checks these against `public/style.css`).
const OUTLINE_STYLE: &str =
    "path{fill:#f1dccf;stroke:#8a6a5c;stroke-width:1.2;stroke-linejoin:round}\
@media (prefers-color-scheme:dark){path{fill:#5b4a44;stroke:#d9bfb2}}";

/// A view's silhouette paths (`d` strings), drawn filled, in order.
pub fn outline(view: View) -> &'static [&'static str] {
    match view {
        View::Front | View::Back => BODY_OUTLINE,
        View::Face => FACE_OUTLINE,
    }
}

/// A view's outline as a standalone SVG file: its paths, filled and stroked as the figure
/// drew them inline, in the drawing's `viewBox`.
pub fn outline_svg(view: View) -> String {
    let d = drawing(view);
    let paths: String = outline(view)
        .iter()
        .map(|p| format!("<path d=\"{p}\"/>"))
        .collect();
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{}\"><style>{OUTLINE_STYLE}</style>{paths}</svg>\n",
        d.view_box
    )
}

/// Every outline file the build writes (the prerender), once each: (path below the site's
/// base, contents).
pub fn outline_files() -> Vec<(&'static str, String)> {
    let mut files: Vec<(&'static str, String)> = Vec::new();
    for view in View::ALL {
        let d = drawing(view);
        if !files.iter().any(|(f, _)| *f == d.outline_file) {
            files.push((d.outline_file, outline_svg(view)));
        }
    }
    files
}

/// The drawing for a view.
pub fn drawing(view: View) -> &'static Drawing {
    match view {
        View::Front => &FRONT,
        View::Back => &BACK,
        View::Face => &FACE,
    }
}

/// The shape of the region with this id, if it is drawn.
pub fn shape_for(id: RegionId) -> Option<&'static RegionShape> {
    REGION_SHAPES.iter().find(|s| s.id == id)
}
