//! The embed's configuration: read from its query (total: every ignored value gets a
//! notice), written back for the snippet, and turned into the estimator's price book.

use crate::estimator::{Currency, JewelleryPrices, Material, PriceBook};
use crate::locale::in_sentence;
use crate::locale::{fill, Lang};
use crate::model::Span;
use crate::query;

use super::name::shown;
use super::price::parse_price;
use super::*;
use crate::text;

/// A studio's embed, validated.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedConfig {
    /// Plain text, never markup: see [`clean_name`].
    pub studio_name: Option<String>,
    pub currency: Currency,
    /// Per anchor, in minor units of `currency`. `None`: "ask your studio".
    pub dermal_per_anchor: Option<Span<u64>>,
    /// Per piece, by material, when charged separately.
    pub jewellery: JewelleryPrices,
    pub needling_per_session: Option<Span<u64>>,
    pub services: Services,
    /// `None`: Dermamap's own colours.
    pub accent: Option<Accent>,
    pub tab: EmbedTab,
    /// The language the embed speaks (`lang=de`); English if the studio set none.
    pub lang: Lang,
}

impl Default for EmbedConfig {
    fn default() -> Self {
        EmbedConfig {
            studio_name: None,
            currency: Currency::USD,
            dermal_per_anchor: None,
            jewellery: JewelleryPrices::default(),
            needling_per_session: None,
            services: Services::Both,
            accent: None,
            tab: EmbedTab::Map,
            lang: Lang::En,
        }
    }
}

impl EmbedConfig {
    /// Reads an embed query. Missing or empty values take their defaults quietly; each value
    /// that cannot be used is ignored with an [`EmbedNotice`]. Never panics.
    pub fn from_query(q: &str) -> (EmbedConfig, Vec<EmbedNotice>) {
        let pairs = query::parse(q);
        let mut notices = Vec::new();
        let mut note = |field: &str, message: String| {
            notices.push(EmbedNotice::new(text::cut(field, ECHO_MAX).0, message));
        };
        let mut config = EmbedConfig::default();

        // Unknown and repeated keys, in the order given.
        let jewellery_keys: Vec<String> = Material::ALL.iter().map(|m| jewellery_key(*m)).collect();
        let known = |k: &str| {
            [
                keys::NAME,
                keys::CURRENCY,
                keys::DERMAL,
                keys::NEEDLING,
                keys::SERVICES,
                keys::ACCENT,
                keys::TAB,
                keys::LANG,
            ]
            .contains(&k)
                || jewellery_keys.iter().any(|j| j == k)
        };
        // A set of the keys seen so far: a query with thousands of keys stays linear.
        let mut seen = std::collections::HashSet::new();
        for (k, _) in pairs.iter() {
            if !known(k) {
                note(
                    k,
                    fill(tr!("Unknown setting {} was ignored."), &[("", &shown(k))]),
                );
            } else if !seen.insert(k.as_str()) {
                note(
                    k,
                    fill(
                        tr!("“{k}” is given more than once: the first value is used."),
                        &[("k", k)],
                    ),
                );
            }
        }
        // Present and not blank.
        let value = |key: &str| query::get(&pairs, key).filter(|v| !v.trim().is_empty());

        if let Some(raw) = query::get(&pairs, keys::NAME) {
            let (name, cut) = clean_name(raw);
            if cut {
                note(
                    keys::NAME,
                    fill(
                        tr!("The studio name is longer than {NAME_MAX_CHARS} characters, so it was shortened."),
                        &[("NAME_MAX_CHARS", &NAME_MAX_CHARS)],
                    ),
                );
            } else if name.is_none() && !raw.trim().is_empty() {
                note(
                    keys::NAME,
                    tr!("The studio name had only invisible or control characters, so it was ignored.")
                        .into(),
                );
            }
            config.studio_name = name;
        }

        if let Some(raw) = value(keys::CURRENCY) {
            match supported_currency(raw) {
                Some(c) => config.currency = c,
                None => note(
                    keys::CURRENCY,
                    fill(
                        tr!("{} is not a supported currency code (such as USD, EUR or GBP), so prices are read as US dollars (USD)."),
                        &[("", &shown(raw.trim()))],
                    ),
                ),
            }
        }
        let currency = config.currency;

        let mut price = |key: &str, what: &str| -> Option<Span<u64>> {
            let raw = value(key)?;
            match parse_price(raw, currency) {
                Ok(span) => Some(span),
                Err(e) => {
                    note(
                        key,
                        fill(
                            tr!("The {what} price {} was ignored: {}."),
                            &[
                                ("what", &what),
                                ("", &shown(raw.trim())),
                                ("", &e.message(currency)),
                            ],
                        ),
                    );
                    None
                }
            }
        };
        config.dermal_per_anchor = price(keys::DERMAL, tr!("micro-dermal (per anchor)"));
        for m in Material::ALL {
            let p = price(
                &jewellery_key(*m),
                &fill(tr!("{} jewellery"), &[("", &in_sentence(m.label()))]),
            );
            config.jewellery.set(*m, p);
        }
        config.needling_per_session = price(keys::NEEDLING, tr!("microneedling (per session)"));

        if let Some(raw) = value(keys::SERVICES) {
            match Services::from_slug(raw) {
                Some(s) => config.services = s,
                None => note(
                    keys::SERVICES,
                    fill(
                        tr!("Services {} is not one of dermal, microneedling or both, so both are shown."),
                        &[("", &shown(raw.trim()))],
                    ),
                ),
            }
        }

        if let Some(raw) = value(keys::ACCENT) {
            match Rgb::parse_hex(raw) {
                None => note(
                    keys::ACCENT,
                    fill(
                        tr!("The accent colour {} is not a hex colour such as #7a3e65 or #a36, so Dermamap's own colour is used."),
                        &[("", &shown(raw.trim()))],
                    ),
                ),
                Some(rgb) => match Accent::new(rgb) {
                    Ok(a) => config.accent = Some(a),
                    Err(ratio) => note(
                        keys::ACCENT,
                        fill(
                            tr!("The accent colour {} is too light: white text on it has a contrast of {}, below the {MIN_CONTRAST}:1 that WCAG asks for, so Dermamap's own colour is used. Choose a darker shade."),
                            &[
                                ("", &rgb.hex()),
                                ("", &ratio_text(ratio)),
                                ("MIN_CONTRAST", &MIN_CONTRAST),
                            ],
                        ),
                    ),
                },
            }
        }

        if let Some(raw) = value(keys::TAB) {
            match EmbedTab::from_slug(raw) {
                Some(t) => config.tab = t,
                None => note(
                    keys::TAB,
                    fill(
                        tr!("Tab {} is not one of map, estimator or aftercare, so the map opens first."),
                        &[("", &shown(raw.trim()))],
                    ),
                ),
            }
        }

        if let Some(raw) = value(keys::LANG) {
            match Self::lang_of_value(raw) {
                Some(l) => config.lang = l,
                None => note(
                    keys::LANG,
                    fill(
                        tr!("Language {} is not one of en, es or de, so the embed is in English."),
                        &[("", &shown(raw.trim()))],
                    ),
                ),
            }
        }

        (config, crate::notice::capped(notices))
    }

    /// The language an embed query names (`lang=de`), if it names one the guide speaks: the
    /// app opens the embed at that language's address before anything else.
    pub fn lang_of(q: &str) -> Option<Lang> {
        let pairs = query::parse(q);
        query::get(&pairs, keys::LANG).and_then(Self::lang_of_value)
    }

    fn lang_of_value(raw: &str) -> Option<Lang> {
        let raw = raw.trim();
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(raw))
    }

    /// The query that gives this configuration back: `name=…&cur=GBP&dermal=60-80…`.
    /// Defaults are left out, except the currency, which is always written.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some(n) = &self.studio_name {
            pairs.push((keys::NAME, n.clone()));
        }
        pairs.push((keys::CURRENCY, self.currency.code().to_string()));
        if let Some(p) = self.dermal_per_anchor {
            pairs.push((keys::DERMAL, format_price(p, self.currency)));
        }
        let jewellery: Vec<(String, String)> = Material::ALL
            .iter()
            .filter_map(|m| {
                self.jewellery
                    .get(*m)
                    .map(|p| (jewellery_key(*m), format_price(p, self.currency)))
            })
            .collect();
        for (k, v) in &jewellery {
            pairs.push((k.as_str(), v.clone()));
        }
        if let Some(p) = self.needling_per_session {
            pairs.push((keys::NEEDLING, format_price(p, self.currency)));
        }
        if self.services != Services::Both {
            pairs.push((keys::SERVICES, self.services.slug().to_string()));
        }
        if let Some(a) = self.accent {
            // Without the `#`, which would start a fragment if the URL were pasted unencoded.
            pairs.push((keys::ACCENT, a.css().trim_start_matches('#').to_string()));
        }
        if self.tab != EmbedTab::Map {
            pairs.push((keys::TAB, self.tab.slug().to_string()));
        }
        if self.lang != Lang::En {
            pairs.push((keys::LANG, self.lang.code().to_string()));
        }
        query::build(pairs)
    }

    /// True if the studio gave any price.
    pub fn has_prices(&self) -> bool {
        self.dermal_per_anchor.is_some()
            || self.needling_per_session.is_some()
            || Material::ALL
                .iter()
                .any(|m| self.jewellery.get(*m).is_some())
    }

    /// The studio's own price book: it replaces the sourced defaults entirely, so a price
    /// the studio did not give says "ask your studio".
    pub fn price_book(&self) -> PriceBook {
        let mut book = PriceBook::studio(self.currency, self.studio_name.clone());
        book.dermal_per_anchor = self.dermal_per_anchor;
        book.jewellery = self.jewellery.clone();
        book.needling_per_session = self.needling_per_session;
        book
    }
}
