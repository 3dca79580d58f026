//! The heading and opening line of each page, and the main navigation.

use crate::site_map::Page;
use dermamap_core::locale::Text;

/// A page's `<h1>` and the `.lede` paragraph under it.
pub struct PageIntro {
    pub heading: Text,
    pub lede: Text,
}

pub const MAP_INTRO: PageIntro = PageIntro {
    heading: text!("Body map"),
    lede: text!("Choose a place on the body to see what a micro-dermal piercing or microneedling there involves, with the source of every fact."),
};

pub const ESTIMATOR_INTRO: PageIntro = PageIntro {
    heading: text!("Pain and cost estimator"),
    lede: text!("Ranges, not promises: every line says which way it moves the estimate and where that comes from. The result updates as you choose, and the page address keeps your choices so you can bookmark or share them."),
};

/// In the embed the address never changes, so its lede stops before promising that.
pub const ESTIMATOR_EMBED_LEDE: Text = Text::of(
    "Ranges, not promises: every line says which way it moves the estimate and where that comes from. The result updates as you choose.");

pub const AFTERCARE_INTRO: PageIntro = PageIntro {
    heading: text!("Aftercare checklist"),
    lede: text!("Today's tasks first, then the rest of your plan. Plans are kept only in this browser on this device; nothing is sent anywhere."),
};

pub const STUDIO_INTRO: PageIntro = PageIntro {
    heading: text!("Embed Dermamap on your studio's site"),
    lede: text!("Fill in your studio's name, prices and colour, check the preview, then copy the snippet into your site's HTML. Visitors get the body map, the estimator with your prices, and the aftercare checklist. Nothing they enter is sent to you or to anyone."),
};

pub const ABOUT_HEADING: Text = Text::of("Sources and disclaimer");

/// The main navigation: page, label, and whether only that exact path marks it current.
pub const MAIN_NAV: [(Page, Text, bool); 4] = [
    (Page::Map, text!("Map"), true),
    (Page::Estimator, text!("Estimator"), false),
    (Page::Aftercare, text!("Aftercare"), false),
    (Page::About, text!("Sources and disclaimer"), false),
];
