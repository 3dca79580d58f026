//! The heading and opening line of each page, and the main navigation. index.html repeats
//! them as its static first screen, painted before the wasm has arrived; the tests below
//! keep the two copies the same, so the app replaces that screen without a visible change.

/// A page's `<h1>` and the `.lede` paragraph under it.
pub struct PageIntro {
    pub heading: &'static str,
    pub lede: &'static str,
}

pub const MAP_INTRO: PageIntro = PageIntro {
    heading: "Body map",
    lede: "Choose a place on the body to see what a micro-dermal piercing or microneedling there involves, with the source of every fact.",
};

pub const ESTIMATOR_INTRO: PageIntro = PageIntro {
    heading: "Pain and cost estimator",
    lede: "Ranges, not promises: every line says which way it moves the estimate and where that comes from. The result updates as you choose, and the page address keeps your choices so you can bookmark or share them.",
};

/// In the embed the address never changes, so its lede stops before promising that.
pub const ESTIMATOR_EMBED_LEDE: &str =
    "Ranges, not promises: every line says which way it moves the estimate and where that comes from. The result updates as you choose.";

pub const AFTERCARE_INTRO: PageIntro = PageIntro {
    heading: "Aftercare checklist",
    lede: "Today's tasks first, then the rest of your plan. Plans are kept only in this browser on this device; nothing is sent anywhere.",
};

pub const STUDIO_INTRO: PageIntro = PageIntro {
    heading: "Embed Dermamap on your studio's site",
    lede: "Fill in your studio's name, prices and colour, check the preview, then copy the snippet into your site's HTML. Visitors get the body map, the estimator with your prices, and the aftercare checklist. Nothing they enter is sent to you or to anyone.",
};

pub const ABOUT_HEADING: &str = "Sources and disclaimer";

/// The main navigation: app path, label, and whether only that exact path marks it current.
pub const MAIN_NAV: [(&str, &str, bool); 4] = [
    ("/", "Map", true),
    ("/estimator", "Estimator", false),
    ("/aftercare", "Aftercare", false),
    ("/about", "Sources and disclaimer", false),
];

#[cfg(test)]
mod tests {
    use super::*;
    use dermamap_core::content::DISCLAIMER;

    const INDEX_HTML: &str = include_str!("../../index.html");

    fn escaped(text: &str) -> String {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    }

    /// The static copy of one page in index.html (`<section data-boot-page="...">`).
    fn boot_page(name: &str) -> &'static str {
        let marker = format!("data-boot-page=\"{name}\"");
        let start = INDEX_HTML
            .find(&marker)
            .unwrap_or_else(|| panic!("index.html has no static page {name}"));
        let end = INDEX_HTML[start..]
            .find("</section>")
            .expect("static page is closed")
            + start;
        &INDEX_HTML[start..end]
    }

    fn assert_intro(page: &str, heading: &str, lede: &str) {
        let html = boot_page(page);
        assert!(
            html.contains(&format!("<h1>{}</h1>", escaped(heading))),
            "{page}: heading differs from the app's:\n{html}"
        );
        assert!(
            html.contains(&format!("<p class=\"lede\">{}</p>", escaped(lede))),
            "{page}: lede differs from the app's:\n{html}"
        );
    }

    #[test]
    fn static_first_screen_matches_each_page() {
        assert_intro("map", MAP_INTRO.heading, MAP_INTRO.lede);
        assert_intro("estimator", ESTIMATOR_INTRO.heading, ESTIMATOR_INTRO.lede);
        assert_intro("aftercare", AFTERCARE_INTRO.heading, AFTERCARE_INTRO.lede);
        assert_intro("studio", STUDIO_INTRO.heading, STUDIO_INTRO.lede);
        assert_intro("embed-map", MAP_INTRO.heading, MAP_INTRO.lede);
        assert_intro(
            "embed-estimator",
            ESTIMATOR_INTRO.heading,
            ESTIMATOR_EMBED_LEDE,
        );
        assert_intro(
            "embed-aftercare",
            AFTERCARE_INTRO.heading,
            AFTERCARE_INTRO.lede,
        );
        let about = boot_page("about");
        assert!(
            about.contains(&format!("<h1>{ABOUT_HEADING}</h1>")),
            "{about}"
        );
        assert!(
            about.contains(&format!("<p>{}</p>", escaped(DISCLAIMER))),
            "about: disclaimer differs:\n{about}"
        );
    }

    #[test]
    fn static_navigation_matches_the_app() {
        for (path, label, _) in MAIN_NAV {
            let href = if path == "/" {
                "./".to_string()
            } else {
                path.trim_start_matches('/').to_string()
            };
            assert!(
                INDEX_HTML.contains(&format!(
                    "href=\"{href}\" data-boot-nav=\"{}\">{label}</a>",
                    if path == "/" { "map" } else { &path[1..] }
                )),
                "index.html's static navigation lacks {label} ({path})"
            );
        }
    }

    #[test]
    fn estimator_embed_lede_is_the_site_lede_without_the_address_promise() {
        let shared = ESTIMATOR_EMBED_LEDE.trim_end_matches('.');
        assert!(ESTIMATOR_INTRO.lede.starts_with(shared));
    }
}
