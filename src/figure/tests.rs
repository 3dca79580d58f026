//! Host tests of the drawings and region shapes.
use super::*;
use dermamap_core::content::RegionId;

const EXPECTED: &[(&str, View, bool)] = &[
    // (id, view, is_point)
    ("cheekbone", View::Face, true),
    ("under-eye", View::Face, true),
    ("third-eye", View::Face, true),
    ("nape", View::Back, true),
    ("back-dimples", View::Back, true),
    ("collarbone", View::Front, true),
    ("sternum", View::Front, true),
    ("belly", View::Front, true),
    ("hip", View::Front, true),
    ("finger", View::Front, true),
    ("hand", View::Front, true),
    ("wrist", View::Front, true),
    ("thigh", View::Front, true),
    ("forehead", View::Face, false),
    ("around-eyes", View::Face, false),
    ("cheeks", View::Face, false),
    ("chin-jaw", View::Face, false),
    ("nose", View::Face, false),
    ("neck", View::Front, false),
    ("abdomen", View::Front, false),
    ("thighs", View::Front, false),
    ("legs", View::Front, false),
    ("scars", View::Front, false),
    ("back", View::Back, false),
    ("scalp", View::Back, false),
];

fn view_box(view: View) -> (f32, f32, f32, f32) {
    let n: Vec<f32> = drawing(view)
        .view_box
        .split_whitespace()
        .map(|t| t.parse().expect("number"))
        .collect();
    assert_eq!(n.len(), 4);
    (n[0], n[1], n[2], n[3])
}

#[test]
fn every_expected_id_has_exactly_one_shape_on_its_view() {
    for &(id, view, is_point) in EXPECTED {
        let found: Vec<_> = REGION_SHAPES.iter().filter(|s| s.id == id).collect();
        assert_eq!(found.len(), 1, "{id}: expected exactly one shape");
        let s = found[0];
        assert_eq!(s.view, view, "{id}: wrong view");
        assert_eq!(
            matches!(s.shape, Shape::Point { .. }),
            is_point,
            "{id}: wrong kind"
        );
        assert_eq!(
            RegionId::from_slug(id)
                .and_then(shape_for)
                .map(|s| s.id.slug()),
            Some(id)
        );
    }
    assert_eq!(
        REGION_SHAPES.len(),
        EXPECTED.len(),
        "unexpected extra shapes"
    );
    assert!(RegionId::from_slug("no-such-region")
        .and_then(shape_for)
        .is_none());
    // Every region of the map has its shape, and only those.
    for id in RegionId::ALL {
        assert!(shape_for(*id).is_some(), "{id} has no shape");
    }
}

#[test]
fn points_on_a_view_are_at_least_24_units_apart() {
    let points: Vec<(RegionId, View, f32, f32)> = REGION_SHAPES
        .iter()
        .filter_map(|s| match s.shape {
            Shape::Point { cx, cy } => Some((s.id, s.view, cx, cy)),
            Shape::Zone { .. } => None,
        })
        .collect();
    for (i, a) in points.iter().enumerate() {
        for b in &points[i + 1..] {
            if a.1 != b.1 {
                continue;
            }
            let d = ((a.2 - b.2).powi(2) + (a.3 - b.3).powi(2)).sqrt();
            assert!(d >= 24.0, "{} and {} are only {d:.1} apart", a.0, b.0);
        }
    }
}

#[test]
fn points_and_labels_lie_inside_their_view_box() {
    for s in REGION_SHAPES {
        let (x0, y0, w, h) = view_box(s.view);
        let inside = |x: f32, y: f32| x >= x0 && x <= x0 + w && y >= y0 && y <= y0 + h;
        if let Shape::Point { cx, cy } = s.shape {
            // the whole r = 6 circle is visible
            assert!(
                inside(cx - 6.0, cy - 6.0) && inside(cx + 6.0, cy + 6.0),
                "{}",
                s.id
            );
        }
        assert!(inside(s.label_x, s.label_y), "{} label", s.id);
    }
}

#[test]
fn zones_are_closed_paths() {
    for s in REGION_SHAPES {
        if let Shape::Zone { d } = s.shape {
            let d = d.trim();
            assert!(!d.is_empty(), "{}", s.id);
            assert!(d.starts_with('M'), "{}: must start with M", s.id);
            assert!(
                d.ends_with('Z') || d.ends_with('z'),
                "{}: must be closed",
                s.id
            );
            // every subpath is closed
            let moves = d.matches(['M', 'm']).count();
            let closes = d.matches(['Z', 'z']).count();
            assert_eq!(moves, closes, "{}: every subpath must be closed", s.id);
        }
    }
}

#[test]
fn drawings_have_outlines_and_details() {
    for view in View::ALL {
        let d = drawing(view);
        assert!(!outline(view).is_empty() && !d.details.is_empty());
        for p in outline(view).iter().chain(d.details) {
            assert!(p.starts_with('M'), "{view:?}: {p}");
        }
        for p in outline(view) {
            assert!(p.ends_with('Z'), "{view:?}: outline paths are closed");
        }
    }
    assert_eq!(drawing(View::Front).view_box, drawing(View::Back).view_box);
    assert_eq!(outline(View::Front), outline(View::Back));
}

#[test]
fn points_are_written_as_the_float_formatter_writes_them() {
    for s in REGION_SHAPES {
        if let Shape::Point { cx, cy } = s.shape {
            assert_eq!(svg_number(cx), format!("{cx}"), "{}", s.id);
            assert_eq!(svg_number(cy), format!("{cy}"), "{}", s.id);
        }
    }
    for v in [0.0, 0.5, -0.5, -3.0, -12.5, 199.9, 7.3] {
        assert_eq!(
            svg_number(v),
            format!("{:.1}", v).trim_end_matches(".0"),
            "{v}"
        );
    }
}

/// The outline is an image of its own (`figure/<name>.svg`, written by the prerender): an inline
/// SVG drawing is no candidate for the largest contentful paint, an image is, so the body figure
/// can be the page's LCP element (issue 17). Front and back share one file, as they share the
/// silhouette; the file draws the same paths in the page's own colours.
#[test]
fn the_outline_is_a_file_of_its_own_in_the_pages_colours() {
    assert_eq!(
        drawing(View::Front).outline_file,
        drawing(View::Back).outline_file
    );
    assert_ne!(
        drawing(View::Front).outline_file,
        drawing(View::Face).outline_file
    );
    let files = outline_files();
    assert_eq!(files.len(), 2, "{files:?}");
    for view in View::ALL {
        let d = drawing(view);
        assert!(d.outline_file.starts_with("figure/") && d.outline_file.ends_with(".svg"));
        let (_, svg) = files.iter().find(|(f, _)| *f == d.outline_file).unwrap();
        assert_eq!(svg, &outline_svg(view));
        assert!(
            svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""),
            "{svg}"
        );
        assert!(svg.contains(&format!("viewBox=\"{}\"", d.view_box)));
        for p in outline(view) {
            assert!(svg.contains(&format!("<path d=\"{p}\"/>")));
        }
    }
    // The colours: the stylesheet's --skin and --skin-line, light and dark.
    let css = include_str!("../../public/style.css");
    let var = |from: usize, name: &str| {
        let at = from + css[from..].find(&format!("{name}:")).unwrap() + name.len() + 1;
        css[at..].split(';').next().unwrap().trim().to_string()
    };
    let dark = css.find("@media (prefers-color-scheme: dark)").unwrap();
    let svg = outline_svg(View::Front);
    let (light_part, dark_part) = svg.split_once("@media").unwrap();
    for (part, from) in [(light_part, 0), (dark_part, dark)] {
        for name in ["--skin", "--skin-line"] {
            let value = var(from, name);
            assert!(value.starts_with('#'), "{name}: {value}");
            assert!(part.contains(&value), "{name} {value} not in {part}");
        }
    }
}
