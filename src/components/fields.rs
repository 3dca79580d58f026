//! The form fields the pages share: each labelled, with its help and error tied to it by
//! `aria-describedby` (and `aria-invalid` while wrong), so a screen reader says both.

use dermamap_core::locale::fill;
use leptos::prelude::*;

/// Help and error ids for `aria-describedby`: the error only while there is one.
pub fn described_by(
    help_id: String,
    error_id: String,
    error: Signal<Option<String>>,
) -> impl Fn() -> String + Send + Sync + 'static {
    move || {
        if error.with(|e| e.is_some()) {
            format!("{help_id} {error_id}")
        } else {
            help_id.clone()
        }
    }
}

/// A labelled `<select>` over `(value, text)` options.
#[component]
pub fn SelectField(
    id: &'static str,
    label: &'static str,
    options: Vec<(String, String)>,
    selected: Signal<String>,
    on_change: Callback<String>,
    #[prop(optional)] help: Option<&'static str>,
    #[prop(optional)] error: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let shows_errors = error.is_some();
    let error = error.unwrap_or_else(|| Signal::stored(None));
    let described = help.map(|_| described_by(help_id.clone(), error_id.clone(), error));
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id data-testid=id aria-describedby=described on:change=move |ev| on_change.run(event_target_value(&ev))>
                {options
                    .into_iter()
                    .map(|(v, text)| {
                        let selected = {
                            let v = v.clone();
                            move || selected.with(|cur| *cur == v)
                        };
                        view! { <option value=v selected=selected>{text}</option> }
                    })
                    .collect_view()}
            </select>
            {help.map(|h| view! { <p class="help" id=help_id.clone()>{h}</p> })}
            {shows_errors.then(|| view! { <p class="field-error" id=error_id>{move || error.get()}</p> })}
        </div>
    }
}

/// A labelled `<select>` over an enum: `(value, slug, text)` options.
#[component]
pub fn Choice<T>(
    id: &'static str,
    label: &'static str,
    options: Vec<(T, &'static str, &'static str)>,
    value: Signal<T>,
    on_pick: Callback<T>,
    #[prop(optional)] help: Option<&'static str>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let by_slug: Vec<(T, &'static str)> = options.iter().map(|(v, s, _)| (*v, *s)).collect();
    let slug_of = by_slug.clone();
    let selected = Signal::derive(move || {
        let v = value.get();
        slug_of
            .iter()
            .find(|(o, _)| *o == v)
            .map(|(_, s)| s.to_string())
            .unwrap_or_default()
    });
    let on_change = Callback::new(move |slug: String| {
        if let Some((v, _)) = by_slug.iter().find(|(_, s)| *s == slug) {
            on_pick.run(*v);
        }
    });
    let options = options
        .into_iter()
        .map(|(_, slug, text)| (slug.to_string(), text.to_string()))
        .collect();
    match help {
        Some(help) => view! { <SelectField id label options selected on_change help /> }.into_any(),
        None => view! { <SelectField id label options selected on_change /> }.into_any(),
    }
}

/// A labelled checkbox.
#[component]
pub fn CheckField(
    id: &'static str,
    label: &'static str,
    checked: Signal<bool>,
    on_toggle: Callback<bool>,
) -> impl IntoView {
    view! {
        <div class="field field-check">
            <input type="checkbox" id=id data-testid=id
                prop:checked=move || checked.get()
                on:change=move |ev| on_toggle.run(event_target_checked(&ev)) />
            <label for=id>{label}</label>
        </div>
    }
}

/// A number input that reports raw text, so a half-typed or bad value gets a message tied
/// to the field instead of silently becoming a default.
#[component]
pub fn NumberField(
    id: &'static str,
    label: &'static str,
    unit: &'static str,
    /// The bounds as the input's attributes: "1", "0.25".
    #[prop(into)]
    min: String,
    #[prop(into)] max: String,
    step: &'static str,
    value: Signal<String>,
    error: RwSignal<Option<String>>,
    #[prop(into)] help: String,
    on_value: Callback<String>,
) -> impl IntoView {
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let described = described_by(help_id.clone(), error_id.clone(), error.into());
    view! {
        <div class="field">
            <label for=id>{label}{(!unit.is_empty()).then(|| fill(tr!(" ({unit})"), &[("unit", &unit)]))}</label>
            <input
                type="number"
                inputmode="decimal"
                id=id
                data-testid=id
                min=min
                max=max
                step=step
                prop:value=move || value.get()
                aria-invalid=move || if error.with(|e| e.is_some()) { "true" } else { "false" }
                aria-describedby=described
                on:input=move |ev| on_value.run(event_target_value(&ev))
            />
            <p class="help" id=help_id>{help}</p>
            <p class="field-error" id=error_id role="alert">{move || error.get()}</p>
        </div>
    }
}

#[component]
pub fn TextField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    value: RwSignal<String>,
    error: Signal<Option<String>>,
    help: String,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] maxlength: Option<usize>,
) -> impl IntoView {
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input
                type="text"
                id=id.clone()
                data-testid=id.clone()
                autocomplete="off"
                inputmode=inputmode
                maxlength=maxlength.map(|m| m.to_string())
                prop:value=move || value.get()
                aria-invalid=move || if error.with(|e| e.is_some()) { "true" } else { "false" }
                aria-describedby=described_by(help_id.clone(), error_id.clone(), error)
                on:input=move |ev| value.set(event_target_value(&ev))
            />
            <p class="help" id=help_id>{help}</p>
            <p class="field-error" id=error_id data-testid=format!("{id}-error")>{move || error.get()}</p>
        </div>
    }
}
