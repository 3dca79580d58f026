//! The heading and opening line of each page, and the main navigation.

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
