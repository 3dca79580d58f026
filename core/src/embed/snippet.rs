//! The HTML a studio pastes into its own site: the iframe with its embed query, and the
//! `embed.js` helper that sizes it.

use crate::locale::{Lang, Text};

/// The frame's title (its accessible name on the studio's page), in the embed's language:
/// the page writing the snippet gets it in that language, which need not be its own.
pub const FRAME_TITLE: Text = text!("Dermamap: dermal and microneedling guide");

/// The iframe's sandbox: only what the embed needs. Scripts (the app); its own origin (to load
/// its files and keep aftercare plans in its storage); forms (the aftercare and estimator
/// forms handle their own submit event, which a sandbox without it never fires; nothing is
/// ever sent); popups that leave the sandbox (sources and "Open full guide" open the full
/// guide in a new tab); downloads (calendar and plan files); modals (removing a plan asks
/// "Remove this plan?" first). No top navigation or pointer lock. The end-to-end tests embed
/// the guide under exactly this value.
pub const SANDBOX: &str = "allow-scripts allow-same-origin allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-downloads";

/// Text for an HTML attribute value in double quotes.
fn attr_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The snippet for the guide at `app_url` (with or without its trailing `/`) and an embed
/// query (`cur=GBP&dermal=60-80`), at the address of the embed's language (`de/embed`), so
/// the frame opens in it at once; `title` is [`FRAME_TITLE`] in that language.
pub fn snippet(app_url: &str, lang: Lang, query: &str, title: &str) -> String {
    let app = if app_url.ends_with('/') {
        app_url.to_string()
    } else {
        format!("{app_url}/")
    };
    format!(
        "<iframe data-dermamap src=\"{}\" title=\"{}\" sandbox=\"{SANDBOX}\" loading=\"lazy\" width=\"100%\" height=\"900\"></iframe>\n<script src=\"{}\" defer></script>",
        attr_escape(&format!(
            "{app}{}?{query}",
            lang.path("/embed").trim_start_matches('/')
        )),
        attr_escape(title),
        attr_escape(&format!("{app}embed.js")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_escapes_its_attributes_and_joins_the_path() {
        let s = snippet(
            "https://guide.example/sub",
            Lang::En,
            "name=A%22B&cur=GBP",
            "T",
        );
        assert!(s.starts_with(
            "<iframe data-dermamap src=\"https://guide.example/sub/embed?name=A%22B&amp;cur=GBP\""
        ));
        assert!(s.ends_with("<script src=\"https://guide.example/sub/embed.js\" defer></script>"));
        assert_eq!(
            snippet("https://g.example/", Lang::En, "", "T"),
            snippet("https://g.example", Lang::En, "", "T")
        );
        assert!(!snippet("x\"><script>", Lang::En, "", "T").contains("\"><script>"));
        assert!(snippet("https://g.example/", Lang::En, "", "A \"B\" <C>")
            .contains(" title=\"A &quot;B&quot; &lt;C&gt;\" "));
        // In another language the frame opens at that language's address.
        assert!(
            snippet("https://g.example/", Lang::De, "cur=EUR&lang=de", "T").starts_with(
                "<iframe data-dermamap src=\"https://g.example/de/embed?cur=EUR&amp;lang=de\""
            )
        );
        assert!(s.contains(&format!(" sandbox=\"{SANDBOX}\" ")));
        assert!(
            !SANDBOX.contains("allow-top-navigation") && !SANDBOX.contains("allow-pointer-lock")
        );
    }
}
