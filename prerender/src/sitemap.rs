//! sitemap.xml and robots.txt, from the app's list of pages.

/// The sitemap of every listed page under `site_url` (absolute, as the protocol requires).
pub fn sitemap_xml(site_url: &str, paths: &[String]) -> String {
    let site = site_url.trim_end_matches('/');
    let mut xml = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8"?>"#,
        "\n",
        r#"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#,
        "\n"
    ));
    for path in paths {
        xml.push_str(&format!(
            "  <url><loc>{}{}</loc></url>\n",
            site,
            escape(path)
        ));
    }
    xml.push_str("</urlset>\n");
    xml
}

/// Everything may be crawled; the sitemap says where the pages are.
pub fn robots_txt(site_url: &str) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}/sitemap.xml\n",
        site_url.trim_end_matches('/')
    )
}

/// Text for XML or HTML: `&`, `<` and `>` escaped (the sitemap's addresses, the template's
/// own texts).
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sitemap_lists_absolute_addresses() {
        let xml = sitemap_xml("https://guide.example/", &["/".into(), "/map/nape".into()]);
        assert!(xml.contains("<loc>https://guide.example/</loc>"));
        assert!(xml.contains("<loc>https://guide.example/map/nape</loc>"));
        assert_eq!(xml.matches("<url>").count(), 2);
        assert!(robots_txt("https://guide.example/")
            .contains("Sitemap: https://guide.example/sitemap.xml"));
    }
}
