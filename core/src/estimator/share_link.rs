//! The estimator's shareable link: an input as a query string and back. Reading is total:
//! each value that cannot be used is replaced by its default with a [`QueryNotice`].

use crate::content;
use crate::locale::{fill, tr};
use crate::model::Procedure;
use crate::query;

use super::choices::{
    default_region, Concern, DermalOptions, EstimateInput, Material, NeedlingOptions, Skin,
    Technique, Tolerance, TopStyle, ANCHORS_MAX, ANCHORS_MIN, SESSIONS_MAX, SESSIONS_MIN,
};
use super::echo::shown;
use super::needle_depth::NeedleDepth;
use super::QueryNotice;

/// One to three ASCII digits.
fn parse_count(s: &str) -> Option<u16> {
    (!s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

fn parse_bool(s: &str) -> Option<bool> {
    match s.to_ascii_lowercase().as_str() {
        "yes" | "true" | "1" | "on" => Some(true),
        "no" | "false" | "0" | "off" => Some(false),
        _ => None,
    }
}

fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

/// Reads query values, replacing bad ones with defaults and noting each replacement.
struct QueryReader {
    pairs: Vec<(String, String)>,
    notices: Vec<QueryNotice>,
}

impl QueryReader {
    fn raw(&self, key: &str) -> Option<String> {
        query::get(&self.pairs, key).map(|v| v.trim().to_string())
    }

    fn notice(&mut self, field: &'static str, message: String) {
        self.notices.push(QueryNotice::new(field, message));
    }

    fn slug<T: Copy>(
        &mut self,
        key: &'static str,
        what: &str,
        from: fn(&str) -> Option<T>,
        label: fn(T) -> &'static str,
        default: T,
    ) -> T {
        match self.raw(key) {
            None => default,
            Some(v) => from(&v).unwrap_or_else(|| {
                self.notice(
                    key,
                    fill(
                        tr!("Unknown {what} {}: using {}."),
                        &[("what", &what), ("", &shown(&v)), ("", &label(default))],
                    ),
                );
                default
            }),
        }
    }

    fn count(&mut self, key: &'static str, what: &str, range: (u16, u16), default: u16) -> u16 {
        match self.raw(key) {
            None => default,
            Some(v) => match parse_count(&v) {
                Some(n) if (range.0..=range.1).contains(&n) => n,
                _ => {
                    self.notice(
                        key,
                        fill(
                            tr!("The {what} {} isn't a whole number from {} to {}: using {default}."),
                            &[
                                ("what", &what),
                                ("", &shown(&v)),
                                ("", &range.0),
                                ("", &range.1),
                                ("default", &default),
                            ],
                        ),
                    );
                    default
                }
            },
        }
    }

    fn flag(&mut self, key: &'static str, what: &str, default: bool) -> bool {
        match self.raw(key) {
            None => default,
            Some(v) => parse_bool(&v).unwrap_or_else(|| {
                self.notice(
                    key,
                    fill(
                        tr!("{what} should be yes or no, not {}: using {}."),
                        &[
                            ("what", &what),
                            ("", &shown(&v)),
                            ("", &if default { tr!("yes") } else { tr!("no") }),
                        ],
                    ),
                );
                default
            }),
        }
    }
}

impl EstimateInput {
    /// The whole input as a query string (every field, so a link reproduces it exactly).
    pub fn to_query(&self) -> String {
        let d = &self.dermal;
        let n = &self.needling;
        query::build([
            ("procedure", self.procedure.slug().to_string()),
            ("region", self.region.clone()),
            ("tolerance", self.tolerance.slug().to_string()),
            ("anchors", d.anchors.to_string()),
            ("technique", d.technique.slug().to_string()),
            ("material", d.material.slug().to_string()),
            ("top", d.top.slug().to_string()),
            ("jewellery", yes_no(d.jewellery_included)),
            ("concern", n.concern.slug().to_string()),
            ("skin", n.skin.slug().to_string()),
            ("depth", n.depth.query_text()),
            ("numbing", yes_no(n.numbing)),
            ("sessions", n.sessions.to_string()),
            ("home", yes_no(n.at_home)),
        ])
    }

    /// Reads a query string. Missing keys take their defaults quietly; bad values take their
    /// defaults with a [`QueryNotice`]. Unknown keys are ignored. Never panics.
    pub fn from_query(q: &str) -> (EstimateInput, Vec<QueryNotice>) {
        let mut r = QueryReader {
            pairs: query::parse(q),
            notices: Vec::new(),
        };

        // Procedure first; if absent or bad, a valid region decides it.
        let region_raw = r.raw("region").map(|v| v.to_ascii_lowercase());
        let region_found = region_raw.as_deref().and_then(content::region);
        let procedure = match r.raw("procedure") {
            Some(v) => Procedure::from_slug(&v.to_ascii_lowercase()).unwrap_or_else(|| {
                let fallback = region_found
                    .and_then(|reg| reg.procedures.first().copied())
                    .unwrap_or(Procedure::Dermal);
                r.notice(
                    "procedure",
                    fill(
                        tr!("Unknown procedure {}: showing {}."),
                        &[("", &shown(&v)), ("", &fallback.label())],
                    ),
                );
                fallback
            }),
            None => region_found
                .and_then(|reg| reg.procedures.first().copied())
                .unwrap_or(Procedure::Dermal),
        };
        let region = match (region_raw, region_found) {
            (None, _) => default_region(procedure).to_string(),
            (Some(_), Some(reg)) if reg.suits(procedure) => reg.id.to_string(),
            (Some(v), found) => {
                let fallback = default_region(procedure);
                let name = content::region_of(fallback).map_or(fallback.slug(), |f| tr(f.name));
                let msg = match found {
                    Some(reg) => fill(
                        tr!("{} isn't a place for {}: showing {name}."),
                        &[
                            ("", &tr(reg.name)),
                            ("", &procedure.label()),
                            ("name", &name),
                        ],
                    ),
                    None => fill(
                        tr!("Unknown area {}: showing {name}."),
                        &[("", &shown(&v)), ("name", &name)],
                    ),
                };
                r.notice("region", msg);
                fallback.to_string()
            }
        };

        let tolerance = r.slug(
            "tolerance",
            tr!("tolerance"),
            Tolerance::from_slug,
            Tolerance::label,
            Tolerance::Average,
        );
        let dd = DermalOptions::default();
        let anchors = r.count(
            "anchors",
            tr!("number of anchors"),
            (ANCHORS_MIN.into(), ANCHORS_MAX.into()),
            dd.anchors.into(),
        );
        let technique = r.slug(
            "technique",
            tr!("technique"),
            Technique::from_slug,
            Technique::label,
            dd.technique,
        );
        let material = r.slug(
            "material",
            tr!("material"),
            Material::from_slug,
            Material::label,
            dd.material,
        );
        let top = r.slug(
            "top",
            tr!("top"),
            TopStyle::from_slug,
            TopStyle::label,
            dd.top,
        );
        let jewellery_included = r.flag(
            "jewellery",
            tr!("Jewellery included"),
            dd.jewellery_included,
        );

        let nd = NeedlingOptions::for_region(&region);
        let concern = r.slug(
            "concern",
            tr!("concern"),
            Concern::from_slug,
            Concern::label,
            nd.concern,
        );
        let skin = r.slug(
            "skin",
            tr!("skin type"),
            Skin::from_slug,
            Skin::label,
            nd.skin,
        );
        let numbing = r.flag("numbing", tr!("Numbing cream"), nd.numbing);
        let at_home = r.flag("home", tr!("At home"), nd.at_home);
        let default_d = NeedleDepth::default_for(&region, skin, at_home);
        let depth = match r.raw("depth") {
            None => default_d,
            Some(v) => match NeedleDepth::parse(&v) {
                Some(d) if d.is_covered() => d,
                _ => {
                    r.notice(
                        "depth",
                        fill(
                            tr!("The needle depth {} isn't a depth from {}: using {} mm."),
                            &[
                                ("", &shown(&v)),
                                ("", &NeedleDepth::limits_text()),
                                ("", &default_d.local_text()),
                            ],
                        ),
                    );
                    default_d
                }
            },
        };
        let sessions = r.count(
            "sessions",
            tr!("number of sessions"),
            (SESSIONS_MIN.into(), SESSIONS_MAX.into()),
            concern.sessions().default.into(),
        );

        let input = EstimateInput {
            procedure,
            region,
            tolerance,
            dermal: DermalOptions {
                // `count` only returns values within 1..=10.
                anchors: u8::try_from(anchors).unwrap_or(dd.anchors),
                technique,
                material,
                top,
                jewellery_included,
            },
            needling: NeedlingOptions {
                concern,
                skin,
                depth,
                numbing,
                sessions: u8::try_from(sessions).unwrap_or(nd.sessions),
                at_home,
            },
        };
        (input, crate::notice::capped(r.notices))
    }
}
