//! Where the app is hosted and in which language it is read, as a typed context: every
//! internal link goes through it, so the same build works at `/` and under a sub-path such
//! as `/guide/`, and a Spanish page's links stay in Spanish (`/guide/es/estimator`).

use std::borrow::Cow;

use dermamap_core::locale::Lang;
use leptos::prelude::Get;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteBase {
    /// Path prefix without a trailing slash: "" at a domain root, "/guide" under a sub-path.
    prefix: String,
    /// The language of the pages: its prefix follows the base (`/es`), English has none.
    lang: Lang,
}

impl SiteBase {
    /// The English site under `prefix`.
    pub fn new(prefix: &str) -> Self {
        let prefix = prefix.trim_end_matches('/');
        SiteBase {
            prefix: prefix.to_string(),
            lang: Lang::En,
        }
    }

    /// The same site in `lang`.
    pub fn in_lang(&self, lang: Lang) -> Self {
        SiteBase {
            prefix: self.prefix.clone(),
            lang,
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The site as the document is: the `<base href>` index.html computed before the app
    /// loaded, and the language the address names after it.
    pub fn from_document() -> Self {
        let site = Self::from_base_uri();
        let pathname = leptos::prelude::window()
            .location()
            .pathname()
            .unwrap_or_default();
        let lang = site
            .app_path(&pathname)
            .map(|p| Lang::split_path(&p).0)
            .unwrap_or(Lang::En);
        site.in_lang(lang)
    }

    fn from_base_uri() -> Self {
        let base_uri = leptos::prelude::document()
            .base_uri()
            .ok()
            .flatten()
            .unwrap_or_default();
        // base_uri is absolute ("http://host/guide/"); keep only the path.
        let path = base_uri
            .split_once("://")
            .and_then(|(_, rest)| rest.find('/').map(|i| &rest[i..]))
            .unwrap_or("/");
        Self::new(path)
    }

    /// The router's base: the site's prefix and the language's ("" at a domain root in
    /// English, "/guide/es" for the Spanish pages under /guide/).
    pub fn router_base(&self) -> Cow<'static, str> {
        Cow::Owned(format!("{}{}", self.prefix, self.lang.path_prefix()))
    }

    /// The path of an address under the site's prefix, with its language prefix
    /// ("/guide/es/map/nape/" → "/es/map/nape"), or None for a path outside it.
    pub fn app_path(&self, pathname: &str) -> Option<String> {
        let rest = pathname.strip_prefix(&self.prefix)?;
        if !(rest.is_empty() || rest.starts_with('/')) {
            return None;
        }
        let trimmed = rest.trim_end_matches('/');
        Some(if trimmed.is_empty() {
            "/".to_string()
        } else {
            trimmed.to_string()
        })
    }

    /// An app path ("/estimator") as a link href under this base, in the pages' language
    /// ("/guide/estimator", "/guide/de/estimator").
    pub fn href(&self, app_path: &str) -> String {
        self.href_in(self.lang, app_path)
    }

    /// An app path in another language, for the language switcher ("/guide/es/estimator").
    pub fn href_in(&self, lang: Lang, app_path: &str) -> String {
        format!("{}{}", self.prefix, lang.path(app_path))
    }
}

/// A link to a place on the current page (`#main`) that stays on it: pages carry a `<base>`,
/// against which a bare fragment would name the app's root page. The router's path includes
/// the base (and, in the prerender, the marker that becomes a relative link).
pub fn on_this_page(fragment: &str) -> impl Fn() -> String + Send + Sync + 'static {
    let location = leptos_router::hooks::use_location();
    let fragment = fragment.to_string();
    move || format!("{}#{fragment}", location.pathname.get())
}

/// Shorthand for components: the href of an app path under the current base.
pub fn href(app_path: &str) -> String {
    leptos::prelude::use_context::<SiteBase>()
        .unwrap_or_else(|| SiteBase::new(""))
        .href(app_path)
}

#[cfg(test)]
mod tests {
    use super::SiteBase;

    #[test]
    fn an_address_path_is_an_app_path_only_under_the_base() {
        let root = SiteBase::new("/");
        assert_eq!(root.app_path("/").as_deref(), Some("/"));
        assert_eq!(root.app_path("/map/nape/").as_deref(), Some("/map/nape"));
        let guide = SiteBase::new("/guide/");
        assert_eq!(guide.app_path("/guide").as_deref(), Some("/"));
        assert_eq!(guide.app_path("/guide/").as_deref(), Some("/"));
        assert_eq!(
            guide.app_path("/guide/estimator").as_deref(),
            Some("/estimator")
        );
        assert_eq!(guide.app_path("/guidebook/estimator"), None);
        assert_eq!(guide.app_path("/estimator"), None);
        assert_eq!(guide.app_path("/guide/es/").as_deref(), Some("/es"));
    }

    #[test]
    fn links_and_the_router_stay_in_the_pages_language() {
        use dermamap_core::locale::Lang;
        let guide = SiteBase::new("/guide").in_lang(Lang::Es);
        assert_eq!(guide.router_base(), "/guide/es");
        assert_eq!(guide.href("/estimator"), "/guide/es/estimator");
        assert_eq!(guide.href("/"), "/guide/es");
        assert_eq!(guide.href_in(Lang::En, "/map/nape"), "/guide/map/nape");
        assert_eq!(guide.href_in(Lang::De, "/"), "/guide/de");
        let root = SiteBase::new("");
        assert_eq!(root.router_base(), "");
        assert_eq!(root.href("/"), "/");
        assert_eq!(root.lang(), Lang::En);
    }
}
